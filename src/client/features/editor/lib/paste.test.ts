// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { asStoryHtml, cleanPastedHtml, cleanPastedText, inertMarkup } from './paste.ts';

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
<body><!--StartFragment--><p class="MsoNormal" style="mso-margin-top-alt:auto">فقرة من وورد<o:p></o:p></p>
<p class="MsoListParagraphCxSpFirst" style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="mso-list:Ignore">·<span style="font:7.0pt">&nbsp;</span></span><![endif]>البند الأول<o:p></o:p></p>
<p class="MsoListParagraphCxSpLast" style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">·</span>البند الثاني</p>
<p class="MsoListParagraph" style="mso-list:l1 level1 lfo2"><span style="mso-list:Ignore">1.</span>مرقّم</p>
<h1>عنوان من وورد</h1><!--EndFragment--></body></html>`;

describe('pasted HTML', () => {
  it('turns Word list paragraphs into real lists and drops its hidden bullets, comments and o:p', () => {
    const { html } = cleanPastedHtml(WORD);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect([...doc.querySelectorAll('ul > li')].map((li) => li.textContent?.trim())).toEqual([
      'البند الأول',
      'البند الثاني',
    ]);
    expect([...doc.querySelectorAll('ol > li')].map((li) => li.textContent?.trim())).toEqual(['مرقّم']);
    expect(html).not.toMatch(/<o:p|<!--|·|<style/);
    expect(doc.querySelector('h2')?.textContent).toBe('عنوان من وورد');
  });

  it('drops scripts, styles, images and frames with their content, and says something was left out', () => {
    const result = cleanPastedHtml(
      '<p>نص<img src="https://x.test/a.png" onerror="alert(1)"></p><script>window.__pwned=1</script>' +
        '<iframe src="https://x.test"></iframe><table><tr><td>خلية</td></tr></table>',
    );
    expect(result.html).not.toMatch(/<img|<script|__pwned|<iframe/);
    expect(result.html).toContain('خلية');
    expect(result.simplified).toBe(true);
    expect(cleanPastedHtml('<p>نص <b>عريض</b></p>').simplified).toBe(false);
  });

  it('turns a table into one paragraph a row, its cells kept apart, and keeps figures in sup and sub', () => {
    const { html, simplified } = cleanPastedHtml(
      '<table><caption>الأسعار</caption><tr><th>البلد</th><th>country</th></tr>' +
        '<tr><td><p>خلية 1</p><p>سطر</p></td><td>cell <b>2</b></td></tr><tr><td>٣</td><td></td><td>4</td><td></td></tr>' +
        '<tr><td></td><td> </td></tr></table><p>10<sup>6</sup> طن من CO<sub>2</sub>، الحاشية<sup>a</sup></p>',
    );
    expect(html).toBe(
      '<p>الأسعار</p><p>البلد | country</p><p>خلية 1 سطر | cell <b>2</b></p><p>٣ |  | 4</p>' +
        '<p>10⁶ طن من CO₂، الحاشية<sup>a</sup></p>',
    );
    expect(simplified).toBe(true);
  });

  it('opens wire copy with a table and figures in sup/sub as the story will hold them', () => {
    const wire =
      '<p dir="rtl">النتائج:</p><table><tr><th>الفريق</th><th>النقاط</th></tr><tr><td>الأول</td><td>12</td></tr></table><p>10<sup>6</sup></p>';
    expect(asStoryHtml(wire)).toBe(
      '<p dir="rtl">النتائج:</p><p>الفريق | النقاط</p><p>الأول | 12</p><p>10⁶</p>',
    );
    const plain = '<p dir="rtl">نص بلا جداول</p>';
    expect(asStoryHtml(plain)).toBe(plain);
  });

  it('removes bidi override controls and measures the text as the body limit counts it', () => {
    const result = cleanPastedHtml('<p>ملف\u202egpj.exe</p>\n\n<p>  ثانٍ  </p>');
    expect(result.html).not.toContain('\u202e');
    expect(result.characters).toBe('ملفgpj.exe ثانٍ'.length);
    expect(cleanPastedText('a\u202eb  c')).toEqual({ text: 'ab  c', characters: 4 });
  });

  it('fixes unbalanced markup and measures a huge page without keeping its scripts', () => {
    const huge = `<div><p>بداية<b>غير مغلق<p>${'<script>x()</script>'.repeat(2_000)}${'كلمة '.repeat(50_000)}`;
    const result = cleanPastedHtml(huge);
    expect(result.html).not.toContain('<script');
    expect(result.characters).toBeGreaterThan(250_000);
  });

  it('never lets a style or handler attribute reach a DOM, keeping what styles meant: bold and italic', () => {
    expect(
      inertMarkup('<p style="color:red">a style=b onclick=x</p><style>p{}</style><img src=x onerror="y()">'),
    ).toBe('<p data-pasted-style="color:red">a style=b onclick=x</p><img src=x data-pasted-on-error="y()">');
    const docs =
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700">Bold</span> ' +
      '<span style="font-style:italic">italic</span> plain</p></b>';
    const { html } = cleanPastedHtml(docs);
    expect(html).not.toMatch(/style|<b[ >]/);
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('<em>italic</em>');
  });
});
