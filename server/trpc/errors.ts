/** A tRPC error cause that forms show next to one field (the message is a translation key). */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "FieldError";
  }
}

/** Carried as a rate-limit error's cause so the login page can say how long to wait. */
export class RetryAfter extends Error {
  constructor(readonly seconds: number) {
    super(`retry after ${seconds}s`);
    this.name = "RetryAfter";
  }
}
