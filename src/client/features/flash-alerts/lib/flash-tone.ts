/**
 * The flash tone: two short rising notes made with the Web Audio API, so no audio file is fetched and the CSP
 * stays as it is. Browsers keep an AudioContext suspended until the page has had a user gesture: turning the
 * sound on is one (the switch plays the tone once, as a sample), and any click or key in the tab since counts
 * too. Without one the tone is skipped rather than queued: a flash heard minutes late would mislead.
 */
type AudioContextClass = typeof AudioContext;

let context: AudioContext | null = null;

/** Notes: (start offset, frequency) in seconds and hertz, each a 150 ms blip with a soft edge. */
const NOTES: ReadonlyArray<readonly [number, number]> = [
  [0, 880],
  [0.2, 1319],
];
const NOTE_SECONDS = 0.15;
const PEAK_GAIN = 0.3;

function audioContextClass(): AudioContextClass | undefined {
  return (
    window.AudioContext ??
    (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext
  );
}

/** Plays the tone; false when the browser cannot or may not (no audio, no user gesture yet). */
export async function playFlashTone(): Promise<boolean> {
  const Audio = audioContextClass();
  if (!Audio) return false;
  try {
    context ??= new Audio();
    if (context.state !== 'running') {
      // resume() before any gesture never settles in Chromium: do not wait on it then.
      if (navigator.userActivation && !navigator.userActivation.hasBeenActive) return false;
      await context.resume();
    }
    if (context.state !== 'running') return false;
    const start = context.currentTime + 0.02;
    for (const [offset, frequency] of NOTES) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const at = start + offset;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, at + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + NOTE_SECONDS);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + NOTE_SECONDS + 0.01);
    }
    return true;
  } catch {
    // No audio device, or the context was refused: the alert on the page still stands.
    return false;
  }
}
