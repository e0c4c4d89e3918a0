// The same post sent twice. With a form key (made in the browser for each form, components/form-key.tsx),
// the copy is the same post: a double click, a resubmit after going back, a replay or a retry after the
// connection dropped mid-insert all land on the first one. Without a key (no JavaScript), the same
// text again within a few minutes is refused with a message, as Discourse refuses it. Both run under
// the author's row lock (db/mutations/limits.ts lockActor), so copies sent at once are seen too.
import { and, desc, eq, gt } from "drizzle-orm";
import { RateLimitedError } from "@/lib/errors";
import { retryIn } from "@/lib/limits/rate-limits";
import type { Transaction } from "../index";
import { replies, followUps, threads } from "../schema";

export type Posts = typeof threads | typeof replies | typeof followUps;

/** The author's post made from the form with this key, if any. */
export async function postWithKey(tx: Transaction, table: Posts, authorId: string, key: string | null) {
  if (!key) return null;
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.authorId, authorId), eq(table.idempotencyKey, key)))
    .limit(1);
  return row ?? null;
}

/** Refuses text the author already posted (as a reply, or as a thread or story) within `windowSeconds`. */
export async function refuseSameText(
  tx: Transaction,
  table: Posts,
  authorId: string,
  body: string,
  windowSeconds: number,
  now: Date,
) {
  if (windowSeconds <= 0) return;
  const [row] = await tx
    .select({ createdAt: table.createdAt })
    .from(table)
    .where(
      and(
        eq(table.authorId, authorId),
        eq(table.body, body),
        gt(table.createdAt, new Date(now.getTime() - windowSeconds * 1000)),
      ),
    )
    .orderBy(desc(table.createdAt))
    .limit(1);
  if (!row) return;
  const wait = (row.createdAt.getTime() + windowSeconds * 1000 - now.getTime()) / 1000;
  throw new RateLimitedError(
    `You posted exactly this a moment ago. Change it, or post it again ${retryIn(wait)}.`,
    Math.ceil(wait),
  );
}
