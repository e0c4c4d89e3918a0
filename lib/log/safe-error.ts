// An error as a log line carries it: its type, message, code and stack, and its cause, and nothing
// else. pino's own serializer copies every enumerable property, and database errors carry the
// statement's values in theirs (PostgreSQL's `detail`: "Key (email)=(…) already exists"; drizzle's
// `params`), and drizzle puts them in its message too ("Failed query: … params: …"), so a failed
// insert would log the post or the email it was writing.
import { inspect } from "node:util";

export type LoggedError = {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: LoggedError;
};

const PARAMS = /\nparams: [\s\S]*/;

/** A text with the values of a failed statement cut off (drizzle's "\nparams: …"). */
export function withoutValues(text: string): string {
  return text.replace(PARAMS, "\nparams: [not logged]");
}

/**
 * "Type: message" and the stack's frames. In a Next server the frames point into its bundles; Next
 * maps them back to the source files when an error is inspected (as its own error print does), so
 * the frames are taken from inspecting a copy that carries only the message and the stack.
 */
function readableStack(error: Error, type: string, message: string): string {
  const stack = error.stack!.includes(error.message)
    ? error.stack!.replace(error.message, message)
    : withoutValues(error.stack!);
  const copy = new Error(message);
  copy.stack = stack;
  let frames: string[];
  try {
    frames = inspect(copy, { colors: false, depth: 0 })
      .split("\n")
      .filter((line) => /^\s+at /.test(line));
  } catch {
    frames = [];
  }
  if (frames.length === 0) frames = stack.split("\n").filter((line) => /^\s+at /.test(line));
  return [`${type}: ${message}`, ...frames].join("\n");
}

export function serializeError(error: unknown, depth = 0): LoggedError | unknown {
  if (!(error instanceof Error)) {
    return typeof error === "object" && error !== null ? { type: "non-error", message: "[not logged]" } : error;
  }
  const message = withoutValues(error.message);
  const code = (error as { code?: unknown }).code;
  // Auth.js names its errors in `type` ("AdapterError"): their class names do not survive minifying.
  const authType = (error as { type?: unknown }).type;
  const type = typeof authType === "string" && /Error$/.test(authType) ? authType : error.name || "Error";
  const logged: LoggedError = { type, message };
  if (typeof code === "string" || typeof code === "number") logged.code = String(code);
  if (error.stack) logged.stack = readableStack(error, logged.type, message);
  if (error.cause !== undefined && depth < 3) {
    const cause = serializeError(error.cause, depth + 1);
    if (cause !== undefined) logged.cause = cause as LoggedError;
  }
  return logged;
}
