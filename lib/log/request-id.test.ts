import { describe, expect, it } from "vitest";
import { isRequestId, requestIdFrom } from "./request-id";

describe("request ids", () => {
  it("keeps an id of a sane form from the reverse proxy", () => {
    for (const id of ["0123456789abcdef0123456789abcdef", crypto.randomUUID(), "req_01HX.trace:span-7"]) {
      expect(isRequestId(id)).toBe(true);
      expect(requestIdFrom(id)).toBe(id);
    }
  });

  it("replaces a missing, short, long or strange one with a new UUID", () => {
    const strange = [
      null,
      undefined,
      "",
      "short",
      "x".repeat(65),
      "has space inside",
      'quote"d-123456',
      "line\nbreak-1234",
      "-leading-dash",
    ];
    for (const given of strange) {
      expect(isRequestId(given)).toBe(false);
      const made = requestIdFrom(given);
      expect(made).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
    expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
  });
});
