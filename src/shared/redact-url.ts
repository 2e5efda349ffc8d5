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
  // In the query as written: through URLSearchParams every other parameter would be spelled anew (%20 as +,
  // ~ as %7E), a repeated one would be folded into one, and an address edited from this one would be saved so.
  url.search = url.search.replace(PARAM, (whole, separator: string, name: string) =>
    SECRET_PARAM.test(decodedName(name)) ? `${separator}${name}=${REDACTED}` : whole,
  );
  return url.href.replaceAll('%2A%2A%2A', REDACTED);
}

/** One parameter of a query as written: its separator, its name and its value, spelled as they are. */
const PARAM = /([?&;])([^=&;#]+)=([^&;#]*)/g;

/** A parameter's name as a server reads it (api%5Fkey is api_key). */
function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replaceAll('+', ' '));
  } catch {
    return name;
  }
}

/** Every URL inside a text (an error message, say) redacted. */
export function redactUrlsIn(text: string): string {
  // A sentence's closing punctuation is not part of the address.
  return text.replace(/\bhttps?:\/\/[^\s"'<>]*[^\s"'<>.,;:)\]]/gi, (match) => redactUrl(match));
}

/**
 * An address edited from its redacted form (the feeds page shows no secrets): each REDACTED part that the
 * stored address has a secret for (its user, its password, a secret-looking parameter of the same name, the
 * n-th for the n-th when repeated) takes the stored value back, so that fixing a path never turns the secrets
 * into "***". Only on the same origin (scheme, host and port): a secret goes to the server it was given for,
 * never to one typed in its place. Null when a REDACTED part cannot be put back, or the address cannot be
 * read: the secret must be typed again.
 */
export function restoreRedacted(address: string, stored: string): string | null {
  if (!address.includes(REDACTED)) return address;
  let url: URL;
  let old: URL;
  try {
    url = new URL(address);
    old = new URL(stored);
  } catch {
    return null;
  }
  if (url.origin !== old.origin) return null;
  for (const part of ['username', 'password'] as const) {
    if (url[part] !== REDACTED) continue;
    if (!old[part]) return null;
    url[part] = old[part];
  }
  // Parameters as written (not re-encoded through URLSearchParams, which would change the others' spelling).
  const storedValues = new Map<string, string[]>();
  for (const [, , name, value] of old.search.matchAll(PARAM))
    storedValues.set(name!, [...(storedValues.get(name!) ?? []), value!]);
  let missing = false;
  url.search = url.search.replace(PARAM, (whole, separator: string, name: string, value: string) => {
    if (value !== REDACTED || !SECRET_PARAM.test(decodedName(name))) return whole;
    const kept = storedValues.get(name)?.shift();
    if (kept === undefined || kept === REDACTED) {
      missing = true;
      return whole;
    }
    return `${separator}${name}=${kept}`;
  });
  return missing ? null : url.href;
}
