/**
 * The shared HTML policy as test cases, so the server's sanitiser and the browser's are held to it by the same
 * table (src/server/ingest/html-policy.test.ts, src/client/lib/sanitize-html.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_ATTRIBUTES,
  FORBIDDEN_ELEMENTS,
  LINK_ATTRIBUTES,
  VOID_ELEMENTS,
} from '#shared/html-policy.ts';

/** A value each allowed attribute keeps as it is (URLs absolute https, which both sides accept). */
function valueFor(attribute: string): string {
  if (attribute === 'href' || attribute === 'src' || attribute === 'cite') return 'https://wire.example/a';
  if (attribute === 'dir') return 'rtl';
  if (attribute === 'lang') return 'ar';
  if (['colspan', 'rowspan', 'start', 'width', 'height'].includes(attribute)) return '2';
  return 'x';
}

/** Markup where the attribute belongs (a cell's span on a cell, an image's source on an image…). */
function markupWith(attribute: string, written: string): string {
  if (['colspan', 'rowspan', 'scope', 'headers'].includes(attribute))
    return `<table><tbody><tr><td ${written}>x</td></tr></tbody></table>`;
  if (attribute === 'start' || attribute === 'reversed') return `<ol ${written}><li>x</li></ol>`;
  if (attribute === 'src') return `<img ${written}>`;
  if (attribute === 'href') return `<a ${written}>x</a>`;
  if (attribute === 'cite') return `<blockquote ${written}>x</blockquote>`;
  return `<span ${written}>x</span>`;
}

/** Declares the policy's tests for one sanitiser; `shownSrc` is how it shows an image's address (proxied). */
export function describeHtmlPolicy(
  side: string,
  sanitize: (html: string) => string,
  shownSrc: (url: string) => string = (url) => url,
): void {
  describe(`the ${side} sanitiser follows the shared HTML policy`, () => {
    it.each(FORBIDDEN_ELEMENTS)('removes <%s> and what it holds', (name) => {
      const markup = VOID_ELEMENTS.has(name) ? `<${name}>` : `<${name}>secret</${name}>`;
      const out = sanitize(`<p>kept</p>${markup}`);
      expect(out).toContain('kept');
      expect(out).not.toMatch(new RegExp(`<${name}[\\s>/]`, 'i'));
    });

    it.each(ALLOWED_ATTRIBUTES)('keeps the allowed attribute %s', (attribute) => {
      const written = `${attribute}="${valueFor(attribute)}"`;
      const shown =
        attribute === 'src' ? `src="${shownSrc(valueFor('src')).replaceAll('&', '&amp;')}"` : written;
      expect(sanitize(markupWith(attribute, written))).toContain(shown);
    });

    it.each([
      'style',
      'class',
      'id',
      'onclick',
      'onerror',
      'srcset',
      'formaction',
      'ping',
      'data-x',
      'aria-hidden',
      'aria-label',
      'aria-describedby',
      'role',
    ])('drops the attribute %s', (attribute) => {
      const html = `<p ${attribute}="x">a</p><img src="https://wire.example/i.jpg" ${attribute}="x">`;
      expect(sanitize(html)).not.toContain(`${attribute}=`);
    });

    it('gives every link the policy’s target and rel, and refuses script and data URLs', () => {
      expect(sanitize('<a href="https://wire.example/s" target="_self" rel="opener">x</a>')).toBe(
        `<a href="https://wire.example/s" target="${LINK_ATTRIBUTES.target}" rel="${LINK_ATTRIBUTES.rel}">x</a>`,
      );
      expect(sanitize('<a href="javascript:alert(1)">x</a><img src="data:image/png;base64,AA==">')).toBe(
        '<a>x</a><img>',
      );
    });
  });
}
