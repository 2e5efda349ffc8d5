import { describe, expect, it } from 'vitest';
import { formatInterval, languageName, splitInterval } from './format-feed.ts';

describe('formatInterval', () => {
  it('writes whole units in the UI language', () => {
    expect(formatInterval(300, 'en')).toBe('5 minutes');
    expect(formatInterval(3600, 'en')).toBe('1 hour');
    expect(formatInterval(30, 'en')).toBe('30 seconds');
    expect(formatInterval(300, 'ar')).toMatch(/دقائق/);
  });
  it('joins mixed units with the language list format', () => {
    expect(formatInterval(5400, 'en')).toBe('1 hour, 30 minutes');
    expect(formatInterval(5400, 'ar')).toMatch(/ساعة و.*دقيقة/);
  });
});

describe('splitInterval', () => {
  it('uses the largest unit that keeps a whole number', () => {
    expect(splitInterval(300)).toEqual({ value: 5, unit: 'minutes' });
    expect(splitInterval(7200)).toEqual({ value: 2, unit: 'hours' });
    expect(splitInterval(90)).toEqual({ value: 90, unit: 'seconds' });
    expect(splitInterval(5400)).toEqual({ value: 90, unit: 'minutes' });
  });
});

describe('languageName', () => {
  it('names a language through Intl, and keeps an unknown code', () => {
    expect(languageName('ar', 'en')).toBe('Arabic');
    expect(languageName('en', 'ar')).toBe('الإنجليزية');
    expect(languageName('not a code!', 'en')).toBe('not a code!');
  });
});
