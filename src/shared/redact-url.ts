/**
 * Feed addresses can carry secrets (`https://user:pass@wire.example/feed?apikey=…`). They are stored as given, to
 * be fetched, but never sent to a browser, written to a log or put in an event: everything else sees the
 * address with its credentials and secret-looking parameters replaced by REDACTED.
 */

export const REDACTED = '***';

const SECRET_PARAM =
  /^(?:api[-_]?key|apikey|key|token|access[-_]?token|auth|authorization|secret|client[-_]?secret|password|passwd|pwd|pass|sig|signature|session|sid|hash|code)$/i;

/** The address with user, password and secret-looking query values redacted. */
export function redactUrl(address: string): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    // Not a URL we can parse: take out what looks like credentials before an @, and secret-looking parameters.
    return address
      .replace(/\/\/[^/@\s]*@/g, `//${REDACTED}@`)
      .replace(/([?&;])([^=&#\s]+)=[^&#\s]*/g, (whole, separator: string, name: string) =>
        SECRET_PARAM.test(name) ? `${separator}${name}=${REDACTED}` : whole,
      );
  }
  if (url.username) url.username = REDACTED;
  if (url.password) url.password = REDACTED;
  for (const name of new Set(url.searchParams.keys()))
    if (SECRET_PARAM.test(name)) url.searchParams.set(name, REDACTED);
  return url.href.replaceAll('%2A%2A%2A', REDACTED);
}

/** Every URL inside a text (an error message, say) redacted. */
export function redactUrlsIn(text: string): string {
  // A sentence's closing punctuation is not part of the address.
  return text.replace(/\bhttps?:\/\/[^\s"'<>]*[^\s"'<>.,;:)\]]/gi, (match) => redactUrl(match));
}
