// Ids from URLs and forms. Anything that cannot be one of ours is null: a 404, never a 500.
import { z } from "zod";

// Ids are bigint identities; anything beyond a safe integer can't be one of ours.
const MAX_ID = Number.MAX_SAFE_INTEGER;
export const idSchema = z.coerce.number().int().positive().max(MAX_ID);

/** `/threads/123` or `/threads/123-any-slug` → 123; anything else → null (a 404, never a 500). */
export function parseThreadParam(param: string): number | null {
  const match = /^(\d{1,16})(?:-[a-z0-9-]{0,200})?$/.exec(param);
  if (!match) return null;
  const parsed = idSchema.safeParse(match[1]);
  return parsed.success ? parsed.data : null;
}

export function parseId(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{1,16}$/.test(value)) return null;
  const parsed = idSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
