// Keyset cursors for lists ordered by (timestamp desc, id desc): "<epoch ms>.<id>", short and URL-safe.
export type Cursor = { at: Date; id: number };

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.at.getTime()}.${cursor.id}`;
}

/** A malformed cursor is treated as "no cursor" (the first page) rather than an error. */
export function decodeCursor(value: string | string[] | undefined): Cursor | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(value);
  if (!match) return null;
  const at = new Date(Number(match[1]));
  const id = Number(match[2]);
  if (Number.isNaN(at.getTime()) || !Number.isSafeInteger(id)) return null;
  return { at, id };
}
