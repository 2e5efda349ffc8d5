/**
 * The API's error, on both sides of the wire: the server throws it and renders `{error: {code, message,
 * details}}`; the client rebuilds it from that body. `code` doubles as the i18n key `errors.<code>`.
 */
export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 on the client when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
