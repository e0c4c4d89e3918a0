/** Seeded sample content is posted by "sample-…" members; pages mark it so nobody mistakes it for a real path. */
export function isSampleAuthor(login: string): boolean {
  return login.startsWith("sample-");
}
