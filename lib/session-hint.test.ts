import { describe, expect, it } from "vitest";
import { SESSION_HINT_COOKIE, hasSessionHint, withSessionHint } from "./session-hint";

function responseSetting(...cookies: string[]): Response {
  const headers = new Headers();
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(null, { status: 302, headers });
}

const hintOf = (response: Response) =>
  response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_HINT_COOKIE}=`));

describe("the signed-in hint", () => {
  it("follows a session cookie that is set, with its expiry and Secure flag", () => {
    const expires = new Date(Date.now() + 86_400_000).toUTCString();
    const hint = hintOf(
      withSessionHint(
        responseSetting(
          `__Secure-authjs.session-token=abc; Path=/; Expires=${expires}; HttpOnly; Secure; SameSite=Lax`,
        ),
      ),
    );
    expect(hint).toBe(`${SESSION_HINT_COOKIE}=1; Path=/; Expires=${expires}; SameSite=Lax; Secure`);
    expect(hint).not.toMatch(/HttpOnly/);
  });

  it("is cleared with the session cookie", () => {
    for (const cleared of [
      "authjs.session-token=; Path=/; Max-Age=0",
      "authjs.session-token=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
    ]) {
      expect(hintOf(withSessionHint(responseSetting(cleared)))).toBe(
        `${SESSION_HINT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`,
      );
    }
  });

  it("leaves responses that do not touch the session alone", () => {
    const response = responseSetting("authjs.csrf-token=x; Path=/", "authjs.callback-url=y; Path=/");
    expect(withSessionHint(response)).toBe(response);
  });

  it("is read from document.cookie", () => {
    expect(hasSessionHint(`a=1; ${SESSION_HINT_COOKIE}=1; b=2`)).toBe(true);
    expect(hasSessionHint(`${SESSION_HINT_COOKIE}=`)).toBe(false);
    expect(hasSessionHint("")).toBe(false);
  });
});
