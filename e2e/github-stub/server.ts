/**
 * A stand-in GitHub Enterprise Server for end-to-end tests.
 *
 * Auth.js's GitHub provider with `enterprise: { baseUrl }` talks to
 *   {base}/login/oauth/authorize, {base}/login/oauth/access_token,
 *   {base}/api/v3/user and {base}/api/v3/user/emails,
 * so pointing GITHUB_BASE_URL at this server lets Playwright sign in as
 * made-up people without a network or real GitHub account.
 *
 * Plain node:http on purpose: no dependencies, starts in milliseconds.
 * Run directly: `npx tsx e2e/github-stub/server.ts`.
 */
import { createHash, randomBytes } from "node:crypto";
import { appendFileSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface TestPerson {
  login: string;
  id: number;
  name: string | null;
  /** Public email; null makes Auth.js fall back to /user/emails. */
  email: string | null;
}

export const TEST_PEOPLE: readonly TestPerson[] = [
  { login: "ada-test", id: 9100001, name: "Ada Example", email: "ada@example.test" },
  { login: "grace-test", id: 9100002, name: "Grace Example", email: "grace@example.test" },
  { login: "noemail-test", id: 9100003, name: null, email: null },
];

/** `port: 0` picks a free port. */
export interface GitHubStubOptions {
  port: number;
  clientId: string;
  clientSecret: string;
}
export interface GitHubStub {
  url: string;
  close(): Promise<void>;
}

interface PendingCode {
  login: string;
  redirectUri: string;
  codeChallenge: string | null;
  expiresAt: number;
}

// GitHub logins: alphanumerics and single hyphens, at most 39 characters.
const LOGIN_PATTERN = /^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}$/;
// GitHub authorization codes expire after ten minutes.
const CODE_TTL_MS = 10 * 60 * 1000;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const sha256 = (s: string) => createHash("sha256").update(s).digest();

/** Stable id for an ad-hoc login, kept clear of the TEST_PEOPLE range (91xxxxx). */
function idForLogin(login: string): number {
  return 20_000_000 + (sha256(login).readUInt32BE(0) % 900_000_000);
}

async function readBody(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 64 * 1024) throw new Error("body too large");
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!(req.headers["content-type"] ?? "").includes("application/json")) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  // Keep only string fields; malformed JSON reads as empty, so it fails validation with a 400, not a 500.
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* treated as empty */
  }
  const entries = parsed && typeof parsed === "object" ? Object.entries(parsed) : [];
  return Object.fromEntries(entries.filter((e): e is [string, string] => typeof e[1] === "string"));
}

/** Client credentials from HTTP Basic (Auth.js's default) or the body (client_secret_post). */
function clientCredentials(req: IncomingMessage, body: Record<string, string>) {
  const match = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  if (match) {
    // RFC 6749 §2.3.1: both parts are form-urlencoded before base64, so decode them.
    const decoded = Buffer.from(match[1], "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    const part = (s: string) => new URLSearchParams(`v=${s}`).get("v") ?? ""; // lenient form-decode
    if (colon >= 0) return { id: part(decoded.slice(0, colon)), secret: part(decoded.slice(colon + 1)) };
  }
  return { id: body.client_id, secret: body.client_secret };
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
  res.end(body);
}
const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value));

