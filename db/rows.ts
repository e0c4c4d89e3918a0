// The rows of a raw `execute`: postgres-js answers with the rows, PGlite with { rows }.
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
