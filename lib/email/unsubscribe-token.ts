// The one-click unsubscribe link's token (RFC 8058): the member and the kind of email it turns off,
// signed with AUTH_SECRET, so it needs no sign-in and cannot be made for another member or kind. It
// carries the member's id, never their address.
import { createHmac, timingSafeEqual } from "node:crypto";
import { EMAIL_KINDS, type EmailKind } from "./kinds";

const PURPOSE = "mlpaths-unsubscribe-v1";

function signature(secret: string, payload: string): Buffer {
  return createHmac("sha256", secret).update(`${PURPOSE}\n${payload}`).digest();
}

function secretOf(secret: string | undefined): string {
  if (!secret) throw new Error("AUTH_SECRET is needed to sign unsubscribe links");
  return secret;
}

/** `<base64url of "userId:kind">.<base64url HMAC>` */
export function unsubscribeToken(userId: string, kind: EmailKind, secret = process.env.AUTH_SECRET): string {
  const payload = `${userId}:${kind}`;
  return `${Buffer.from(payload).toString("base64url")}.${signature(secretOf(secret), payload).toString("base64url")}`;
}

/** The member and kind a token names, or null for anything not signed by this site. */
export function readUnsubscribeToken(
  token: string,
  secret = process.env.AUTH_SECRET,
): { userId: string; kind: EmailKind } | null {
  if (!secret || token.length > 400) return null;
  const [encoded, signed, ...rest] = token.split(".");
  if (!encoded || !signed || rest.length > 0) return null;
  const payload = Buffer.from(encoded, "base64url").toString("utf8");
  const given = Buffer.from(signed, "base64url");
  const expected = signature(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const colon = payload.lastIndexOf(":");
  const userId = payload.slice(0, colon);
  const kind = payload.slice(colon + 1);
  if (colon <= 0 || !(EMAIL_KINDS as readonly string[]).includes(kind)) return null;
  return { userId, kind: kind as EmailKind };
}

/** Where the link goes: GET shows a button (mail scanners follow links), POST turns the kind off. */
export function unsubscribePath(token: string): string {
  return `/email/unsubscribe/${token}`;
}
