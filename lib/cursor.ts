// Keyset cursors: "<sort value>.<id>", short and URL-safe. The sort value is a whole number
// (epoch milliseconds for timestamps, or a count, or months); the id breaks ties.
export type NumberCursor = { value: number; id: number };
export type Cursor = { at: Date; id: number };

export function encodeNumberCursor(cursor: NumberCursor): string {
  return `${cursor.value}.${cursor.id}`;
}

/** A malformed cursor is treated as "no cursor" (the first page) rather than an error. */
export function decodeNumberCursor(value: string | string[] | undefined): NumberCursor | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,15})\.(\d{1,15})$/.exec(value);
  return match ? { value: Number(match[1]), id: Number(match[2]) } : null;
}

export function encodeCursor(cursor: Cursor): string {
  return encodeNumberCursor({ value: cursor.at.getTime(), id: cursor.id });
}

export function decodeCursor(value: string | string[] | undefined): Cursor | null {
  const decoded = decodeNumberCursor(value);
  return decoded ? { at: new Date(decoded.value), id: decoded.id } : null;
}
