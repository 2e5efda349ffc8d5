// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bodyBlocks, diffBlocks, diffStory, type DiffBlock } from './story-diff.ts';

/** A side as text: deletions as [-…-], insertions as {+…+}, blocks as `dir|text`. */
const show = (blocks: DiffBlock[]) =>
  blocks.map(
    (block) =>
      `${block.dir}|${block.segments
        .map((segment) =>
          segment.kind === 'delete'
            ? `[-${segment.text}-]`
            : segment.kind === 'insert'
              ? `{+${segment.text}+}`
              : segment.text,
        )
        .join('')}`,
  );

describe('body blocks', () => {
  it('keeps paragraphs, headings, list items and quotes apart, white space collapsed, empty ones out', () => {
    expect(
      bodyBlocks(
        '<h2>العنوان الفرعي</h2><p>الفقرة   الأولى<br>تتمة</p><p> </p><ul><li>بند <b>أول</b></li><li>بند ثانٍ</li></ul><blockquote><p>اقتباس</p></blockquote>نص حر',
      ),
    ).toEqual(['العنوان الفرعي', 'الفقرة الأولى تتمة', 'بند أول', 'بند ثانٍ', 'اقتباس', 'نص حر']);
  });

  it('reads nothing that is not text, and drops bidi controls', () => {
    expect(bodyBlocks('<p>a<script>alert(1)</script>\u202eb</p><style>p{}</style>')).toEqual(['ab']);
    expect(bodyBlocks('')).toEqual([]);
  });
});

describe('side-by-side word differences', () => {
  it('marks deleted words on the old side and inserted words on the new, Arabic words whole', () => {
    const diff = diffBlocks(['وقّع الوزيران اتفاقية للطاقة'], ['وقّع الوزيران اليوم اتفاقية جديدة'], 'rtl');
    expect(diff.changed).toBe(true);
    expect(show(diff.before)).toEqual(['rtl|وقّع الوزيران اتفاقية [-للطاقة-]']);
    expect(show(diff.after)).toEqual(['rtl|وقّع الوزيران {+اليوم +}اتفاقية {+جديدة+}']);
  });

  it('keeps each side in its own paragraphs, each with its own direction', () => {
    const diff = diffBlocks(
      ['الفقرة الأولى', 'An English quote.'],
      ['الفقرة الأولى', 'فقرة جديدة', 'An English quote, longer.'],
      'rtl',
    );
    expect(show(diff.before)).toEqual(['rtl|الفقرة الأولى', 'ltr|An English quote.']);
    expect(show(diff.after)).toEqual([
      'rtl|الفقرة الأولى',
      'rtl|{+فقرة جديدة+}',
      'ltr|An English quote{+, longer+}.',
    ]);
  });

  it('shows a paragraph split as a new block on the new side only', () => {
    const diff = diffBlocks(['جملة أولى. جملة ثانية.'], ['جملة أولى.', 'جملة ثانية.'], 'rtl');
    expect(show(diff.before)).toHaveLength(1);
    expect(show(diff.after)).toEqual(['rtl|جملة أولى.', 'rtl|جملة ثانية.']);
  });

  it('says when nothing changed, and handles a side with no text', () => {
    expect(diffBlocks(['نفس النص'], ['نفس النص'], 'rtl').changed).toBe(false);
    const added = diffBlocks([], ['موجز جديد'], 'rtl');
    expect(added.before).toEqual([]);
    expect(show(added.after)).toEqual(['rtl|{+موجز جديد+}']);
  });

  it('compares headline, summary and body of two versions', () => {
    const diff = diffStory(
      { headline: 'Talks resume', summary: '', body: '<p>Day one.</p>' },
      { headline: 'Talks resume in Astana', summary: 'A summary.', body: '<p>Day one.</p>' },
      'ltr',
    );
    expect(show(diff.headline.after)).toEqual(['ltr|Talks resume{+ in Astana+}']);
    expect(diff.summary.changed).toBe(true);
    expect(diff.body.changed).toBe(false);
  });
});
