import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';

/**
 * Bytes → text, before any parsing. The order of evidence is:
 *
 * 1. a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE): authoritative, as in RFC 7303 §3 and WHATWG;
 * 2. the HTTP `charset` parameter of the Content-Type (RFC 7303: it overrides the XML declaration);
 * 3. XML's own autodetection of a BOM-less UTF-16/32 `<?xml` (XML 1.0 appendix F), then the XML declaration's
 *    `encoding` (JSON has no declaration: RFC 8259 says UTF-8);
 * 4. UTF-8.
 *
 * Deviations from feedparser's corpus, on purpose:
 * - RFC 3023's rule that `text/xml` without charset means us-ascii is not followed. RFC 7303 obsoleted it, and in
 *   practice such feeds are UTF-8 or carry a declaration; decoding them as ASCII only destroys Arabic text.
 * - Bytes that claim (or default to) UTF-8 but are not valid UTF-8: if the document is mostly valid multi-byte
 *   UTF-8 with a few bad bytes, the bad bytes become U+FFFD and the rest survives. If it has (almost) no valid
 *   multi-byte sequences, it is a legacy single-byte document that forgot to say so: windows-1256 when the
 *   high bytes come in runs that look like Arabic words, otherwise windows-1252 (the web's default, which also
 *   repairs "smart quotes" sent as C1 bytes). A BOM is never second-guessed.
 * - Labels are decoded the WHATWG way where that is a superset: iso-8859-1 and us-ascii are decoded as
 *   windows-1252, gb2312/gbk as gb18030 (as feedparser does). The reported `encoding` is the label we acted on.
 * - No statistical detection of CJK legacy encodings (feedparser uses chardet): undeclared Big5/Shift_JIS come
 *   out as windows-1252 mojibake. Arabic is the case we care about and is handled above.
 */

export interface DecodedText {
  text: string;
  /** The encoding actually used, lower-case (`utf-8`, `utf-16le`, `windows-1256`, …). */
  encoding: string;
}

/** Decode feed bytes to text using BOM, HTTP charset, XML declaration, then UTF-8 (see module comment). */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeWith(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding };

  const headerLabel = charsetFromContentType(contentType);
  const header = headerLabel ? canonicalEncoding(headerLabel) : null;
  const wide = sniffWideXml(bytes);
  if (header && !(wide && !isWide(header))) {
    // A header that names a single-byte charset for a document that is visibly UTF-16/32 is wrong, and a header
    // that says UTF-16 without naming the byte order defers to what the bytes show; otherwise the header wins.
    if (wide && isWide(header)) return { text: stripBom(decodeWith(wide, bytes)), encoding: wide };
    return decodeChecked(bytes, header, declaredEncoding(bytes));
  }
  if (wide) return { text: stripBom(decodeWith(wide, bytes)), encoding: wide };

  const declared = declaredEncoding(bytes);
  if (declared && !isWide(declared)) return decodeChecked(bytes, declared, null);
  // A declaration of UTF-16 on bytes that are evidently ASCII-compatible is a lie (there is no BOM and no NULs):
  // fall through to UTF-8.
  return decodeChecked(bytes, 'utf-8', null);
}

