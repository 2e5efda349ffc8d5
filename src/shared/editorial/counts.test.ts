import { describe, expect, it } from 'vitest';
import { countCharacters, countWords, readingMinutes } from './counts.ts';

describe('counting words the way an Arabic desk does', () => {
  it('keeps clitics with their word and counts digits and Latin names', () => {
    expect(countWords('وبالتعاون مع شركة Azercell افتتحت Apple متجرها الأول في 2025')).toBe(10);
    expect(countWords('العراق يطالب إيران — بتسهيل مرور الغاز : من تركمانستان')).toBe(8);
    expect(countWords('  \n ')).toBe(0);
  });

  it('counts characters as a reader sees them and rounds the reading time', () => {
    expect(countCharacters('خبر 👍')).toBe(5);
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(50)).toBe(1);
    expect(readingMinutes(1_000)).toBe(5);
  });
});
