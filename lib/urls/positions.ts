// The position a list URL's cursor names (`/?after=…`, `/stories?sort=helpful&after=…`,
// `/threads/12-title?before=…`, and in the path: `/u/ada/replies/after/…`, `/moderation/before/…`),
// read with the same functions the pages use (lib/urls/views.ts). app/api/positions says whether it is a
// real one, for proxy.ts.
import { parseId, parseThreadParam } from "../ids";
import { STORY_CATEGORY, categoryBySlug } from "../categories";
import { type Cursor, type NumberCursor, decodeCursor } from "./cursor";
import { decodeStoryCursor, parseStorySort, type StorySort } from "../stories/story-filters";
import { isTag } from "../tags";
import { decodeThreadCursor, parseThreadSort, type ThreadSort } from "./thread-sorts";
import { one } from "./query-params";
import { parseThreadFilter } from "./thread-filters";

export type Position =
  | { list: "replies"; threadId: number; request: { after?: number; before?: number } }
  | { list: "threads"; sort: ThreadSort; cursor: NumberCursor; unanswered?: true }
  | { list: "stories"; sort: StorySort; cursor: NumberCursor }
  | { list: "member"; login: string; of: "threads" | "stories" | "replies"; cursor: Cursor }
  | { list: "modlog"; before: number }
  | { list: "questions"; storyId: number; after: number };

/**
 * The lists that page by path: a member's (`/u/<login>/<list>/after/<cursor>`), a story's questions to
 * its author (`/stories/<id-slug>/questions/after/<question id>`) and the public moderation log
 * (`/moderation/before/<entry id>`). Null for any other path; `first` is the list's first page, where
 * an invented cursor is sent.
 */
export function pagedPath(pathname: string): { position: Position; first: string } | null {
  const member = /^\/u\/([^/]+)\/(threads|stories|replies)\/after\/([^/]+)$/.exec(pathname);
  if (member) {
    const cursor = decodeCursor(member[3]);
    const [, login, of] = member;
    return (
      cursor && {
        position: { list: "member", login, of: of as "threads" | "stories" | "replies", cursor },
        first: `/u/${login}/${of}`,
      }
    );
  }
  const questions = /^\/stories\/([^/]+)\/questions\/after\/([^/]+)$/.exec(pathname);
  if (questions) {
    const storyId = parseThreadParam(questions[1]);
    const after = parseId(questions[2]);
    return storyId === null || after === null
      ? null
      : { position: { list: "questions", storyId, after }, first: `/stories/${questions[1]}` };
  }
  const log = /^\/moderation\/before\/([^/]+)$/.exec(pathname);
  const before = log ? parseId(log[1]) : null;
  return before === null ? null : { position: { list: "modlog", before }, first: "/moderation" };
}

/** Whether a tidy list query names a position at all (only those need checking). */
export function hasCursor(query: URLSearchParams): boolean {
  return query.has("after") || query.has("before");
}

/** The position `query` names on the list at `pathname`, or null when it names none. */
export function positionOf(pathname: string, query: URLSearchParams): Position | null {
  const paged = pagedPath(pathname);
  if (paged) return paged.position;
  const post = /^\/(?:threads|stories)\/([^/]+)$/.exec(pathname);
  if (post) {
    const threadId = parseThreadParam(post[1]);
    const after = parseId(one(query, "after"));
    const before = parseId(one(query, "before"));
    if (threadId === null || (after === null && before === null)) return null;
    return { list: "replies", threadId, request: after !== null ? { after } : { before: before! } };
  }
  if (pathname === "/stories") {
    const sort = parseStorySort({ sort: one(query, "sort") });
    const cursor = decodeStoryCursor(one(query, "after"), sort);
    return cursor && { list: "stories", sort, cursor };
  }
  const filed = /^\/(c|tags)\/([^/]+)$/.exec(pathname);
  if (pathname === "/" || (filed && (filed[1] === "c" ? categoryBySlug(filed[2]) !== null : isTag(filed[2])))) {
    const sort = parseThreadSort(one(query, "sort"));
    const cursor = decodeThreadCursor(one(query, "after"), sort);
    // The Unanswered list (home and categories): its cursor names an unanswered discussion.
    const unanswered =
      filed?.[1] !== "tags" &&
      filed?.[2] !== STORY_CATEGORY &&
      parseThreadFilter(one(query, "filter")) === "unanswered";
    return cursor && { list: "threads", sort, cursor, ...(unanswered ? { unanswered: true as const } : {}) };
  }
  return null;
}

/** The list's first page: the same query without its cursor. */
export function withoutCursor(query: URLSearchParams): URLSearchParams {
  const first = new URLSearchParams(query);
  first.delete("after");
  first.delete("before");
  return first;
}
