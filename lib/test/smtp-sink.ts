// For tests: a real SMTP server on loopback (smtp-server) that keeps what it receives, parsed by
// mailparser, and can refuse chosen recipients the way a mail server refuses an unknown mailbox.
import { type AddressObject, type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type Received = ParsedMail & { envelopeTo: string[] };

export type SmtpSink = {
  url: string;
  port: number;
  received: Received[];
  /** Recipients answered with 550 at RCPT TO. */
  refuse: Set<string>;
  close(): Promise<void>;
};

/** Starts a sink on 127.0.0.1 (`port` 0: any free port). Any user name and password are accepted. */
export async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const received: Received[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (_auth, _session, done) => done(null, { user: "test" }),
    onRcptTo(address, _session, done) {
      if (refuse.has(address.address.toLowerCase())) {
        const error = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected`), {
          responseCode: 550,
        });
        return done(error);
      }
      done();
    },
    onData(stream, session, done) {
      simpleParser(stream)
        .then((mail) => {
          received.push(Object.assign(mail, { envelopeTo: session.envelope.rcptTo.map((r) => r.address) }));
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return {
    url: `smtp://user:pass@127.0.0.1:${actual}`,
    port: actual,
    received,
    refuse,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The addresses of a parsed header such as `to`. */
export function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? ""));
}
