// Ids from URLs and forms. Anything that cannot be one of ours is null: a 404, never a 500.
// Plain code, no zod: client components parse ids too, and zod stays out of the browser
// (e2e/forum/page-view.spec.ts checks every client chunk of the build).

/** `/threads/123` or `/threads/123-any-slug` → 123; anything else → null (a 404, never a 500). */
export function parseThreadParam(param: string): number | null {
  const match = /^(\d{1,16})(?:-[a-z0-9-]{0,200})?$/.exec(param);
  return match ? parseId(match[1]) : null;
}

// Ids are bigint identities; anything beyond a safe integer can't be one of ours.
export function parseId(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{1,16}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= Number.MAX_SAFE_INTEGER ? id : null;
}
