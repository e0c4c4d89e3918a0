// The id that ties a request's log lines together: the reverse proxy's X-Request-Id when it sent one
// of a sane form (nginx's $request_id is 32 hex digits; a UUID or a tracing id fits too), otherwise
// one made here. Anything else in the header (too long, spaces, quotes, newlines) is replaced rather
// than copied into every line of the request.
export const REQUEST_ID_HEADER = "x-request-id";

const FORM = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,63}$/;

export function isRequestId(value: unknown): value is string {
  return typeof value === "string" && FORM.test(value);
}

/** The given id when it has the form of one, else a new one. */
export function requestIdFrom(given: string | null | undefined): string {
  return isRequestId(given) ? given : crypto.randomUUID();
}
