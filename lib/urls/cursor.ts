// Keyset cursors: "<sort value>.<id>", short and URL-safe. The sort value is a whole number
// (epoch milliseconds for timestamps, or a count, or months); the id breaks ties.
export type NumberCursor = { value: number; id: number };
export type Cursor = { at: Date; id: number };

// The largest value each kind of sort column can hold. A cursor beyond its column's range cannot
// come from a real row, and comparing with it would make PostgreSQL raise "out of range".
export const CURSOR_MAX = {
  // Up to the last millisecond of year 9999: what every driver and PostgreSQL round-trip as an ISO date.
  timestamp: Date.UTC(9999, 11, 31, 23, 59, 59, 999),
  integer: 2 ** 31 - 1,
  smallint: 2 ** 15 - 1,
} as const;
export type CursorKind = keyof typeof CURSOR_MAX;

// Row ids are bigint identities; beyond a safe integer JavaScript could not even name one.
const ID_MAX = Number.MAX_SAFE_INTEGER;

export function encodeNumberCursor(cursor: NumberCursor): string {
  return `${cursor.value}.${cursor.id}`;
}

/** A malformed or out-of-range cursor is "no cursor" (the first page), never an error. */
export function decodeNumberCursor(value: string | string[] | undefined, kind: CursorKind): NumberCursor | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,16})\.(\d{1,16})$/.exec(value);
  if (!match) return null;
  const cursor = { value: Number(match[1]), id: Number(match[2]) };
  return cursor.value <= CURSOR_MAX[kind] && cursor.id >= 1 && cursor.id <= ID_MAX ? cursor : null;
}

export function encodeCursor(cursor: Cursor): string {
  return encodeNumberCursor({ value: cursor.at.getTime(), id: cursor.id });
}

export function decodeCursor(value: string | string[] | undefined): Cursor | null {
  const decoded = decodeNumberCursor(value, "timestamp");
  return decoded ? { at: new Date(decoded.value), id: decoded.id } : null;
}
