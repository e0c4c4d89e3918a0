// The arguments of the cached reads (server/reads/), checked as a public endpoint's would be.
// Next registers each 'use cache' function as a server reference: proxy.ts keeps requests from calling
// them, and this is the second wall. The bounds are the pages' own (ids, cursors within their
// columns' ranges, known slugs, page sizes), so a call the app would never make fails before any SQL.
import { z } from "zod";
import { CATEGORY_SLUGS } from "./categories";
import { CURSOR_MAX } from "./urls/cursor";
import { SEARCH_KINDS, SEARCH_MAX_PAGES, SEARCH_QUERY_MAX } from "./urls/search-query";
import { FILTERS, SORTS } from "./stories/story-filters";
import { isTag } from "./tags";
import { THREAD_SORTS } from "./urls/thread-sorts";
import { THREAD_FILTERS } from "./urls/thread-filters";

const slugs = <T extends readonly { slug: string }[]>(options: T) =>
  z.enum(options.map((o) => o.slug) as [T[number]["slug"], ...T[number]["slug"][]]);

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const numberCursor = z.strictObject({ value: z.number().int().min(0).max(CURSOR_MAX.timestamp), id }).nullable();
const cursor = z.strictObject({ at: z.date(), id }).nullable();
const storyFilters = z.strictObject(Object.fromEntries(FILTERS.map((f) => [f.name, slugs(f.options).optional()])));
const tag = z.string().refine(isTag);
// Member ids are Auth.js's random UUIDs; logins GitHub's (39 characters), with "~<n>" once released.
const userId = z.string().min(1).max(64);
const login = z.string().min(1).max(64);
const origin = z
  .string()
  .max(200)
  .regex(/^https?:\/\/[^/?#\s]+$/);

export const READ_ARGS = {
  id: z.tuple([id]),
  threadList: z.tuple([numberCursor, slugs(THREAD_SORTS).optional(), slugs(THREAD_FILTERS).nullable().optional()]),
  replies: z.tuple([id, z.strictObject({ after: id.optional(), before: id.optional() })]),
  questions: z.tuple([id, id.nullable()]),
  history: z.tuple([z.union([z.strictObject({ threadId: id }), z.strictObject({ replyId: id })]), id.optional()]),
  storyList: z.tuple([storyFilters, slugs(SORTS), numberCursor]),
  storyFilters: z.tuple([storyFilters]),
  pathsLikeMine: z.tuple([storyFilters.pick({ education: true, field: true })]),
  before: z.tuple([id.optional()]),
  login: z.tuple([login]),
  memberThreads: z.tuple([userId, z.enum(["discussion", "story"]), cursor, z.number().int().min(1).max(20).optional()]),
  memberReplies: z.tuple([userId, cursor, z.number().int().min(1).max(20).optional()]),
  search: z.tuple([
    z.strictObject({
      q: z.string().min(1).max(SEARCH_QUERY_MAX),
      kind: slugs(SEARCH_KINDS).nullable(),
      category: z.enum(CATEGORY_SLUGS).nullable(),
      tag: tag.nullable(),
      story: storyFilters,
      page: z.number().int().min(1).max(SEARCH_MAX_PAGES),
    }),
  ]),
  origin: z.tuple([origin]),
  originAndId: z.tuple([origin, id]),
  category: z.tuple([
    z.enum(CATEGORY_SLUGS),
    slugs(THREAD_SORTS),
    numberCursor,
    slugs(THREAD_FILTERS).nullable().optional(),
  ]),
  tag: z.tuple([tag, slugs(THREAD_SORTS), numberCursor]),
  originAndCategory: z.tuple([origin, z.enum(CATEGORY_SLUGS)]),
  originAndTag: z.tuple([origin, tag]),
  none: z.tuple([]),
};

/** Throws unless `args` (a cached read's arguments, in order) fit `schema`: no read runs on a call the app could not make. */
export function checkReadArgs(schema: z.ZodType, args: unknown[]): void {
  // Trailing undefined arguments are the same call as leaving them out.
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  if (!schema.safeParse(args.slice(0, end)).success)
    throw new Error("A cached read was called with arguments the app never passes.");
}
