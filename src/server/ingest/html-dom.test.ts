import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from './html-dom.ts';

describe('collapseWhitespace', () => {
  it('makes every run of white space one space, no-break and ideographic spaces included, and trims', () => {
    const cases = [
      'قال  الوزير\u00a0إن\tالخط',
      ' a \u00a0 b\n\nc ',
      '\ufeffa\u2028b\u3000\u3000c',
      'one\u00a0two\rthree\ffour\vfive',
      'plain words stay as they are',
      '',
      ' \n\t ',
    ];
    for (const text of cases)
      expect(collapseWhitespace(text), JSON.stringify(text)).toBe(
        text.split(/\s+/).filter(Boolean).join(' '),
      );
    expect(collapseWhitespace('قال  الوزير\u00a0إن\tالخط')).toBe('قال الوزير إن الخط');
  });
});
