// What the three history routes share: read the path, refuse anything malformed before any read, load
// the cached history and send a post of the other kind to its own address.
import { notFound, permanentRedirect } from "next/navigation";
import { cachedPostHistory } from "@/server/reads/threads";
import { parseId } from "@/lib/ids";
import { historyPath } from "@/lib/urls/paths";
import { PostHistoryView } from "./post-history";

/** `at` is the optional `before/<version>` of an older page. */
function parseAt(at: string[] | undefined): { ok: true; before: number | undefined } | { ok: false } {
  if (at === undefined) return { ok: true, before: undefined };
  const version = at.length === 2 && at[0] === "before" ? parseId(at[1]) : null;
  return version === null ? { ok: false } : { ok: true, before: version };
}

export async function HistoryPage({
  kind,
  id: idParam,
  at,
}: {
  kind: "thread" | "story" | "reply";
  id: string;
  at: string[] | undefined;
}) {
  const id = parseId(idParam);
  const page = parseAt(at);
  if (id === null || !page.ok) notFound();
  const history = await cachedPostHistory(kind === "reply" ? { replyId: id } : { threadId: id }, page.before);
  if (!history) notFound();
  if (kind !== "reply" && (history.post.kind === "story") !== (kind === "story")) {
    const base = historyPath({ threadId: id, kind: history.post.kind === "story" ? "story" : "discussion" });
    permanentRedirect(page.before === undefined ? base : `${base}/before/${page.before}`);
  }
  return <PostHistoryView history={history} before={page.before} />;
}
