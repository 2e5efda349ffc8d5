/**
 * The one Arabic/Latin normaliser: indexing, querying and tagging all go through it, so a word typed by an
 * editor and the same word in wire copy end up as the same string.
 *
 * Decisions (each one is a trade of precision for recall that search on wire copy needs):
 * - Hamza on alef and its cousins fold to bare alef (أ إ آ ٱ → ا): wires and editors disagree about hamza
 *   constantly ("إيران"/"ايران").
 * - ى → ي and ة → ه, as Lucene's ArabicNormalizer does: final yeh/alef maqsura and teh marbuta/heh are
 *   written interchangeably.
 * - Hamza on a carrier folds to the bare carrier (ؤ → و, ئ → ي), like hamza on alef; and "ئو" becomes "وو",
 *   because Egyptian and Levantine wires spell the same words مسئول/مسؤول and شئون/شؤون. Standalone ء stays:
 *   it is a letter of the word (ماء, شيء) and dropping it merges unrelated words.
 * - Persian, Urdu and Maghrebi letters fold to the standard letter an Arabic writer would use for the same
 *   sound (ک ی ھ ۀ گ پ چ ژ ڤ ڨ), since transliterated names arrive in both alphabets.
 * - Tashkeel, Quranic annotation marks, tatweel, bidi controls and zero-width joiners are removed; a
 *   zero-width SPACE becomes a space because it separates words.
 * - Arabic-Indic and Persian digits become ASCII; Arabic decimal/thousands separators become "." and ",".
 * - Presentation forms (ﻻ ﷲ …), full-width and other compatibility characters go through NFKC, but only when
 *   such a character is present: NFKC on every string would cost time for nothing.
 * - Latin letters lose their diacritics and are lowercased ("Türkiye" → "turkiye"); Greek and Cyrillic are
 *   lowercased too.
 * - Control characters are dropped and every run of whitespace becomes one space; the result is trimmed.
 */

// Sentinels in the translation table; real outputs are BMP code units (0..0xFFFF).
const KEEP = -1;
const DROP = -2;
const SPACE = -3;
const NFKC = -4;
const YEH_HAMZA = -5;

const ALEF = 0x0627;
const WAW = 0x0648;
const YEH = 0x064a;
const HEH = 0x0647;
const KAF = 0x0643;

const table = buildTable();

function buildTable(): Int32Array {
  const t = new Int32Array(0x10000).fill(KEEP);
  const set = (from: number, to: number, value: number) => {
    for (let c = from; c <= to; c++) t[c] = value;
  };

  // Whitespace of every kind, and controls (C0/C1) which only ever arrive as debris from feeds.
  set(0x00, 0x1f, DROP);
  set(0x7f, 0x9f, DROP);
  for (const c of [
    0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
  ])
    t[c] = SPACE;
  set(0x2000, 0x200a, SPACE);
  t[0x200b] = SPACE; // zero-width space separates words
  // Zero-width joiners, bidi controls, BOM, soft hyphen: invisible, and they split or glue tokens at random.
  for (const c of [0x00ad, 0x180e, 0x200c, 0x200d, 0x2060, 0xfeff, 0x061c, 0x200e, 0x200f]) t[c] = DROP;
  set(0x202a, 0x202e, DROP);
  set(0x2066, 0x2069, DROP);

  // ASCII case.
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  // Latin with diacritics, Greek, Cyrillic: base letter, lowercased, when that is one code unit.
  const latinLike = (from: number, to: number, stripMarks: boolean) => {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      let out = stripMarks ? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : ch;
      out = out.toLowerCase();
      if (out.length === 1 && out.charCodeAt(0) !== c) t[c] = out.charCodeAt(0);
    }
  };
  latinLike(0x00c0, 0x024f, true);
  latinLike(0x1e00, 0x1eff, true);
  latinLike(0x0370, 0x03ff, false);
  latinLike(0x0400, 0x052f, false);
  t[0x00d7] = KEEP; // × and ÷ are symbols, not letters
  t[0x00f7] = KEEP;
  // Combining marks (after the Latin folding above, only stray ones remain).
  set(0x0300, 0x036f, DROP);
  set(0x1ab0, 0x1aff, DROP);
  set(0x1dc0, 0x1dff, DROP);
  set(0x20d0, 0x20ff, DROP);
  set(0xfe20, 0xfe2f, DROP);

  // Arabic: tashkeel, Quranic marks, superscript alef, tatweel.
  set(0x0610, 0x061a, DROP);
  set(0x064b, 0x065f, DROP);
  t[0x0670] = DROP;
  t[0x0640] = DROP;
  set(0x06d6, 0x06dc, DROP);
  set(0x06df, 0x06e4, DROP);
  set(0x06e7, 0x06e8, DROP);
  set(0x06ea, 0x06ed, DROP);
  set(0x08d3, 0x08e1, DROP);
  set(0x08e3, 0x08ff, DROP);

  // Alef with hamza or madda, alef wasla.
  for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675]) t[c] = ALEF;
  // Yeh family.
  for (const c of [0x0649, 0x06cc, 0x06d0, 0x0678]) t[c] = YEH;
  t[0x0626] = YEH_HAMZA;
  // Waw with hamza.
  for (const c of [0x0624, 0x0676, 0x0677]) t[c] = WAW;
  // Teh marbuta and heh variants.
  for (const c of [0x0629, 0x06be, 0x06c0, 0x06c1, 0x06c2, 0x06c3, 0x06d5]) t[c] = HEH;
  // Persian/Urdu/Maghrebi letters.
  for (const c of [0x06a9, 0x06aa, 0x06af, 0x06ad]) t[c] = KAF;
  t[0x067e] = 0x0628; // پ → ب
  t[0x0686] = 0x062c; // چ → ج
  t[0x0698] = 0x0632; // ژ → ز
  t[0x06a4] = 0x0641; // ڤ → ف
  t[0x06a8] = 0x0642; // ڨ → ق
  // Digits and number punctuation.
  for (let d = 0; d <= 9; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  t[0x066b] = 0x2e; // ٫ decimal separator
  t[0x066c] = 0x2c; // ٬ thousands separator
  t[0x066a] = 0x25; // ٪

  // Compatibility characters that only NFKC resolves properly (ligatures expand to several letters).
  set(0xfb00, 0xfdff, NFKC);
  set(0xfe70, 0xfefe, NFKC);
  set(0xff00, 0xffef, NFKC);
  set(0x2070, 0x209f, NFKC);
  set(0x2150, 0x218f, NFKC);
  set(0x2460, 0x24ff, NFKC);
  for (const c of [0x00b2, 0x00b3, 0x00b9, 0x00bc, 0x00bd, 0x00be]) t[c] = NFKC;
  return t;
}

