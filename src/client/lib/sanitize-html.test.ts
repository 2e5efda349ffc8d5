// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { describeHtmlPolicy } from '../../test-support/html-policy-cases.ts';
import { proxiedImageUrl, sanitizeBody } from './sanitize-html.ts';

describe('the browser’s sanitising of body HTML', () => {
  it('keeps what Arabic and mixed copy needs: dir, lang, bdi', () => {
    const html = '<p dir="rtl" lang="ar">فقرة <bdi>Gazprom</bdi> 12.5%</p><p dir="ltr">English</p>';
    expect(sanitizeBody(html)).toBe(html);
  });

  it('keeps absolute links (in a new tab, without opener) and loads images through the server', () => {
    expect(sanitizeBody('<a href="https://example.com/a">x</a>')).toBe(
      '<a href="https://example.com/a" target="_blank" rel="noopener noreferrer nofollow">x</a>',
    );
    expect(sanitizeBody('<a href="mailto:desk@example.com">m</a>')).toContain(
      'href="mailto:desk@example.com"',
    );
    expect(sanitizeBody('<img src="https://example.com/p.jpg" alt="p">')).toBe(
      '<img src="/api/images?url=https%3A%2F%2Fexample.com%2Fp.jpg" alt="p">',
    );
    expect(sanitizeBody('<img src="http://example.com/p.jpg">')).toBe(
      '<img src="/api/images?url=http%3A%2F%2Fexample.com%2Fp.jpg">',
    );
  });

  it('drops script URLs, relative and data URLs', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '/api/session',
      'x.html',
      'data:text/html,x',
    ])
      expect(sanitizeBody(`<a href="${href}">x</a>`)).toBe('<a>x</a>');
    expect(sanitizeBody('<img src="data:image/png;base64,AAAA">')).toBe('<img>');
    expect(sanitizeBody('<img src="/api/session">')).toBe('<img>');
  });

  it('removes script-capable markup, styles and handlers', () => {
    const out = sanitizeBody(
      '<img src=x onerror=alert(1)><svg onload=alert(1)></svg><math><mi>x</mi></math><iframe srcdoc="x"></iframe>' +
        '<form action="https://e.example"><button>b</button></form><style>p{}</style><p style="color:red" class="x" id="root">t</p>' +
        '<base href="https://e.example/"><meta http-equiv="refresh" content="0"><object data="x"></object>',
    );
    expect(out).not.toMatch(
      /onerror|onload|<svg|<math|<iframe|<form|<button|<style|style=|class=|id=|<base|<meta|<object/,
    );
    expect(out).toContain('<p>t</p>');
  });
});

describeHtmlPolicy('browser', sanitizeBody, proxiedImageUrl);
