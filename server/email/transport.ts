// Where emails go (lib/email/config.ts emailDelivery): Nodemailer over SMTP, or, on the embedded
// database without SMTP_URL, an .eml file per email under .data/mail/ that any mail reader opens.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { EmailDelivery } from "@/lib/email/config";
import type { Composed } from "./compose";

export type Transport = {
  /** Resolves once the mail server accepted the email (or the file is written); rejects otherwise. */
  send(message: Composed, from: string): Promise<void>;
  close(): void;
};

const fields = (message: Composed, from: string) => ({
  from,
  to: message.to,
  subject: message.subject,
  text: message.text,
  html: message.html,
  headers: message.headers,
  messageId: message.messageId,
});

export function createTransport(delivery: Exclude<EmailDelivery, { kind: "off" }>): Transport {
  if (delivery.kind === "smtp") {
    // A few connections kept open: a burst of emails does not open one connection each. `url` is
    // read by Nodemailer's SMTP pool (smtp-pool/index.js, parseConnectionUrl), user and password included.
    const pooled = nodemailer.createTransport({
      url: delivery.url,
      pool: true,
      maxConnections: 2,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    return {
      async send(message, from) {
        const info = await pooled.sendMail(fields(message, from));
        if (info.rejected.length > 0) throw new Error(`the mail server refused the recipient: ${info.response}`);
      },
      close: () => pooled.close(),
    };
  }
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(message, from) {
      const info = await files.sendMail(fields(message, from));
      await mkdir(delivery.dir, { recursive: true, mode: 0o700 });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${message.messageId.replace(/[^\w-]/g, "")}.eml`;
      await writeFile(path.join(delivery.dir, name), info.message as Buffer, { mode: 0o600 });
    },
    close: () => files.close(),
  };
}
