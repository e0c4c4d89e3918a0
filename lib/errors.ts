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
