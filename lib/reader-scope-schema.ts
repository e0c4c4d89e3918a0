// Checks the per-reader request's address on the server (zod stays out of the browser's bundle).
import { z } from "zod";
import { parseId } from "./ids";
import { READER_THREADS_MAX } from "./reader-scope";

const id = z
  .string()
  .transform((value, ctx) => parseId(value) ?? (ctx.addIssue({ code: "custom", message: "not an id" }), z.NEVER));

export const readerScopeSchema = z
  .object({
    thread: id.optional(),
    seen: id.optional(),
    threads: z
      .string()
      .max(READER_THREADS_MAX * 17)
      .transform((value, ctx) => {
        const ids = value === "" ? [] : value.split(",").map((part) => parseId(part));
        if (ids.some((x) => x === null) || ids.length > READER_THREADS_MAX) {
          ctx.addIssue({ code: "custom", message: `up to ${READER_THREADS_MAX} ids` });
          return z.NEVER;
        }
        return [...new Set(ids as number[])];
      })
      .optional(),
  })
  .strict()
  // A page may show a thread and lists of threads (lib/reader-scope.ts mergeScopes); `seen` needs the thread.
  .refine((scope) => scope.seen === undefined || scope.thread !== undefined, "seen needs thread");

export type ReaderScopeInput = z.infer<typeof readerScopeSchema>;

/** Parses the query; null when anything is unknown, repeated or malformed. */
export function parseReaderScope(query: URLSearchParams): ReaderScopeInput | null {
  const entries: Record<string, string> = {};
  for (const [key, value] of query) {
    if (key in entries) return null;
    entries[key] = value;
  }
  const parsed = readerScopeSchema.safeParse(entries);
  return parsed.success ? parsed.data : null;
}
