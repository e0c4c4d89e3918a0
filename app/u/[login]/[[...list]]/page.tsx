// A member's profile, cached whole like every public page: /u/<login> (who they are, their stories,
// their latest discussions and replies), and the full lists, paged: /u/<login>/threads, /stories and
// /replies, each followed by /after/<cursor> for older ones. Old logins and other spellings go to the address of today.
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { Avatar } from "@/components/avatar";
import { Link } from "@/components/link";
import { TimeAgo } from "@/components/time-ago";
import { UnreadMark } from "@/components/unread-mark";
import { AnsweredMark } from "@/components/answered-mark";
import { PROFILE_PREVIEW, type Member, type MemberReply, type MemberThread } from "@/db/queries/profiles";
import { cachedMember, cachedMemberReplies, cachedMemberThreads } from "@/server/reads/members";
import { type Cursor, decodeCursor } from "@/lib/urls/cursor";
import { pageMetadata } from "@/server/page-metadata";
import { profilePath, replyPath, threadPath } from "@/lib/urls/paths";
import { BUILD_PLACEHOLDER } from "@/lib/urls/views";

export function generateStaticParams() {
  return [{ login: BUILD_PLACEHOLDER, list: [BUILD_PLACEHOLDER] }];
}

// GitHub logins: letters, digits and single hyphens, at most 39; "~" marks one released to its new owner.
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(~[0-9a-f-]{1,8})?$/;

type ListName = "threads" | "stories" | "replies";
type View = { list: null } | { list: ListName; cursor: Cursor | null };
const LISTS: Record<ListName, string> = { threads: "Discussions", stories: "Success stories", replies: "Replies" };

/** The part after the login: nothing, or a list with an optional cursor; null for anything else. */
function readList(list: string[] | undefined): View | null {
  if (list === undefined) return { list: null };
  const [name, after, cursor, ...rest] = list;
  if (!Object.hasOwn(LISTS, name) || rest.length > 0) return null;
  if (after === undefined) return { list: name as ListName, cursor: null };
  const decoded = after === "after" ? decodeCursor(cursor) : null;
  return decoded ? { list: name as ListName, cursor: decoded } : null;
}

async function load(params: PageProps<"/u/[login]/[[...list]]">["params"]) {
  const { login, list } = await params;
  const view = readList(list);
  if (!LOGIN.test(login) || !view) notFound();
  const { member, movedTo } = await cachedMember(login);
  const suffix = list ? `/${list.join("/")}` : "";
  if (!member) {
    if (movedTo) permanentRedirect(`${profilePath(movedTo)}${suffix}`);
    notFound();
  }
  if (member.login !== login) permanentRedirect(`${profilePath(member.login)}${suffix}`);
  return { member, view };
}

export async function generateMetadata({ params }: PageProps<"/u/[login]/[[...list]]">): Promise<Metadata> {
  const { member, view } = await load(params);
  const what = view.list ? `${LISTS[view.list]} by ` : "";
  const base = profilePath(member.login);
  return pageMetadata({
    title: `${what}${member.login}`,
    description: `${member.login} on MLPaths: ${member.discussions} discussions, ${member.replies} replies, ${member.helpfulReceived} helpful marks received.`,
    path: view.list ? `${base}/${view.list}` : base,
    type: "profile",
  });
}

export default async function ProfilePage({ params }: PageProps<"/u/[login]/[[...list]]">) {
  const { member, view } = await load(params);
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <ProfileHeader member={member} />
      {view.list === null ? (
        <Overview member={member} />
      ) : (
        <FullList member={member} list={view.list} cursor={view.cursor} />
      )}
    </div>
  );
}

const joined = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

function ProfileHeader({ member }: { member: Member }) {
  return (
    <header className="flex items-center gap-4">
      <Avatar login={member.login} image={member.image} size={64} />
      <div>
        <h1 className="text-2xl font-bold tracking-tight">
          <Link href={profilePath(member.login)} className="hover:underline">
            {member.login}
          </Link>
        </h1>
        {member.name && member.name !== member.login && (
          <p className="text-zinc-700 dark:text-zinc-300">{member.name}</p>
        )}
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-zinc-600 dark:text-zinc-400">
          <span>Joined {joined.format(member.createdAt)}</span>
          {member.role !== "member" && (
            <span className="font-medium text-emerald-700 dark:text-emerald-400">
              {member.role === "admin" ? "Admin" : "Moderator"}
            </span>
          )}
          {member.isSample && (
            <span className="text-amber-800 dark:text-amber-300">Sample member, written for this demo</span>
          )}
        </p>
        <dl className="mt-2 flex flex-wrap gap-x-4 text-sm">
          <Count label="discussions" value={member.discussions} />
          <Count label="replies" value={member.replies} />
          <Count label="helpful marks received" value={member.helpfulReceived} />
          {/* Ask the author: shown once they have answered one, so most profiles stay as they were. */}
          {member.questionsAnswered > 0 && (
            <Count
              label={`question${member.questionsAnswered === 1 ? "" : "s"} to the author answered`}
              value={member.questionsAnswered}
            />
          )}
        </dl>
      </div>
    </header>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="flex gap-1">
      <dt className="sr-only">{label}</dt>
      <dd>
        <span className="font-semibold">{value.toLocaleString("en-US")}</span> {label}
      </dd>
    </div>
  );
}

