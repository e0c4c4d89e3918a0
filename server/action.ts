// Every form's Server Action, built one way: read what was typed → find the target → who is acting
// → validate → write → expire the cached pages the write changed → go to the result. Expected
// refusals come back as form state (messages by field, the typed values kept); a missing target is
// the 404 page. Forms of one button (delete, "this helped me") use buttonAction, the same steps
// without fields. Each write, and each refusal by a limit, is one log line with the action's kind, the
// member's id and the ids it touched (lib/log/events.ts).
import { createHash } from "node:crypto";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { type CurrentUser, currentUser } from "@/auth";
import { databaseFailed } from "@/db/availability";
import { DatabaseUnavailableError, UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db-errors";
import { ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { type FormState, formString } from "@/lib/form-state";
import type { Changed } from "@/lib/cache-tags";
import { flash } from "./flash";
import { applyChanges } from "./invalidate";
import type { NoticeCode } from "@/lib/notices";
import { signInPath } from "@/lib/urls/safe-redirect";
import { fieldErrors } from "@/lib/validation";
import { EVENTS, touchedIds } from "@/lib/log/events";
import type { Logger } from "@/lib/log/logger";
import { requestLog } from "./request-log";

/** What every mutation returns: the cache tags of what it changed (lib/cache-tags.ts). */
type Written = { changed: Changed };

/** What the log calls a write (`reply.create`), or how to tell from the target when one form does several. */
type Kind<Target> = string | ((target: NoInfer<Target>) => string);

type Spec<Field extends string, Target, Input, Result extends Written> = {
  kind: Kind<Target>;
  /** Form fields handed to the schema, and kept for the form whenever it is refused. */
  fields: readonly Field[];
  /** The thing acted on, read from the form (an id); null means it cannot exist: a 404. */
  target: (formData: FormData) => Target | null;
  /** Where a signed-out reader comes back to after signing in. */
  signInReturn: (target: Target) => string;
  schema: z.ZodType<Input, Record<Field, string>>;
  /** The write; it checks again who may do it. `key` identifies this form's copy of this text (creates use it). */
  mutate: (user: CurrentUser, input: Input, target: Target, key: string | null) => Promise<Result>;
  /** Where to go once it is written. */
  done: (result: Result, input: Input, target: Target) => string;
  /** A notice for the page it goes to. */
  notice?: NoticeCode;
};

export function formAction<Field extends string, Target, Input, Result extends Written>(
  spec: Spec<Field, Target, Input, Result>,
) {
  return async function action(_state: FormState, formData: FormData): Promise<FormState> {
    const target = spec.target(formData);
    if (target === null) notFound();
    const values = Object.fromEntries(spec.fields.map((name) => [name, formString(formData, name)])) as Record<
      Field,
      string
    >;
    const write = await writeLog(spec.kind, target);
    const outcome = await attempt(async () => {
      const user = await currentUser();
      if (!user) return { signIn: true as const };
      write.userId = user.id;
      const parsed = spec.schema.safeParse(values);
      if (!parsed.success) return { errors: fieldErrors(parsed.error) };
      const result = await spec.mutate(user, parsed.data, target, formKey(formData, values));
      return { changed: result.changed, path: spec.done(result, parsed.data, target) };
    }, write);
    if (!outcome.ok) return { message: outcome.message, values };
    if ("signIn" in outcome.value) redirect(signInPath(spec.signInReturn(target)));
    if ("errors" in outcome.value) return { errors: outcome.value.errors, values };
    logWrite(write, outcome.value.changed);
    applyChanges(outcome.value.changed);
    if (spec.notice) await flash(spec.notice);
    redirect(outcome.value.path);
  };
}

/** Where a one-button action leads: another page (with a notice for it), or a message on this one. */
export type ButtonOutcome = { redirect: string; notice?: NoticeCode } | { message: string };

type ButtonSpec<Target, Result extends Written> = {
  kind: Kind<Target>;
  target: (formData: FormData) => Target | null;
  signInReturn: (target: Target) => string;
  /** The write; it checks again who may do it. */
  mutate: (user: CurrentUser, target: Target) => Promise<Result>;
  done: (result: Result, target: Target) => ButtonOutcome;
};

export function buttonAction<Target, Result extends Written>(spec: ButtonSpec<Target, Result>) {
  return async function action(_state: FormState, formData: FormData): Promise<FormState> {
    const target = spec.target(formData);
    if (target === null) notFound();
    const write = await writeLog(spec.kind, target);
    const outcome = await attempt(async () => {
      const user = await currentUser();
      if (user) write.userId = user.id;
      return user ? await spec.mutate(user, target) : null;
    }, write);
    if (!outcome.ok) return { message: outcome.message };
    if (outcome.value === null) redirect(signInPath(spec.signInReturn(target)));
    logWrite(write, outcome.value.changed);
    applyChanges(outcome.value.changed);
    const next = spec.done(outcome.value, target);
    if ("message" in next) return { message: next.message };
    if (next.notice) await flash(next.notice);
    redirect(next.redirect);
  };
}

/**
 * The browser's key for this copy of the form (components/form-key.tsx) joined with a hash of what was
 * typed: sent again, it names the same post; the next, different text from that form is a new one.
 */
function formKey(formData: FormData, values: Record<string, string>): string | null {
  const key = formData.get("formKey");
  if (typeof key !== "string" || !/^[A-Za-z0-9-]{16,64}$/.test(key)) return null;
  return `${key}:${createHash("sha256").update(JSON.stringify(values)).digest("base64url")}`;
}

/** An action's log: the request's logger, what kind of write it is, and who acts once that is known. */
type WriteLog = { log: Logger; kind: string; userId?: string };

async function writeLog<Target>(kind: Kind<Target>, target: Target): Promise<WriteLog> {
  return { log: await requestLog(), kind: typeof kind === "string" ? kind : kind(target) };
}

function logWrite({ log, kind, userId }: WriteLog, changed: Changed): void {
  log.info({ event: EVENTS.write, kind, userId, ids: touchedIds(changed) }, kind);
}

/**
 * Runs the part of an action that may be refused: a missing target becomes the 404 page; a refusal,
 * or a database that cannot be reached, a message for the form; anything else is a bug for error.tsx.
 * A refusal by a limit is logged; an unreachable database is logged once (db/availability.ts).
 */
export async function attempt<T>(
  work: () => Promise<T>,
  write: WriteLog,
): Promise<{ ok: true; value: T } | { ok: false; message: string }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof RateLimitedError) {
      const { log, kind, userId } = write;
      log.warn({ event: EVENTS.refused, reason: "rate-limit", kind, userId, retryAfter: error.retryAfterSeconds });
      return { ok: false, message: error.message };
    }
    if (error instanceof ForbiddenError) return { ok: false, message: error.message };
    if (error instanceof DatabaseUnavailableError || isDatabaseUnavailable(error)) {
      databaseFailed(error);
      return { ok: false, message: UNAVAILABLE_MESSAGE };
    }
    throw error;
  }
}
