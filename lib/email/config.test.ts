// The email settings: how emails leave without and with SMTP_URL, and what `npm start` refuses.
import { describe, expect, it } from "vitest";
import { emailConfigurationProblems, emailDelaySeconds, emailDelivery, emailFrom, withoutAddresses } from "./config";

describe("email settings", () => {
  it("send over SMTP with SMTP_URL; without it, write files on the embedded database and send nothing on a real one", () => {
    expect(emailDelivery({ SMTP_URL: "smtp://u:p@mail.test:587" })).toEqual({
      kind: "smtp",
      url: "smtp://u:p@mail.test:587",
    });
    expect(emailDelivery({})).toEqual({ kind: "files", dir: ".data/mail" });
    expect(emailDelivery({ DATABASE_URL: "postgres://db/x" })).toEqual({ kind: "off" });
  });

  it("wait 600 seconds unless EMAIL_DELAY_SECONDS says otherwise", () => {
    expect(emailDelaySeconds({})).toBe(600);
    expect(emailDelaySeconds({ EMAIL_DELAY_SECONDS: "0.5" })).toBe(0.5);
    expect(emailDelaySeconds({ EMAIL_DELAY_SECONDS: "soon" })).toBe(600);
  });

  it("come from EMAIL_FROM, or noreply at the site's host", () => {
    expect(emailFrom({ EMAIL_FROM: "Forum <f@x.test>" })).toBe("Forum <f@x.test>");
    expect(emailFrom({ AUTH_URL: "https://mlpaths.example/" })).toBe("MLPaths <noreply@mlpaths.example>");
  });

  it("refuse a malformed SMTP_URL, EMAIL_FROM or EMAIL_DELAY_SECONDS with a clear message", () => {
    expect(
      emailConfigurationProblems({ SMTP_URL: "smtp://user:pass@mail.example.com:587", EMAIL_FROM: "a@b.c" }),
    ).toEqual([]);
    expect(emailConfigurationProblems({ SMTP_URL: "smtps://mail.example.com" })).toEqual([]);
    for (const bad of ["mail.example.com:587", "http://mail.example.com", "smtp://", "smtp://host:port"])
      expect(emailConfigurationProblems({ SMTP_URL: bad })[0]).toMatch(
        /^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/,
      );
    expect(emailConfigurationProblems({ EMAIL_FROM: "MLPaths" })[0]).toMatch(/^EMAIL_FROM must be an address/);
    expect(emailConfigurationProblems({ EMAIL_DELAY_SECONDS: "-1" })[0]).toMatch(/^EMAIL_DELAY_SECONDS must be/);
  });

  it("take addresses out of a mail server's reply before it is kept or logged", () => {
    expect(withoutAddresses("550 5.1.1 <ada@example.test>: Recipient address rejected")).toBe(
      "550 5.1.1 <[address]>: Recipient address rejected",
    );
  });
});
