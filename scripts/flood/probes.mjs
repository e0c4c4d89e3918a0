// The two probes after the flood: sign-in attempts from one address against the per-IP limit, and one
// text sent twice with its form's key (one post) and then again without it (refused as the same text).
import { randomUUID } from "node:crypto";
import { rulesFor } from "./checks.mjs";
import { databaseNow, readPosts } from "./database.mjs";
import { sendForm } from "./http.mjs";

const SIGN_IN_ADDRESS = "203.0.113.77"; // TEST-NET-3: no real client has it
const OTHER_ADDRESS = "203.0.113.78";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GETs of the GitHub callback from one address (the last X-Forwarded-For entry, lib/limits/client-ip.ts): the
 * first `perMinute` go through to Auth.js (which refuses the made-up code), the rest answer 429 with
 * Retry-After; another address is not held back.
 */
export async function signInLimit({ origin, databaseUrl, perMinute }) {
  // The counter's windows are whole minutes of the database's clock: start well inside one.
  let now = await databaseNow(databaseUrl);
  if ((now / 1000) % 60 > 50) {
    await sleep(60_500 - (now % 60_000));
    now = await databaseNow(databaseUrl);
  }
  const get = async (address) => {
    const response = await fetch(`${origin}/api/auth/callback/github?code=x&state=y`, {
      headers: { "x-forwarded-for": address },
      redirect: "manual",
    });
    await response.arrayBuffer();
    return { status: response.status, retryAfter: response.headers.get("retry-after") };
  };
  const answers = [];
  for (let i = 0; i < perMinute + 4; i++) answers.push(await get(SIGN_IN_ADDRESS));
  const other = await get(OTHER_ADDRESS);
  const allowed = answers.slice(0, perMinute);
  const refused = answers.slice(perMinute);
  const at = new Date(now).toISOString().slice(11, 19);
  return {
    address: SIGN_IN_ADDRESS,
    answers,
    checks: [
      {
        name: `sign-in from one address: the first ${perMinute} callbacks in a minute go through (not 429, not 5xx)`,
        ok: allowed.every((a) => a.status !== 429 && a.status < 500),
        detail: `from ${at} UTC (database clock): ${answers.map((a) => a.status + (a.retryAfter ? ` (Retry-After ${a.retryAfter})` : "")).join(", ")}`,
      },
      {
        name: "past the limit, 429 with a Retry-After of at least 1 s",
        ok: refused.every((a) => a.status === 429 && Number(a.retryAfter) >= 1),
        detail: refused.map((a) => `${a.status}/${a.retryAfter}`).join(", "),
      },
      {
        name: "another address is not held back by it",
        ok: other.status !== 429 && other.status < 500,
        detail: String(other.status),
      },
    ],
  };
}

/**
 * One text sent twice at once with the same form key (a double click, a replay): two 303s to the same
 * page and one row; then the same text without a key: refused, still one row. Waits first until the
 * author's interval has passed, by the database's clock.
 */
export async function sendTwice({ origin, databaseUrl, limits, form, account, kind, values }) {
  const { intervalMs } = rulesFor(limits, account.age, kind);
  const rowsOf = async () => (await readPosts(databaseUrl, [account.id]))[kind === "reply" ? "replies" : "threads"];
  const latest = (await rowsOf()).at(-1);
  if (latest) {
    const wait = latest.created_at.getTime() + intervalMs + 250 - (await databaseNow(databaseUrl));
    if (wait > 0) await sleep(wait);
  }
  const key = randomUUID();
  const twice = await Promise.all(
    [0, 1].map(() => sendForm(form, { origin, token: account.token, values: { ...values, formKey: key } })),
  );
  const withKey = (await rowsOf()).filter((row) => row.body === values.body).length;
  const again = await sendForm(form, { origin, token: account.token, values });
  const rows = (await rowsOf()).filter((row) => row.body === values.body).length;
  const what = `${kind} form of ${account.key}`;
  return [
    {
      name: `the ${what} sent twice at once with one form key: two 303s to the same page, one row`,
      ok: twice.every((a) => a.status === 303) && twice[0].location === twice[1].location && withKey === 1,
      detail: `${twice.map((a) => `${a.status} ${a.location ?? a.message ?? ""}`).join(" and ")}; ${withKey} row(s)`,
    },
    {
      name: `the same text again without a key within ${limits.sameBodySeconds / 60} min: 200 "You posted exactly this", still one row`,
      ok: again.status === 200 && /You posted exactly this/.test(again.message ?? "") && rows === 1,
      detail: `${again.status} ${again.message ?? again.location ?? ""}; ${rows} row(s)`,
    },
  ];
}
