// Expected failures that mutations raise and actions turn into a 404 or a message on the form.
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends Error {
  constructor(message = "You can only change your own posts.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** A limit on how fast a member may write (lib/limits/rate-limits.ts); says when they may try again. */
export class RateLimitedError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = "RateLimitedError";
  }
}
