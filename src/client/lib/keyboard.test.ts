import { describe, expect, it } from 'vitest';
import { isPlainClick, shortcutOf } from './keyboard.ts';

const key = (init: Partial<KeyboardEvent>) =>
  ({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, code: '', ...init }) as KeyboardEvent;

describe('shortcuts', () => {
  it('reads letters on a Latin layout', () => {
    expect(shortcutOf(key({ key: 'j', code: 'KeyJ' }), 'rtl')).toBe('next');
    expect(shortcutOf(key({ key: 'a', code: 'KeyA' }), 'ltr')).toBe('accept');
    expect(shortcutOf(key({ key: '?', code: 'Slash', shiftKey: true }), 'ltr')).toBe('help');
  });

  it('falls back to the physical key on an Arabic layout', () => {
    expect(shortcutOf(key({ key: 'ت', code: 'KeyJ' }), 'rtl')).toBe('next');
    expect(shortcutOf(key({ key: 'ن', code: 'KeyK' }), 'rtl')).toBe('prev');
    expect(shortcutOf(key({ key: 'ش', code: 'KeyA' }), 'rtl')).toBe('accept');
    expect(shortcutOf(key({ key: 'س', code: 'KeyS' }), 'rtl')).toBe('spike');
    expect(shortcutOf(key({ key: 'ظ', code: 'Slash' }), 'rtl')).toBe('search');
    expect(shortcutOf(key({ key: '؟', code: 'Slash', shiftKey: true }), 'rtl')).toBe('help');
  });

  it('mirrors left and right by direction: the arrow towards the pane opens the item', () => {
    expect(shortcutOf(key({ key: 'ArrowLeft' }), 'rtl')).toBe('forward');
    expect(shortcutOf(key({ key: 'ArrowRight' }), 'rtl')).toBe('back');
    expect(shortcutOf(key({ key: 'ArrowRight' }), 'ltr')).toBe('forward');
  });

  it('leaves modified keys to the browser', () => {
    expect(shortcutOf(key({ key: 'j', ctrlKey: true }), 'ltr')).toBeNull();
    expect(shortcutOf(key({ key: 's', metaKey: true }), 'ltr')).toBeNull();
  });
});

it('takes a plain primary click for the app, and leaves a modified or other-button click to the browser', () => {
  const click = { metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, button: 0 };
  expect(isPlainClick(click)).toBe(true);
  for (const modifier of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey'] as const)
    expect(isPlainClick({ ...click, [modifier]: true })).toBe(false);
  expect(isPlainClick({ ...click, button: 1 })).toBe(false);
});
