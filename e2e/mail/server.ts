// For the e2e suite: the mail server the app under test sends to (SMTP_URL), a real SMTP server on
// loopback (lib/test/smtp-sink.ts), and a small HTTP side on which a spec reads what arrived:
// `npx tsx e2e/mail/server.ts` with MAIL_SINK_SMTP_PORT and MAIL_SINK_HTTP_PORT.
// GET /messages?to=<address> answers [{ to, subject, text, html, listUnsubscribe }]; GET /health, ok.
import { createServer } from "node:http";
import { startSmtpSink } from "../../lib/test/smtp-sink";

const smtpPort = Number(process.env.MAIL_SINK_SMTP_PORT);
const httpPort = Number(process.env.MAIL_SINK_HTTP_PORT);
async function main() {
  const sink = await startSmtpSink(smtpPort);

  const http = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://sink");
    if (url.pathname === "/health") return void res.end("ok");
    if (url.pathname === "/messages") {
      const to = url.searchParams.get("to");
      const messages = sink.received
        .filter((mail) => !to || mail.envelopeTo.includes(to))
        .map((mail) => ({
          to: mail.envelopeTo,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          listUnsubscribe: mail.headerLines.find((h) => h.key === "list-unsubscribe")?.line.replace(/\r?\n\s+/g, " "),
        }));
      res.setHeader("content-type", "application/json");
      return void res.end(JSON.stringify(messages));
    }
    res.statusCode = 404;
    res.end();
  });
  http.listen(httpPort, "127.0.0.1");

  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      http.close();
      void sink.close().finally(() => process.exit(0));
    });
}

void main();
