import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeFeedBytes } from './decode.ts';
import { readFeed } from './index.ts';

const ARABIC_TITLE = 'العراق يطالب إيران بتسهيل مرور الغاز من تركمانستان';
const ARABIC_BODY = 'أعربت منظمة معاهدة الأمن الجماعي عن قلقها بسبب تصاعد التوتر على الحدود';

function rss(encodingDecl: string | null): string {
  const decl = encodingDecl ? `<?xml version="1.0" encoding="${encodingDecl}"?>` : '<?xml version="1.0"?>';
  return `${decl}\n<rss version="2.0"><channel><title>${ARABIC_TITLE}</title><language>ar</language>
<item><title>${ARABIC_TITLE}</title><description>${ARABIC_BODY}</description></item></channel></rss>`;
}

const bytes = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding));

describe('decodeFeedBytes', () => {
  it('decodes a windows-1256 feed declared in its XML declaration into correct Arabic', () => {
    const input = bytes(rss('windows-1256'), 'windows-1256');
    expect(decodeFeedBytes(input).encoding).toBe('windows-1256');
    const feed = readFeed(input);
    expect(feed.title).toBe(ARABIC_TITLE);
    expect(feed.items[0]!.summary).toBe(ARABIC_BODY);
    expect(feed.language).toBe('ar');
  });

  it('decodes an ISO-8859-6 feed into correct Arabic', () => {
    // ISO-8859-6 has no hamza-on-alif-below form of every letter windows-1256 has; use text it can encode.
    const title = 'منظمة معاهدة الأمن الجماعي';
    const text = `<?xml version="1.0" encoding="ISO-8859-6"?><rss version="2.0"><channel><item><title>${title}</title></item></channel></rss>`;
    const input = bytes(text, 'iso-8859-6');
    expect(decodeFeedBytes(input).encoding).toBe('iso-8859-6');
    expect(readFeed(input).items[0]!.title).toBe(title);
  });

  it('lets the HTTP charset override the XML declaration', () => {
    const input = bytes(rss('utf-8'), 'windows-1256');
    const decoded = decodeFeedBytes(input, 'application/rss+xml; charset=windows-1256');
    expect(decoded.encoding).toBe('windows-1256');
    expect(readFeed(input, { contentType: 'text/xml; charset="windows-1256"' }).title).toBe(ARABIC_TITLE);
  });

  it('falls back to the declared encoding when a UTF-8 header is contradicted by the bytes', () => {
    // A common Arabic-site misconfiguration: the server says UTF-8, the document (correctly) says windows-1256.
    const input = bytes(rss('windows-1256'), 'windows-1256');
    const decoded = decodeFeedBytes(input, 'text/xml; charset=utf-8');
    expect(decoded.encoding).toBe('windows-1256');
    expect(decoded.text).toContain(ARABIC_TITLE);
  });

  it('sniffs undeclared windows-1256 and undeclared windows-1252', () => {
    expect(decodeFeedBytes(bytes(rss(null), 'windows-1256'))).toMatchObject({ encoding: 'windows-1256' });
    const french =
      '<?xml version="1.0"?><rss><channel><title>Élysée : déclaration du président</title></channel></rss>';
    const decoded = decodeFeedBytes(bytes(french, 'windows-1252'));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Élysée : déclaration');
  });

  it('keeps mostly-valid UTF-8 as UTF-8, replacing only the broken bytes', () => {
    const good = Buffer.from(rss(null), 'utf8');
    const broken = new Uint8Array([...good.subarray(0, 120), 0xff, ...good.subarray(120)]);
    const decoded = decodeFeedBytes(broken);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toContain('\ufffd');
    expect(decoded.text).toContain(ARABIC_BODY);
  });

  it('honours byte order marks before anything else', () => {
    const text = rss('utf-16');
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(text, 'utf-16be')]);
    expect(decodeFeedBytes(le, 'text/xml; charset=windows-1256')).toMatchObject({ encoding: 'utf-16le' });
    expect(readFeed(le).title).toBe(ARABIC_TITLE);
    expect(readFeed(be).title).toBe(ARABIC_TITLE);
    const utf8bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(rss('windows-1256'))]);
    expect(decodeFeedBytes(utf8bom, 'text/xml; charset=iso-8859-6')).toMatchObject({ encoding: 'utf-8' });
    expect(readFeed(utf8bom).title).toBe(ARABIC_TITLE);
    const utf32 = new Uint8Array([0xff, 0xfe, 0, 0, ...iconv.encode(rss(null), 'utf-32le')]);
    expect(readFeed(utf32).title).toBe(ARABIC_TITLE);
  });

  it('autodetects BOM-less UTF-16 from the "<?" pattern (XML appendix F)', () => {
    const be = bytes(rss('utf-16'), 'utf-16be');
    expect(decodeFeedBytes(be).encoding).toBe('utf-16be');
    expect(readFeed(bytes(rss('utf-16'), 'utf-16le')).title).toBe(ARABIC_TITLE);
  });

  it('ignores unknown charsets and falls through to the next evidence', () => {
    const input = bytes(rss('windows-1256'), 'windows-1256');
    expect(decodeFeedBytes(input, 'text/xml; charset=x-no-such-charset').encoding).toBe('windows-1256');
    const bogusDecl = Buffer.from('<?xml version="1.0" encoding="bogus"?><rss><channel/></rss>');
    expect(decodeFeedBytes(new Uint8Array(bogusDecl)).encoding).toBe('utf-8');
  });

  it('treats JSON as UTF-8', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: ARABIC_TITLE,
      items: [],
    });
    expect(decodeFeedBytes(new Uint8Array(Buffer.from(json)), 'application/feed+json')).toEqual({
      text: json,
      encoding: 'utf-8',
    });
  });

  it('reads the charset parameter however it is quoted or spaced', () => {
    expect(charsetFromContentType('text/xml;charset = us-ascii')).toBe('us-ascii');
    expect(charsetFromContentType("text/xml; charset='gb2312'")).toBe('gb2312');
    expect(charsetFromContentType('text/xml;charset= "windows-1256"')).toBe('windows-1256');
    expect(charsetFromContentType('text/xml')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });
});
