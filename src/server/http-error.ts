/** An error that maps to an HTTP status and a one-line message shown to the client. */
export class HttpError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500, message: string) {
    super(message);
    this.name = "HttpError";
  }
}

/** The value, or a 404 naming what was missing. */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new HttpError(404, `${what} not found`);
  return value;
}
