// Members' profile pages: who they are (by login, old logins included), their threads and their replies.
// Each function is a 'use cache' read of a public page's data, tagged with what it returns: what that
// means, and why each checks its arguments first, is at the top of server/page-cache.ts.
import "server-only";
import { findMember, memberReplies, memberThreads } from "@/db/queries/profiles";
import { shownTags, tags } from "@/lib/cache-tags";
import type { Cursor } from "@/lib/urls/cursor";
import { READ_ARGS, checkReadArgs } from "@/lib/read-args";
import { cachedFor } from "@/server/page-cache";

/** A member by login, with their counts (or where an old login moved to); tagged by login either way. */
export async function cachedMember(login: string) {
  "use cache";
  checkReadArgs(READ_ARGS.login, [login]);
  const found = await findMember(login);
  cachedFor(tags.login(login), ...(found.member ? [tags.member(found.member.id), tags.postsBy(found.member.id)] : []));
  return found;
}

export async function cachedMemberThreads(
  userId: string,
  kind: "discussion" | "story",
  cursor: Cursor | null,
  limit?: number,
) {
  "use cache";
  checkReadArgs(READ_ARGS.memberThreads, [userId, kind, cursor, limit]);
  const page = await memberThreads(userId, kind, cursor, limit);
  cachedFor(tags.postsBy(userId), ...shownTags(page.items));
  return page;
}

export async function cachedMemberReplies(userId: string, cursor: Cursor | null, limit?: number) {
  "use cache";
  checkReadArgs(READ_ARGS.memberReplies, [userId, cursor, limit]);
  const page = await memberReplies(userId, cursor, limit);
  cachedFor(tags.postsBy(userId), ...shownTags(page.items.map((reply) => reply.thread)));
  return page;
}