/** The `charset` parameter of a Content-Type header value, tolerant of spaces and quotes; null when absent. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*["']?([^;"'\s]+)/i.exec(contentType);
  return match?.[1] ?? null;
}

interface Bom {
  encoding: string;
  length: number;
}

function sniffBom(b: Uint8Array): Bom | null {
  // UTF-32 LE must be tested before UTF-16 LE: its BOM starts with the same two bytes.
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { encoding: 'utf-32le', length: 4 };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** XML 1.0 appendix F: `<` or `<?` in a wide encoding without a BOM. */
function sniffWideXml(b: Uint8Array): string | null {
  if (b.length < 4) return null;
  if (b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] === 0x3c) return 'utf-32be';
  if (b[0] === 0x3c && b[1] === 0 && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return 'utf-16be';
  if (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return 'utf-16le';
  // JSON in UTF-16 without BOM (RFC 4627 §3's detection): the first character is ASCII.
  if (b[0] === 0 && b[1] !== 0 && b[2] === 0 && b[3] !== 0 && (b[1] === 0x7b || b[1] === 0x5b))
    return 'utf-16be';
  if (b[0] !== 0 && b[1] === 0 && b[2] !== 0 && b[3] === 0 && (b[0] === 0x7b || b[0] === 0x5b))
    return 'utf-16le';
  return null;
}

function isWide(encoding: string): boolean {
  return /^utf-(16|32)/.test(encoding);
}

/** The `encoding` of an ASCII-compatible XML declaration at the very start, if iconv knows it. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 512));
  const match = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/.exec(head);
  return match?.[1] ? canonicalEncoding(match[1]) : null;
}

/**
 * A label as we act on it: lower-case, known to iconv-lite, and mapped to its superset where the superset is what
 * publishers really mean. Null for labels nobody knows (those fall through to the next piece of evidence).
 */
export function canonicalEncoding(label: string): string | null {
  const lower = label.trim().toLowerCase();
  const aliases: Record<string, string> = {
    utf8: 'utf-8',
    'utf-16': 'utf-16le',
    utf16: 'utf-16le',
    'utf-32': 'utf-32le',
    utf32: 'utf-32le',
    gb2312: 'gb18030',
    gbk: 'gb18030',
    'x-gbk': 'gb18030',
    'iso-8859-6-i': 'iso-8859-6',
    'iso-8859-6-e': 'iso-8859-6',
    cp1256: 'windows-1256',
    'x-mac-arabic': 'macarabic',
  };
  const name = aliases[lower] ?? lower;
  try {
    return iconv.encodingExists(name) ? name : null;
  } catch {
    return null;
  }
}

/** The decoder we use for a label: WHATWG supersets where those are what publishers actually send. */
function decoderFor(encoding: string): string {
  if (encoding === 'us-ascii' || encoding === 'ascii' || encoding === 'iso-8859-1' || encoding === 'latin1') {
    return 'windows-1252';
  }
  return encoding;
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  const name = decoderFor(encoding);
  if (name === 'utf-8') return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  return iconv.decode(bytes, name, { stripBOM: false });
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Decode with `encoding`; when that is UTF-8 and the bytes are not, decide between "mostly UTF-8 with noise"
 * (replacement characters) and "a legacy document": the declared fallback, else windows-1256/1252 by sniffing.
 */
function decodeChecked(bytes: Uint8Array, encoding: string, fallback: string | null): DecodedText {
  if (encoding !== 'utf-8') return { text: stripBom(decodeWith(encoding, bytes)), encoding };
  // Valid UTF-8 (nearly every feed) is known natively at memory speed; the count below is for the rest.
  if (isUtf8(bytes)) return { text: stripBom(decodeWith('utf-8', bytes)), encoding: 'utf-8' };
  const stats = utf8Stats(bytes);
  if (stats.validMultibyte >= stats.invalid) {
    return { text: stripBom(decodeWith('utf-8', bytes)), encoding: 'utf-8' };
  }
  const legacy = fallback && fallback !== 'utf-8' && !isWide(fallback) ? fallback : sniffLegacy(bytes);
  return { text: stripBom(decodeWith(legacy, bytes)), encoding: legacy };
}

/** Count valid multi-byte UTF-8 sequences and invalid bytes in one pass. */
function utf8Stats(b: Uint8Array): { validMultibyte: number; invalid: number } {
  let validMultibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      invalid++;
      i++;
      continue;
    }
    let cp = c & (0x3f >> need);
    let ok = i + need < b.length;
    for (let k = 1; ok && k <= need; k++) {
      const cc = b[i + k]!;
      if ((cc & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (cc & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      validMultibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { validMultibyte, invalid };
}

/**
 * windows-1256 or windows-1252 for undeclared legacy bytes. Arabic words are runs of high bytes; Western text has
 * isolated accented letters between ASCII ones. Runs of three or more high bytes carrying most of the high bytes
 * mean Arabic.
 */
function sniffLegacy(b: Uint8Array): string {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  const flush = (): void => {
    if (run >= 3) inRuns += run;
    run = 0;
  };
  for (const c of b) {
    if (c >= 0xc0) {
      high++;
      run++;
    } else {
      flush();
      if (c >= 0x80) high++;
    }
  }
  flush();
  return high > 0 && inRuns / high > 0.6 ? 'windows-1256' : 'windows-1252';
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const c of bytes) s += String.fromCharCode(c);
  return s;
}
