// The email worker: in each server process, polls the queue (db/mutations/email-queue.ts) and sends
// what is due. Started lazily by instrumentation.ts once the server runs (never at import or during
// `next build`), stopped by server/shutdown.ts before the database closes. Any number of processes
// may run one: a job is claimed by one worker at a time, and its idempotency key is checked before
// sending. A failed send is retried with a growing wait, then given up; either way the next job is not
// held up. Logs carry the job's and member's ids, never an address.
import {
  type ClaimedJob,
  claimEmailJob,
  finishEmailJob,
  prepareNotificationEmail,
  pruneEmailHistory,
  recordEmailSent,
  retryEmailJob,
} from "@/db/mutations/email-queue";
import { type EmailDelivery, emailDelivery, emailFrom, withoutAddresses } from "@/lib/email/config";
import { rateLimits } from "@/lib/limits/rate-limits";
import { EVENTS } from "@/lib/log/events";
import { log as defaultLog, type Logger } from "@/lib/log/logger";
import { composeNotificationEmail, emailOrigin } from "./compose";
import { createTransport, type Transport } from "./transport";

export type WorkerOptions = {
  transport: Transport;
  from?: string;
  origin?: string;
  emailsPerDay?: number;
  /** Attempts before a job is given up (the first included). */
  maxAttempts?: number;
  /** Seconds before attempt n + 1 after attempt n failed. */
  retryAfterSeconds?: (attempt: number) => number;
  /** How long a claim lasts: longer than any one send takes. */
  lockSeconds?: number;
  log?: Logger;
};

/** 1, 5, 25, 125 minutes: a mail server that is down for a while is waited out, for about two and a half hours. */
export const defaultRetryAfter = (attempt: number) => 60 * 5 ** (attempt - 1);
export const MAX_ATTEMPTS = 5;

/** Claims and runs one due job; false when none was due. */
export async function runOneEmailJob(options: WorkerOptions): Promise<boolean> {
  const job = await claimEmailJob(options.lockSeconds ?? 120);
  if (!job) return false;
  await runJob(job, options);
  return true;
}

async function runJob(job: ClaimedJob, options: WorkerOptions): Promise<void> {
  const log = options.log ?? defaultLog;
  const fields = { event: EVENTS.email, job: job.id, member: job.recipientId, attempt: job.attempts };
  try {
    const prepared = await prepareNotificationEmail(job, options.emailsPerDay ?? rateLimits().emailsPerMemberPerDay);
    if ("skip" in prepared) {
      if (prepared.skip === "already sent") await recordEmailSent(job);
      else await finishEmailJob(job, "skipped", prepared.skip);
      log.info(
        { ...fields, outcome: "skipped", reason: prepared.skip },
        `email job ${job.id} skipped: ${prepared.skip}`,
      );
      return;
    }
    const message = composeNotificationEmail(prepared.send, job.id, options.origin ?? emailOrigin());
    await options.transport.send(message, options.from ?? emailFrom());
    await recordEmailSent(job);
    log.info(
      { ...fields, outcome: "sent", posts: prepared.send.posts.length, kind: prepared.send.emailKind },
      `email job ${job.id} sent`,
    );
  } catch (error) {
    // An SMTP refusal or a bounce at the door, a mail server away, or the database away: tried again
    // later, then given up. The reason is kept without any address the server's reply may hold.
    const reason = withoutAddresses(error instanceof Error ? error.message : String(error));
    const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
    try {
      if (job.attempts >= maxAttempts) {
        await finishEmailJob(job, "failed", reason);
        log.error(
          { ...fields, outcome: "failed", reason },
          `email job ${job.id} given up after ${job.attempts} attempts`,
        );
      } else {
        const wait = (options.retryAfterSeconds ?? defaultRetryAfter)(job.attempts);
        await retryEmailJob(job, reason, wait);
        log.warn(
          { ...fields, outcome: "retry", reason, retryInSeconds: wait },
          `email job ${job.id} failed; retried in ${wait} s`,
        );
      }
    } catch (recording) {
      // The claim runs out by itself, and the job is taken again then.
      log.error({ ...fields, err: recording }, `email job ${job.id}: could not record its failure`);
    }
  }
}

/** Runs due jobs until none is left (or `max` ran); returns how many ran. */
export async function drainEmailJobs(options: WorkerOptions, max = 100): Promise<number> {
  let ran = 0;
  while (ran < max && (await runOneEmailJob(options))) ran++;
  return ran;
}

type Running = { timer: NodeJS.Timeout | null; busy: Promise<unknown> | null; transport: Transport; stopped: boolean };

const globalForWorker = globalThis as unknown as { mlpathsEmailWorker?: Running };

/** Seconds between polls of the queue (EMAIL_POLL_SECONDS, default 5). */
function pollMs(): number {
  const seconds = Number(process.env.EMAIL_POLL_SECONDS);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 5) * 1000;
}

/** Starts this process's worker, once; nothing when email is off. */
export function startEmailWorker(delivery: EmailDelivery = emailDelivery()): void {
  if (delivery.kind === "off" || globalForWorker.mlpathsEmailWorker) return;
  const running: Running = { timer: null, busy: null, transport: createTransport(delivery), stopped: false };
  globalForWorker.mlpathsEmailWorker = running;
  let databaseDown = false;
  let prunedAt = 0;
  const tick = async () => {
    try {
      await drainEmailJobs({ transport: running.transport });
      // Old history goes once an hour per process (any process may; the deletes are idempotent).
      if (Date.now() - prunedAt > 3600_000) {
        await pruneEmailHistory();
        prunedAt = Date.now();
      }
      databaseDown = false;
    } catch (error) {
      // Logged once per outage, like the pages' own (server/outage-status.ts).
      if (!databaseDown)
        defaultLog.error({ event: EVENTS.email, err: error }, "the email worker could not reach the queue");
      databaseDown = true;
    }
  };
  const schedule = () => {
    if (running.stopped) return;
    running.timer = setTimeout(() => {
      running.busy = tick().finally(() => {
        running.busy = null;
        schedule();
      });
    }, pollMs());
    running.timer.unref();
  };
  schedule();
  defaultLog.info({ event: EVENTS.email, delivery: delivery.kind }, `email worker started (${delivery.kind})`);
}

/** Stops polling and waits for the job in hand, so the database can close under it. */
export async function stopEmailWorker(): Promise<void> {
  const running = globalForWorker.mlpathsEmailWorker;
  if (!running) return;
  globalForWorker.mlpathsEmailWorker = undefined;
  running.stopped = true;
  if (running.timer) clearTimeout(running.timer);
  await running.busy;
  running.transport.close();
}