function authorizePage(params: URLSearchParams, people: Iterable<TestPerson>): string {
  // Each form re-posts the original query so the POST handler sees the same request.
  const hidden = [...params]
    .filter(([k]) => k !== "login")
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join("");
  const buttons = [...people]
    .map(
      (p) =>
        `<li><button type="submit" name="login" value="${escapeHtml(p.login)}">Sign in as ${escapeHtml(p.login)}</button></li>`,
    )
    .join("");
  // Two forms so pressing Enter in the text box submits the typed login, not the first person.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Authorize MLPaths</title></head>
<body><main><h1>Authorize MLPaths</h1>
<form method="post" action="/login/oauth/authorize">${hidden}<ul>${buttons}</ul></form>
<form method="post" action="/login/oauth/authorize">${hidden}
<label for="login">Login</label> <input id="login" name="login" type="text" required autocomplete="off">
<button type="submit">Sign in as typed login</button></form>
</main></body></html>`;
}

export function startGitHubStub({ port, clientId, clientSecret }: GitHubStubOptions): Promise<GitHubStub> {
  const people = new Map(TEST_PEOPLE.map((p) => [p.login, { ...p }]));
  const codes = new Map<string, PendingCode>();
  const tokens = new Map<string, string>(); // access token -> login
  const log = process.env.GITHUB_STUB_LOG === "1";
  // What the e2e log check must never find in the app's logs (e2e/logs/check.ts): each email and
  // access token handed out, one JSON line each, in the file GITHUB_STUB_RECORD names.
  const record = process.env.GITHUB_STUB_RECORD;
  if (record) {
    mkdirSync(path.dirname(record), { recursive: true });
    writeFileSync(record, "");
  }
  const handedOut = (kind: "email" | "access-token", value: string | null) => {
    if (record && value) appendFileSync(record, JSON.stringify({ kind, value }) + "\n");
  };
  let baseUrl = "";

  // Shape of GitHub's GET /user (the fields Auth.js and the app read); node_id mimics GitHub's legacy format.
  const userJson = ({ login, id, name, email }: TestPerson) => ({
    login,
    id,
    node_id: Buffer.from(`04:User${id}`).toString("base64"),
    avatar_url: `${baseUrl}/avatars/${encodeURIComponent(login)}.svg`,
    name,
    email,
    html_url: `${baseUrl}/${login}`,
    type: "User",
  });

  /** The signed-in person for `Authorization: Bearer|token <token>`, or null. */
  const personFromToken = (req: IncomingMessage) => {
    const m = /^(?:Bearer|token)\s+(\S+)$/i.exec(req.headers.authorization ?? "");
    const login = m ? tokens.get(m[1]) : undefined;
    return login ? (people.get(login) ?? null) : null;
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://stub.invalid");
    const route = `${req.method} ${url.pathname}`;

    if (route === "GET /health") return send(res, 200, "text/plain", "ok");

    if (route === "GET /login/oauth/authorize") {
      const q = url.searchParams;
      if (q.get("client_id") !== clientId) return send(res, 400, "text/html", "<h1>Unknown client_id</h1>");
      if (!q.get("redirect_uri")) return send(res, 400, "text/html", "<h1>Missing redirect_uri</h1>");
      const method = q.get("code_challenge_method");
      if (q.get("code_challenge") && method !== null && method !== "S256") {
        return send(res, 400, "text/html", "<h1>Only S256 code challenges are supported</h1>");
      }
      return send(res, 200, "text/html; charset=utf-8", authorizePage(q, people.values()));
    }

    if (route === "POST /login/oauth/authorize") {
      const form = await readBody(req);
      const login = (form.login ?? "").trim();
      let redirect: URL;
      try {
        redirect = new URL(form.redirect_uri ?? "");
      } catch {
        return send(res, 400, "text/plain", "invalid redirect_uri");
      }
      if (form.client_id !== clientId) return send(res, 400, "text/plain", "unknown client_id");
      if (!LOGIN_PATTERN.test(login)) return send(res, 400, "text/plain", "invalid login");
      if (!people.has(login)) {
        people.set(login, { login, id: idForLogin(login), name: login, email: `${login}@example.test` });
      }
      const code = randomBytes(10).toString("hex");
      const codeChallenge = form.code_challenge || null;
      codes.set(code, { login, redirectUri: form.redirect_uri, codeChallenge, expiresAt: Date.now() + CODE_TTL_MS });
      redirect.searchParams.set("code", code);
      if (form.state !== undefined) redirect.searchParams.set("state", form.state);
      return send(res, 302, "text/plain", "", { location: redirect.href });
    }

    if (route === "POST /login/oauth/access_token") {
      const body = await readBody(req);
      // 400 + error JSON: oauth4webapi turns that into a clean ResponseBodyError.
      const fail = (error: string, description: string) =>
        sendJson(res, 400, { error, error_description: description });
      const client = clientCredentials(req, body);
      if (client.id !== clientId || client.secret !== clientSecret) {
        return fail("incorrect_client_credentials", "The client_id and/or client_secret passed are incorrect.");
      }
      if (body.grant_type !== undefined && body.grant_type !== "authorization_code") {
        return fail("unsupported_grant_type", "Only authorization_code is supported.");
      }
      const pending = codes.get(body.code ?? "");
      // One-time use: burn the code on any attempt, so a failed try cannot be retried.
      codes.delete(body.code ?? "");
      if (!pending || pending.expiresAt < Date.now()) {
        return fail("bad_verification_code", "The code passed is incorrect or expired.");
      }
      if (body.redirect_uri !== undefined && body.redirect_uri !== pending.redirectUri) {
        return fail("redirect_uri_mismatch", "The redirect_uri does not match the one used to authorize.");
      }
      // PKCE (RFC 7636, S256): base64url(sha256(verifier)) must equal the stored challenge.
      const verifier = body.code_verifier ?? "";
      if (pending.codeChallenge !== null && sha256(verifier).toString("base64url") !== pending.codeChallenge) {
        return fail("bad_verification_code", "The code_verifier does not match the code_challenge.");
      }
      const token = `gho_${randomBytes(18).toString("hex")}`;
      tokens.set(token, pending.login);
      handedOut("access-token", token);
      return sendJson(res, 200, { access_token: token, token_type: "bearer", scope: "read:user,user:email" });
    }

    if (route === "GET /api/v3/user" || route === "GET /api/v3/user/emails") {
      const person = personFromToken(req);
      if (!person) return sendJson(res, 401, { message: "Bad credentials" });
      if (url.pathname.endsWith("/user")) {
        handedOut("email", person.email);
        return sendJson(res, 200, userJson(person));
      }
      // A person without a public email still has a (private) primary one, as on GitHub.
      const email = person.email ?? `${person.login}@users.noreply.example.test`;
      handedOut("email", email);
      const visibility = person.email ? "public" : "private";
      return sendJson(res, 200, [{ email, primary: true, verified: true, visibility }]);
    }

    const avatar = /^\/avatars\/([^/]+)\.svg$/.exec(url.pathname);
    if (req.method === "GET" && avatar) {
      const initial = escapeHtml(decodeURIComponent(avatar[1]).charAt(0).toUpperCase() || "?");
      return send(
        res,
        200,
        "image/svg+xml",
        `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
          `<rect width="64" height="64" fill="#6e40c9"/><text x="32" y="42" font-size="30" ` +
          `font-family="sans-serif" text-anchor="middle" fill="#fff">${initial}</text></svg>`,
      );
    }

    return send(res, 404, "text/plain", "not found");
  }

  const server = createServer((req, res) => {
    if (log) res.on("finish", () => console.log(`${req.method} ${req.url} -> ${res.statusCode}`));
    handle(req, res).catch((err: unknown) => {
      console.error("github stub error:", err);
      if (res.headersSent) res.end();
      else send(res, 500, "text/plain", "internal error");
    });
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({
        url: baseUrl,
        close: () =>
          new Promise<void>((done, fail) => {
            // Drop keep-alive sockets (e.g. from fetch) so close() doesn't hang.
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** True when this file is the entry point (ESM under tsx has no require.main). */
function isMain(): boolean {
  try {
    // realpath: import.meta.url is the resolved path, argv[1] may be relative or a symlink.
    return !!process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isMain()) {
  startGitHubStub({
    port: Number(process.env.GITHUB_STUB_PORT ?? 4010),
    clientId: process.env.AUTH_GITHUB_ID ?? "e2e-client-id",
    clientSecret: process.env.AUTH_GITHUB_SECRET ?? "e2e-client-secret",
  }).then(
    (stub) => console.log(`github stub listening on ${stub.url}`),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
