// What members and moderators do about posts and people: flag, hide and restore, lock, pin, move,
// suspend, make moderators. Each runs in one transaction, checks lib/permissions.ts on rows it has locked, and
// writes its entry in the moderation log (mod_actions) in that same transaction.
import { and, countDistinct, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { type Changed, tags } from "@/lib/cache-tags";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { categoryBySlug } from "@/lib/categories";
import type { FlagInput, ModInput, MoveInput } from "@/lib/moderation-input";
import { refusal } from "@/lib/permissions";
import { ROLE_NAMES, type Role, isStaff } from "@/lib/roles";
import { type RateLimits, rateLimits } from "@/lib/limits/rate-limits";
import { getDb, type Transaction } from "../index";
import { flags, modActions, replies, sessions, stories, threads, users } from "../schema";
import { type LockedActor, checkFlagRate, lockActor, requirePermission } from "./limits";
import { postFilingChanged } from "./taxonomy";
import { clearAnswerOf } from "./answers";
import { refile } from "./threads";

/** A post: a thread's opening post (reply null) or one of its replies. */
export type PostRef = { threadId: number; replyId: number | null };
/** A post as a form names it: a thread's id, or a reply's. */
export type PostTarget = { threadId: number } | { replyId: number };

type LockedPost = {
  ref: PostRef;
  kind: "discussion" | "story";
  title: string;
  authorId: string;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  lockedAt: Date | null;
};

/** Locks the post (the thread row, or the reply row) and reads what the rules need. */
async function lockPost(tx: Transaction, target: PostTarget): Promise<LockedPost> {
  if ("threadId" in target) {
    const ref = target;
    const [row] = await tx
      .select({
        id: threads.id,
        kind: threads.kind,
        title: threads.title,
        authorId: threads.authorId,
        deletedAt: threads.deletedAt,
        hiddenAt: threads.hiddenAt,
        lockedAt: threads.lockedAt,
      })
      .from(threads)
      .where(and(eq(threads.id, ref.threadId), isNull(threads.deletedAt)))
      .for("update");
    if (!row) throw new NotFoundError("Post");
    return { ref: { threadId: row.id, replyId: null }, ...row };
  }
  const ref = target;
  const [row] = await tx
    .select({
      threadId: replies.threadId,
      kind: threads.kind,
      title: threads.title,
      authorId: replies.authorId,
      deletedAt: replies.deletedAt,
      hiddenAt: replies.hiddenAt,
      lockedAt: threads.lockedAt,
    })
    .from(replies)
    .innerJoin(threads, eq(threads.id, replies.threadId))
    .where(and(eq(replies.id, ref.replyId), isNull(threads.deletedAt)))
    .for("update", { of: replies });
  if (!row || row.deletedAt) throw new NotFoundError("Post");
  return { ref: { threadId: row.threadId, replyId: ref.replyId }, ...row };
}

/** Where a post is, for the page an action goes back to (lib/urls/paths.ts postPath). */
export type PostPlace = { thread: { id: number; title: string; kind: "discussion" | "story" }; replyId: number | null };
const placeOf = (post: LockedPost): PostPlace => ({
  thread: { id: post.ref.threadId, title: post.title, kind: post.kind },
  replyId: post.ref.replyId,
});

/** Where a post shows: its thread's page, a reply's edit page, and a thread's place in the lists. */
function postChanged(post: LockedPost): Changed {
  // A hidden post also leaves its author's profile.
  const author = tags.postsBy(post.authorId);
  if (post.ref.replyId !== null)
    return [tags.thread(post.ref.threadId), tags.reply(post.ref.replyId), author, tags.modlog];
  const lists = post.kind === "story" ? [tags.stories, tags.insights] : [tags.threads];
  return [tags.thread(post.ref.threadId), ...lists, author, tags.modlog];
}

const onPost = (ref: PostRef) =>
  ref.replyId === null ? and(eq(flags.threadId, ref.threadId), isNull(flags.replyId)) : eq(flags.replyId, ref.replyId);

async function log(
  tx: Transaction,
  entry: {
    actorId: string | null;
    action: string;
    ref?: PostRef;
    memberId?: string;
    reason: string;
    note?: string | null;
  },
) {
  await tx.insert(modActions).values({
    actorId: entry.actorId,
    action: entry.action,
    threadId: entry.ref?.threadId ?? null,
    replyId: entry.ref?.replyId ?? null,
    memberId: entry.memberId ?? null,
    reason: entry.reason,
    note: entry.note ?? null,
  });
}

/** Hides (reason) or restores (null) the post; returns what a hidden answer's cleared mark changed. */
async function setHidden(
  tx: Transaction,
  post: LockedPost,
  reason: string | null,
  actorId: string | null,
): Promise<Changed> {
  const hiddenAt = reason === null ? null : sql`now()`;
  if (post.ref.replyId !== null) {
    await tx.update(replies).set({ hiddenAt, hiddenReason: reason }).where(eq(replies.id, post.ref.replyId));
    return reason === null ? [] : clearAnswerOf(tx, post.ref.replyId, actorId, "reply-hidden");
  }
  await tx.update(threads).set({ hiddenAt, hiddenReason: reason }).where(eq(threads.id, post.ref.threadId));
  if (post.kind === "story") await tx.update(stories).set({ hiddenAt }).where(eq(stories.threadId, post.ref.threadId));
  return [];
}

/** Closes the post's open flags: a moderator has looked at it. */
async function resolveFlags(tx: Transaction, ref: PostRef, moderatorId: string) {
  await tx
    .update(flags)
    .set({ resolvedAt: sql`now()`, resolvedBy: moderatorId })
    .where(and(onPost(ref), isNull(flags.resolvedAt)));
}

/**
 * Whose open flags hide a post before a moderator looks: members not suspended at `now` who are
 * moderators, or whose account is past the new-account window and who have flagHistoryPosts live posts
 * (lib/limits/rate-limits.ts says why). Read at each count, so a flag counts once its member has earned it and
 * stops counting if they are suspended. A condition on `users`, joined to the flags.
 */
function inGoodStanding(limits: RateLimits, now: Date) {
  const need = limits.flagHistoryPosts;
  // Each table is read by its author index only as far as `need` rows, however much the member wrote.
  const posts = sql`(select count(*) from (
    (select 1 from ${threads} where ${threads.authorId} = ${users.id} and ${threads.deletedAt} is null and ${threads.hiddenAt} is null limit ${need})
    union all
    (select 1 from ${replies} where ${replies.authorId} = ${users.id} and ${replies.deletedAt} is null and ${replies.hiddenAt} is null limit ${need})
  ) as posts)`;
  const joinedBy = new Date(now.getTime() - limits.newAccountHours * 3600_000);
  return and(
    or(isNull(users.suspendedUntil), lte(users.suspendedUntil, now)),
    or(inArray(users.role, ROLE_NAMES.filter(isStaff)), and(lte(users.createdAt, joinedBy), sql`${posts} >= ${need}`)),
  );
}

/**
 * A member reports a post, once per post; it goes to the moderators' queue. Flags from enough different
 * members in good standing (flagsToHide) hide it at once, pending a moderator: puppet accounts made to
 * hide a post only add to the queue. Returns whether it was hidden.
 */
export async function flagPost(
  userId: string,
  ref: PostTarget,
  input: FlagInput,
  limits: RateLimits = rateLimits(),
): Promise<{ hidden: boolean; place: PostPlace; changed: Changed }> {
  return getDb().transaction(async (tx) => {
    const actor = await lockActor(tx, userId);
    const post = await lockPost(tx, ref);
    requirePermission(actor, { do: "flag", post });
    await checkFlagRate(tx, actor, limits);
    const inserted = await tx
      .insert(flags)
      .values({
        threadId: post.ref.threadId,
        replyId: post.ref.replyId,
        flaggerId: userId,
        reason: input.reason,
        note: input.note,
      })
      .onConflictDoNothing()
      .returning({ id: flags.id });
    if (inserted.length === 0)
      throw new ForbiddenError("You have already flagged this post. A moderator will look at it.");
    const place = placeOf(post);
    if (post.hiddenAt || limits.flagsToHide === 0) return { hidden: false, place, changed: [] };
    const [{ flaggers }] = await tx
      .select({ flaggers: countDistinct(flags.flaggerId) })
      .from(flags)
      .innerJoin(users, eq(users.id, flags.flaggerId))
      .where(and(onPost(post.ref), isNull(flags.resolvedAt), inGoodStanding(limits, actor.now)));
    if (flaggers < limits.flagsToHide) return { hidden: false, place, changed: [] };
    const reason = `Hidden after flags from ${flaggers} members, until a moderator reviews it.`;
    const unanswered = await setHidden(tx, post, reason, null);
    await log(tx, { actorId: null, action: "auto-hide", ref: post.ref, reason });
    return {
      hidden: true,
      place,
      changed: [...postChanged(post), ...(await postFilingChanged(tx, post.ref)), ...unanswered],
    };
  });
}

/** A moderator hides a post (others see a placeholder; its author sees the reason) or brings it back. */
export async function setPostHidden(
  moderatorId: string,
  ref: PostTarget,
  hidden: boolean,
  input: ModInput,
): Promise<{ changed: Changed }> {
  return getDb().transaction(async (tx) => {
    const actor = await lockActor(tx, moderatorId);
    const post = await lockPost(tx, ref);
    requirePermission(actor, { do: hidden ? "hide" : "restore", post });
    const unanswered = await setHidden(tx, post, hidden ? input.reason : null, moderatorId);
    await resolveFlags(tx, post.ref, moderatorId);
    await log(tx, {
      actorId: moderatorId,
      action: hidden ? "hide" : "restore",
      ref: post.ref,
      reason: input.reason,
      note: input.note,
    });
    return { changed: [...postChanged(post), ...(await postFilingChanged(tx, post.ref)), ...unanswered] };
  });
}

/** The flags were looked at and the post stays as it is. */
export async function dismissFlags(
  moderatorId: string,
  ref: PostTarget,
  input: ModInput,
): Promise<{ changed: Changed }> {
  return getDb().transaction(async (tx) => {
    const actor = await lockActor(tx, moderatorId);
    const post = await lockPost(tx, ref);
    requirePermission(actor, { do: "restore", post });
    await resolveFlags(tx, post.ref, moderatorId);
    await log(tx, {
      actorId: moderatorId,
      action: "dismiss-flags",
      ref: post.ref,
      reason: input.reason,
      note: input.note,
    });
    return { changed: [tags.modlog] };
  });
}

async function lockThreadForModeration(
  tx: Transaction,
  actor: LockedActor,
  threadId: number,
  what: "lock" | "pin" | "move",
) {
  const post = await lockPost(tx, { threadId });
  requirePermission(actor, { do: what, thread: post });
  return post;
}

/** A locked thread takes no new replies (moderators' aside). */
export async function setThreadLocked(
  moderatorId: string,
  threadId: number,
  locked: boolean,
  input: ModInput,
): Promise<{ changed: Changed }> {
  return getDb().transaction(async (tx) => {
    const actor = await lockActor(tx, moderatorId);
    const post = await lockThreadForModeration(tx, actor, threadId, "lock");
    await tx
      .update(threads)
      .set({ lockedAt: locked ? sql`now()` : null })
      .where(eq(threads.id, threadId));
    await log(tx, {
      actorId: moderatorId,
      action: locked ? "lock" : "unlock",
      ref: post.ref,
      reason: input.reason,
      note: input.note,
    });
    return { changed: [tags.thread(threadId), tags.modlog] };
  });
}

/** Pinned discussions lead the home page's list. */
export async function setThreadPinned(
  moderatorId: string,
  threadId: number,
  pinned: boolean,
  input: ModInput,
): Promise<{ changed: Changed }> {
  return getDb().transaction(async (tx) => {
    const actor = await lockActor(tx, moderatorId);
    const post = await lockThreadForModeration(tx, actor, threadId, "pin");
    await tx
      .update(threads)
      .set({ pinnedAt: pinned ? sql`now()` : null })
      .where(eq(threads.id, threadId));
    await log(tx, {
      actorId: moderatorId,
      action: pinned ? "pin" : "unpin",
      ref: post.ref,
      reason: input.reason,
      note: input.note,
    });
    return { changed: [tags.thread(threadId), tags.threads, tags.modlog] };
  });
}

/**
 * Files a thread elsewhere: a discussion in another category, and either kind under other tags. Its
 * old and new category and tag pages follow (db/mutations/taxonomy.ts refile), and the log says so.
 */
export async function moveThread(
  moderatorId: string,
  threadId: number,
  input: MoveInput,
): Promise<{ changed: Changed }> {
  return getDb().transaction(async (tx) => {
    const actor = await lockActor(tx, moderatorId);
    const post = await lockThreadForModeration(tx, actor, threadId, "move");
    if (post.kind === "story" && input.category !== undefined)
      throw new ForbiddenError("A story stays among the success stories; change its tags only.");
    const filed = await refile(
      tx,
      threadId,
      { tags: input.tags },
      input.category === undefined ? undefined : categoryBySlug(input.category)!.id,
    );
    await log(tx, { actorId: moderatorId, action: "move", ref: post.ref, reason: input.reason, note: input.note });
    return { changed: [tags.thread(threadId), ...filed, tags.modlog] };
  });
}

/**
 * The steps of acting on a member: the actor is read, not locked (two moderators acting on each other
 * must not deadlock), the member is locked, and the rule for `what` is checked.
 */
async function lockMemberFor(tx: Transaction, actorId: string, memberId: string, what: "suspend" | "set-role") {
  const [actor] = await tx
    .select({ id: users.id, role: users.role, suspendedUntil: users.suspendedUntil })
    .from(users)
    .where(eq(users.id, actorId));
  const [member] = await tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(users.id, memberId))
    .for("update");
  if (!actor || !member) throw new NotFoundError("Member");
  const why = refusal(actor, { do: what, member });
  if (why) throw new ForbiddenError(why);
}

