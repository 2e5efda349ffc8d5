import { describe, expect, it } from 'vitest';
import { directionOf, directionOfLanguage, isInvisible, neutralizeBidiControls } from './direction.ts';

describe('direction from the dominant script', () => {
  it('keeps Arabic copy that opens with a Latin name, a number or a URL right to left', () => {
    expect(directionOf('Apple تفتتح أول متجر لها في باكو بالشراكة مع شركة Azercell')).toBe('rtl');
    expect(directionOf('2025: عام التحول الرقمي في آسيا الوسطى')).toBe('rtl');
    expect(directionOf('@huda المصدر: https://example.com/a')).toBe('rtl');
  });

  it('keeps English with an Arabic name left to right, and falls back when there are no letters', () => {
    expect(directionOf('The minister said "الحمد لله" and left')).toBe('ltr');
    expect(directionOf('2025 — 14%')).toBe('rtl');
    expect(directionOf('2025 — 14%', 'ltr')).toBe('ltr');
  });

  it('knows the right-to-left languages', () => {
    expect(directionOfLanguage('ar')).toBe('rtl');
    expect(directionOfLanguage('ar-EG')).toBe('rtl');
    expect(directionOfLanguage('en')).toBe('ltr');
    expect(directionOfLanguage(null)).toBe('ltr');
  });
});

describe('bidi controls and invisible text', () => {
  it('removes overrides, embeddings and isolates, keeps marks', () => {
    expect(neutralizeBidiControls('x \u202egpj.exe\u202c')).toBe('x gpj.exe');
    expect(neutralizeBidiControls('\u2067عنوان\u2069 \u200fرقم')).toBe('عنوان \u200fرقم');
  });

  it('recognises text that shows nothing', () => {
    expect(isInvisible('\u200b\u200c \u2060\ufeff')).toBe(true);
    expect(isInvisible('\u202e')).toBe(true);
    expect(isInvisible('خبر')).toBe(false);
  });
});
