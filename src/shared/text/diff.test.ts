import { describe, expect, it } from 'vitest';
import { diffTokens, diffWords, type DiffPart } from './diff.ts';

const side = (parts: DiffPart[], keep: 'insert' | 'delete') =>
  parts
    .filter((part) => part.kind === 'equal' || part.kind === keep)
    .map((part) => part.text)
    .join('');

describe('word-level differences', () => {
  it('marks the inserted and deleted Arabic words, clitics kept with their word', () => {
    const before = 'وقعت كازاخستان وأوزبكستان اتفاقية للطاقة في أستانا.';
    const after = 'وقعت كازاخستان وقرغيزستان اتفاقية جديدة للطاقة في أستانا.';
    const parts = diffWords(before, after);
    expect(parts.filter((part) => part.kind === 'delete').map((part) => part.text)).toEqual(['وأوزبكستان']);
    expect(parts.filter((part) => part.kind === 'insert').map((part) => part.text.trim())).toEqual([
      'وقرغيزستان',
      'جديدة',
    ]);
    expect(side(parts, 'delete')).toBe(before);
    expect(side(parts, 'insert')).toBe(after);
  });

  it('tokenises words, punctuation and white space so that joining gives the text back', () => {
    const text = 'قال: «الغاز، والنفط» 14.5% — Apple’s بـ”تركستان”';
    expect(diffTokens(text).join('')).toBe(text);
    expect(diffTokens('الغاز،')).toEqual(['الغاز', '،']);
  });

  it('handles empty sides and unrelated texts', () => {
    expect(diffWords('', 'خبر جديد')).toEqual([{ kind: 'insert', text: 'خبر جديد' }]);
    expect(diffWords('خبر قديم', '')).toEqual([{ kind: 'delete', text: 'خبر قديم' }]);
    const long = Array.from({ length: 3_000 }, (_, n) => `كلمة${n}`).join(' ');
    const other = Array.from({ length: 3_000 }, (_, n) => `word${n}`).join(' ');
    const parts = diffWords(long, other);
    expect(side(parts, 'delete')).toBe(long);
    expect(side(parts, 'insert')).toBe(other);
  });
});