/**
 * Until `until` (FOREVER for good; null lifts it) the member reads but cannot post, vote or flag.
 * Their sessions end now: a signed-in tab is signed out on its next request.
 */
export async function setSuspension(
  moderatorId: string,
  memberId: string,
  until: Date | null,
  input: ModInput,
): Promise<{ changed: Changed }> {
  return getDb().transaction(async (tx) => {
    await lockMemberFor(tx, moderatorId, memberId, "suspend");
    await tx.update(users).set({ suspendedUntil: until }).where(eq(users.id, memberId));
    if (until) await tx.delete(sessions).where(eq(sessions.userId, memberId));
    await log(tx, {
      actorId: moderatorId,
      action: until ? "suspend" : "unsuspend",
      memberId,
      reason: input.reason,
      note: input.note,
    });
    return { changed: [tags.modlog] };
  });
}

/** Admins make members moderators and back. Admins themselves come from ADMIN_GITHUB_LOGINS. */
export async function setModerator(
  adminId: string,
  memberId: string,
  moderator: boolean,
  input: ModInput,
): Promise<{ changed: Changed }> {
  return getDb().transaction(async (tx) => {
    await lockMemberFor(tx, adminId, memberId, "set-role");
    const role: Role = moderator ? "moderator" : "member";
    await tx.update(users).set({ role }).where(eq(users.id, memberId));
    await log(tx, {
      actorId: adminId,
      action: moderator ? "grant-moderator" : "revoke-moderator",
      memberId,
      reason: input.reason,
      note: input.note,
    });
    // Their profile shows the role.
    return { changed: [tags.member(memberId), tags.modlog] };
  });
}

/**
 * At each sign-in: the logins in ADMIN_GITHUB_LOGINS are admins, and an admin whose login left the
 * list is a member again. Returns whether the role changed.
 */
export async function syncAdminRole(userId: string, login: string, adminLogins: readonly string[]): Promise<boolean> {
  const isAdmin = adminLogins.some((l) => l.toLowerCase() === login.toLowerCase());
  const changed = await getDb()
    .update(users)
    .set({ role: isAdmin ? "admin" : "member" })
    .where(and(eq(users.id, userId), isAdmin ? sql`${users.role} <> 'admin'` : eq(users.role, "admin")))
    .returning({ id: users.id });
  return changed.length > 0;
}
