// The email settings page's reads and write: a member's choices (defaults until they save), kept apart
// from the one-click unsubscribe's, and their address shown masked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setEmailChoices, turnOffEmail } from "./mutations/email-settings";
import { emailChoices, maskedAddress } from "./queries/email-settings";
import { useFreshDatabase } from "./test/database";
import { aMember } from "./test/factories";

let done: () => Promise<void>;
beforeAll(async () => {
  done = await useFreshDatabase();
});
afterAll(() => done());

describe("email settings", () => {
  it("a member who never saved has the defaults; saving keeps exactly what was chosen", async () => {
    const { id } = await aMember({ login: "settings-saver", email: "saver@example.test" });
    expect(await emailChoices(id)).toEqual({ replies: true, following: false, digest: false });
    await setEmailChoices(id, { replies: false, following: true });
    expect(await emailChoices(id)).toEqual({ replies: false, following: true, digest: false });
    await setEmailChoices(id, { replies: true, following: false });
    expect(await emailChoices(id)).toEqual({ replies: true, following: false, digest: false });
  });

  it("saving the page leaves the digest as the unsubscribe link left it, and one member's choices are theirs only", async () => {
    const { id } = await aMember({ login: "settings-digest" });
    const other = await aMember({ login: "settings-other" });
    await turnOffEmail(id, "replies");
    await setEmailChoices(id, { replies: true, following: true });
    expect(await emailChoices(id)).toEqual({ replies: true, following: true, digest: false });
    expect(await emailChoices(other.id)).toEqual({ replies: true, following: false, digest: false });
  });

  it("shows the address masked, and nothing without one", async () => {
    const { id } = await aMember({ login: "settings-masked", email: "grace.hopper@example.test" });
    expect(await maskedAddress(id)).toBe("g•••@example.test");
    const none = await aMember({ login: "settings-no-address", email: null });
    expect(await maskedAddress(none.id)).toBeNull();
    expect(await maskedAddress("no-such-member")).toBeNull();
  });
});