async function Overview({ member }: { member: Member }) {
  const [stories, threads, replies] = await Promise.all([
    cachedMemberThreads(member.id, "story", null, PROFILE_PREVIEW),
    cachedMemberThreads(member.id, "discussion", null, PROFILE_PREVIEW),
    cachedMemberReplies(member.id, null, PROFILE_PREVIEW),
  ]);
  return (
    <>
      {stories.items.length > 0 && (
        <Section
          id="stories"
          title="Success stories"
          more={stories.next ? { href: `${profilePath(member.login)}/stories`, label: "All their stories" } : undefined}
        >
          <ThreadItems items={stories.items} />
        </Section>
      )}
      <Section
        id="threads"
        title="Latest discussions"
        more={
          threads.next
            ? { href: `${profilePath(member.login)}/threads`, label: `All ${member.discussions} discussions` }
            : undefined
        }
      >
        {threads.items.length > 0 ? <ThreadItems items={threads.items} /> : <Empty>No discussions yet.</Empty>}
      </Section>
      <Section
        id="replies"
        title="Latest replies"
        more={
          replies.next
            ? { href: `${profilePath(member.login)}/replies`, label: `All ${member.replies} replies` }
            : undefined
        }
      >
        {replies.items.length > 0 ? <ReplyItems items={replies.items} /> : <Empty>No replies yet.</Empty>}
      </Section>
    </>
  );
}

async function FullList({ member, list, cursor }: { member: Member; list: ListName; cursor: Cursor | null }) {
  const base = `${profilePath(member.login)}/${list}`;
  const page =
    list === "replies"
      ? await cachedMemberReplies(member.id, cursor)
      : await cachedMemberThreads(member.id, list === "stories" ? "story" : "discussion", cursor);
  const title = LISTS[list];
  return (
    <Section id={list} title={title}>
      {page.items.length === 0 ? (
        <Empty>{cursor ? "No more here." : `No ${title.toLowerCase()} yet.`}</Empty>
      ) : list === "replies" ? (
        <ReplyItems items={page.items as MemberReply[]} />
      ) : (
        <ThreadItems items={page.items as MemberThread[]} />
      )}
      <nav aria-label="Pagination" className="mt-4 flex justify-between text-sm">
        {cursor ? (
          <Link href={base} className="underline underline-offset-4">
            Newest
          </Link>
        ) : (
          <span />
        )}
        {page.next && (
          <Link href={`${base}/after/${page.next}`} rel="next" className="underline underline-offset-4">
            Older {title.toLowerCase()}
          </Link>
        )}
      </nav>
    </Section>
  );
}

function Section({
  id,
  title,
  more,
  children,
}: {
  id: string;
  title: string;
  more?: { href: string; label: string };
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-3 text-lg font-semibold">
        {title}
      </h2>
      {children}
      {more && (
        <p className="mt-3 text-sm">
          <Link href={more.href} className="underline underline-offset-4">
            {more.label}
          </Link>
        </p>
      )}
    </section>
  );
}

const listClass =
  "divide-y divide-zinc-200 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900";

function ThreadItems({ items }: { items: MemberThread[] }) {
  return (
    <ul className={listClass}>
      {items.map((t) => (
        <li key={t.id} className="px-4 py-3">
          <Link href={threadPath(t)} className="font-medium hover:underline">
            {t.title}
          </Link>
          <AnsweredMark answered={t.answered} />
          <UnreadMark threadId={t.id} canonical={threadPath(t)} />
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            <TimeAgo date={t.createdAt} /> · {t.replyCount} {t.replyCount === 1 ? "reply" : "replies"}
          </p>
        </li>
      ))}
    </ul>
  );
}

function ReplyItems({ items }: { items: MemberReply[] }) {
  return (
    <ul className={listClass}>
      {items.map((r) => (
        <li key={r.id} className="px-4 py-3">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            In{" "}
            <Link href={replyPath(r)} className="font-medium text-zinc-900 hover:underline dark:text-zinc-100">
              {r.thread.title}
            </Link>
            , <TimeAgo date={r.createdAt} />
            <AnsweredMark answered={r.isAnswer} reply />
          </p>
          <p className="mt-1 line-clamp-2 whitespace-pre-line text-sm">{r.excerpt}</p>
        </li>
      ))}
    </ul>
  );
}

function Empty({ children }: { children: React.ReactNode }) {
  return (
    <p className="rounded-xl border border-dashed border-zinc-300 p-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
      {children}
    </p>
  );
}
