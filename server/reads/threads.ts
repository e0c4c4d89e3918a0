// Discussions and their replies (the home page's list, a thread's pages, a reply's edit and flag pages),
// and any post's edit history.
// Each function is a 'use cache' read of a public page's data, tagged with what it returns: what that
// means, and why each checks its arguments first, is at the top of server/page-cache.ts.
import "server-only";
import { getPostHistory, type HistoryTarget } from "@/db/queries/revisions";
import {
  getReplyForEdit,
  getThread,
  listPinned,
  listReplies,
  listThreads,
  type ReplyPageRequest,
} from "@/db/queries/threads";
import { memberTags, shownTags, tags } from "@/lib/cache-tags";
import type { NumberCursor } from "@/lib/urls/cursor";
import { READ_ARGS, checkReadArgs } from "@/lib/read-args";
import { versionDiff } from "@/lib/revision-diff";
import { DEFAULT_THREAD_SORT, type ThreadSort } from "@/lib/urls/thread-sorts";
import type { ThreadFilter } from "@/lib/urls/thread-filters";
import { cachedFor } from "@/server/page-cache";

/** A page of discussions in an order; the first page also has the pinned ones, which lead it. */
export async function cachedThreadList(
  cursor: NumberCursor | null,
  sort: ThreadSort = DEFAULT_THREAD_SORT,
  filter: ThreadFilter | null = null,
) {
  "use cache";
  checkReadArgs(READ_ARGS.threadList, [cursor, sort, filter]);
  // Unanswered lists pinned discussions in their place (they may well be answered): no pinned heading.
  const [page, pinned] = await Promise.all([
    listThreads(cursor, undefined, sort, filter),
    cursor || filter ? [] : listPinned(),
  ]);
  cachedFor(tags.threads, ...shownTags([...pinned, ...page.threads]));
  return { ...page, pinned };
}

/** A thread, or null; tagged with its id either way, so a 404 cached before it existed is replaced. */
export async function cachedThread(id: number) {
  "use cache";
  checkReadArgs(READ_ARGS.id, [id]);
  const thread = await getThread(id);
  cachedFor(
    tags.thread(id),
    ...(thread ? memberTags([thread.author, ...(thread.answer ? [thread.answer.author] : [])]) : []),
  );
  return thread;
}

export async function cachedReplies(threadId: number, request: ReplyPageRequest) {
  "use cache";
  checkReadArgs(READ_ARGS.replies, [threadId, request]);
  const page = await listReplies(threadId, request);
  const answered = page.replies.flatMap((r) => (r.replyTo ? [{ id: r.replyTo.authorId }] : []));
  cachedFor(tags.thread(threadId), ...memberTags([...page.replies.map((r) => r.author), ...answered]));
  return page;
}

/** A reply as stored, for its edit page; tagged with its id, so a 404 cached before it existed is replaced. */
export async function cachedReplyForEdit(id: number) {
  "use cache";
  checkReadArgs(READ_ARGS.id, [id]);
  const reply = await getReplyForEdit(id);
  cachedFor(tags.reply(id), ...(reply ? [tags.thread(reply.threadId)] : []));
  return reply;
}

/**
 * A page of a post's edit history, or null; under the post's own tags (a reply's also under its
 * thread's, which a deleted thread expires), so each edit, hide or delete of the post expires it.
 */
export async function cachedPostHistory(target: HistoryTarget, before: number | undefined) {
  "use cache";
  checkReadArgs(READ_ARGS.history, [target, before]);
  const history = await getPostHistory(target, before);
  const own = "threadId" in target ? [tags.thread(target.threadId)] : [tags.reply(target.replyId)];
  const people = history
    ? [
        history.post.author,
        ...history.edits.flatMap((e) => (e.editor ? [e.editor] : [])),
        // Names in the answer's marks: who marked, and the authors of the replies marked.
        ...history.answerMarks.flatMap((m) => [m.actor, m.reply?.author, m.previous?.author].filter((p) => !!p)),
      ]
    : [];
  cachedFor(
    ...own,
    ...(history && "replyId" in target ? [tags.thread(history.post.threadId)] : []),
    ...memberTags(people),
  );
  // Diffed here, once per cache entry: the diff cannot run in a cached page's render (lib/revision-diff.ts).
  return (
    history && {
      ...history,
      edits: history.edits.map((edit) => ({ ...edit, diff: versionDiff(edit.before, edit.after) })),
    }
  );
}
