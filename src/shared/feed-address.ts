/**
 * When two feed addresses are the same feed: as the URL standard reads them (scheme and host in lower case, the
 * default port and `./` dropped, an IPv4 address in any notation written as dotted decimal), less the fragment,
 * which no server sees. `HTTP://127.0.0.1:80/./ok.xml#x` is `http://127.0.0.1/ok.xml`.
 */
export function sameFeedAddress(address: string): string {
  try {
    const url = new URL(address);
    url.hash = '';
    return url.href;
  } catch {
    return address;
  }
}