/** True for the marks removed above that can sit between ئ and a following و. */
function isArabicMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
}

// A reusable output buffer: normalisation runs on every headline and body, so avoid per-call garbage.
let buffer = new Uint16Array(1024);

function decode(buf: Uint16Array, length: number): string {
  if (length <= 4096) return String.fromCharCode.apply(null, buf.subarray(0, length) as unknown as number[]);
  let out = '';
  for (let i = 0; i < length; i += 4096) {
    out += String.fromCharCode.apply(
      null,
      buf.subarray(i, Math.min(length, i + 4096)) as unknown as number[],
    );
  }
  return out;
}

/** Normalise Arabic/Latin text for indexing, querying and tagging (see the module comment for the rules). */
export function normalizeArabic(text: string): string {
  const n = text.length;
  if (n === 0) return '';
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  const out = buffer;
  let length = 0;
  let changed = false;
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = table[c]!;
    if (m === KEEP) {
      if (pendingSpace) {
        if (length > 0) out[length++] = 0x20;
        pendingSpace = false;
      }
      out[length++] = c;
      continue;
    }
    if (m === SPACE) {
      // A single ordinary space between words is not a change; anything else (runs, tabs, NBSP) is.
      if (pendingSpace || c !== 0x20 || length === 0) changed = true;
      pendingSpace = true;
      continue;
    }
    changed = true;
    if (m === DROP) continue;
    if (m === NFKC) return normalizeArabic(stripNfkcTriggers(text.normalize('NFKC')));
    let code = m;
    if (m === YEH_HAMZA) {
      let j = i + 1;
      while (j < n && isArabicMark(text.charCodeAt(j))) j++;
      code = j < n && text.charCodeAt(j) === WAW ? WAW : YEH;
    }
    if (pendingSpace) {
      if (length > 0) out[length++] = 0x20;
      pendingSpace = false;
    }
    out[length++] = code;
  }
  if (pendingSpace) changed = true; // trailing whitespace trimmed
  if (!changed) return text;
  return decode(out, length);
}

/** Characters NFKC leaves alone but that still carry the NFKC marker must not send us round again. */
function stripNfkcTriggers(text: string): string {
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    if (table[text.charCodeAt(i)] === NFKC) {
      needs = true;
      break;
    }
  }
  if (!needs) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Whatever survives NFKC in these blocks (e.g. U+FDFD, ornate parentheses) is a symbol: a space is safe.
    out += table[c] === NFKC ? ' ' : text[i];
  }
  return out;
}
