import { normalizeArabic } from './normalize.ts';

/**
 * Light stemming for Arabic search, in the spirit of Larkey's light10 and Lucene's ArabicStemmer, with the
 * changes below, which matter for wire copy. Input is one normalised token (ة already ه, ى already ي, no hamza on
 * alef); Latin words and numbers pass through untouched.
 *
 * 1. Proclitics. light10 and Lucene strip و and the article combinations (ال وال بال كال فال لل) but never a
 *    bare ب or ل, so بكازاخستان, لروسيا, بمصر, لدعم never meet their plain forms. We also strip bare و ب ل,
 *    repeatedly (وبالعراق → عراق), and ف ك in front of an article (فالكويت, كالعادة), deciding each
 *    step by looking ahead: a proclitic comes off only if what remains, itself stripped the same way and then
 *    of its suffixes (down to 2 letters), still has at least 3 letters (the triliteral root), or 2 after an
 *    article. Because the decision looks at the remainder and not at the whole word, a proclitic in front of
 *    a word never changes the outcome for that word: stem(ب+X) = stem(X), which is what makes a query for
 *    كازاخستان find بكازاخستان. The price is that words which begin with و ب ل lose that letter too
 *    (برلمان → رلم, وزير → زير): harmless for matching, since index and query agree, but a prefix query
 *    that begins with و ب ل should be at least 4 letters long to be reliable. لل is read as ل + ال, except
 *    before a frozen word that begins with ل (للبنان, لليبيا, للجنة).
 * 2. Suffixes are stripped repeatedly, longest first, never leaving fewer than 3 letters (light10 and Lucene
 *    allow 2, which merges too much: سكان → سك). Repetition lets an adjective meet its noun:
 *    الكازاخستانية → كازاخستان+ية → كازاخس(تان). A pronoun after teh marbuta takes the teh with it
 *    (زيارتها → زيار, as زيارة → زيار). The alef of the indefinite accusative comes off words of five
 *    letters or more (مرسوما → مرسوم, اقتصاديا → اقتصاد, أمريكا → أمريك like الأمريكي), except the
 *    five-letter country names in يا, so تركيا/سوريا/روسيا keep their own stems instead of colliding with
 *    the verb ترك or the noun سور. A final ء after alef counts as ي, so كهرباء meets كهربائي.
 * 3. A ي-suffix is not stripped after alef (ولاية → ولاي, not ولا "nor"), and a few frequent words whose
 *    ending only looks like a suffix are frozen (البحرين is not البحر, طالبان is not طالب, الكرملين is not رمل).
 */

const SUFFIXES = ['تين', 'تان', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const PRONOUN_SUFFIXES = new Set(['ها', 'ه']);
const MIN_STEM = 3;
// و, ب and ل attach to almost anything and come off on their own. ف and ك attach far less often to nouns
// and begin many common words (فرنسا, فريق, كتاب, كبير, كلمات), so they come off only in front of an article
// (فال, كال, فبال…), as light10 and Lucene treat them.
const FREE_PROCLITICS = new Set(['و', 'ب', 'ل']);
const BOUND_PROCLITICS = new Set(['ف', 'ك']);

/** Forms that look suffixed but are words in their own right; stemming stops when it reaches one. */
// prettier-ignore
const FROZEN = new Set([
  'بحرين', 'سودان', 'لبنان', 'طالبان', 'كرملين', 'مليون', 'عشرين', 'ثلاثين', 'اربعين', 'خمسين', 'ستين',
  'سبعين', 'ثمانين', 'تسعين', 'اثنين', 'ثلاثاء', 'يونان',
  // Five-letter country names ending in يا: the accusative rule would turn تركيا into the verb ترك.
  'تركيا', 'سوريا', 'روسيا', 'كوريا', 'ليبيا', 'كينيا', 'غينيا', 'صربيا', 'اسيا',
  // Frequent words that begin with و/ب/ل and would otherwise lose it and collide (بلدان → دان, بطولة → طول,
  // البوسنة → سنة "year").
  'بلد', 'لجن', 'بطول', 'بنود', 'وجود', 'بوسن',
]);

const ALEF = 0x0627;
const YEH = 0x064a;
const TEH = 0x062a;
const HAMZA = 0x0621;
const WAW = 0x0648;

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06ff);
}

/** Strips suffixes from a normalised, proclitic-free word, never below `min` letters. */
function stripSuffixes(word: string, min: number): string {
  let w = word;
  for (;;) {
    if (FROZEN.has(w)) return w;
    let next = w;
    // ...اء and ...ائي are one word family (كهرباء/كهربائي, فضاء/فضائي): ء after alef counts as the ي.
    if (w.length >= 3 && w.charCodeAt(w.length - 1) === HAMZA && w.charCodeAt(w.length - 2) === ALEF) {
      w = w.slice(0, -1) + 'ي';
      next = w;
    }
    // The alef of the indefinite accusative (tanween): مرسوما → مرسوم, اقتصاديا → اقتصادي (then ي goes below).
    // Only on words of 5 letters or more (وفدا, جدا stay) and never after ا or و (قضايا, قالوا).
    const before = w.charCodeAt(w.length - 2);
    if (w.length >= 5 && w.charCodeAt(w.length - 1) === ALEF && before !== ALEF && before !== WAW) {
      next = w.slice(0, -1);
    } else {
      for (const suffix of SUFFIXES) {
        if (w.length - suffix.length < min || !w.endsWith(suffix)) continue;
        // ...اية / ...اي: the yeh is part of the word (ولاية, حماية, رأي), not a nisba ending.
        if (suffix.charCodeAt(0) === YEH && w.charCodeAt(w.length - suffix.length - 1) === ALEF) continue;
        next = w.slice(0, -suffix.length);
        // A pronoun after teh marbuta: زيارتها → زيارت → زيار, as زيارة → زيار.
        if (
          PRONOUN_SUFFIXES.has(suffix) &&
          next.charCodeAt(next.length - 1) === TEH &&
          next.length - 1 >= min
        ) {
          next = next.slice(0, -1);
        }
        break;
      }
    }
    if (next === w) return w;
    w = next;
  }
}

/**
 * Nouns in ة (ه once normalised) whose ending the lookahead below must not strip: three letters with it (غزة,
 * قمة, كرة…), or four with an ئة that reads like the ية ending (هيئة, بيئة). Stripped to two letters, they
 * looked like a root letter and a pronoun (as بيته is), so لكرة, بغزة and بقوة kept their proclitics and never
 * met كرة, غزة and قوة. Nouns common in wire copy, left out where a form with و ب ل is a frequent word of its own
 * (عدة: بعده "after him"; ثقة: وثقه "documented it"; صلة, جهة, لغة, صفة, سعة, حدة, ذرة: وصله, وجهه, بلغه, وصفه,
 * بوسعه, وحده, بذرة). Rarer ones remain and meet the noun: لقمة "morsel" (لقمة العيش) meets قمة, بكرة
 * "tomorrow" and وكره "his den" meet كرة, لغزه "his riddle" meets غزة. Only the bare noun: its possessive and
 * plural forms (بقوته, بقوات) are as before.
 */
// prettier-ignore
const TEH_NOUNS = new Set([
  'غزه', 'قمه', 'كره', 'سنه', 'قوه', 'مره', 'مده', 'شده', 'دقه', 'صحه', 'خطه', 'حجه', 'قصه', 'حصه', 'هييه',
  'بييه',
]);

/**
 * The letters a word keeps once its suffixes are stripped down to 2 letters: the lookahead that decides
 * whether a proclitic in front of it is really one.
 */
function core(word: string): number {
  if (TEH_NOUNS.has(word)) return word.length;
  return stripSuffixes(word, 2).length;
}

/** A frozen word, as it is or once its suffixes are stripped. */
function isFrozen(w: string): boolean {
  return FROZEN.has(w) || FROZEN.has(stripSuffixes(w, MIN_STEM));
}

// Proclitic chains are short (و + ب + ال at most in real text); the bound keeps pathological input linear.
const MAX_PROCLITIC_DEPTH = 5;

/**
 * Strips proclitics. A candidate proclitic comes off only if the rest of the word, itself stripped the same
 * way and then of every suffix (its core), keeps 3 letters (2 after the article). Deciding
 * on the stripped rest, not on the whole word, is what makes stem(clitic + X) = stem(X) for every X whose
 * core has 3 letters, whatever letters X begins with.
 */
function stripProclitics(w: string, depth: number): string {
  // A frozen word keeps its first letters too (لبناني is لبنان + ي, not ل + بناني).
  if (w.length < 3 || depth >= MAX_PROCLITIC_DEPTH || isFrozen(w)) return w;
  // لل is ل + ال, except before a frozen word that begins with ل itself (للبنان, لليبيا, للجنة).
  const lamReading = w.startsWith('لل') && isFrozen(w.slice(1));
  if ((w.startsWith('لل') && !lamReading) || w.startsWith('ال')) {
    const rest = stripProclitics(w.slice(2), depth + 1);
    if (core(rest) >= 2) return rest;
  }
  const first = w[0]!;
  if (FREE_PROCLITICS.has(first) || BOUND_PROCLITICS.has(first)) {
    const after = w.slice(1);
    const rest = stripProclitics(after, depth + 1);
    const restLost = after.length - rest.length;
    // ف and ك only in front of an article that came off (فال, كال, فبال, فلل…).
    if (BOUND_PROCLITICS.has(first) && restLost < 2) return w;
    // Before an article that came off (بال, وال, كال, فال) the article's threshold applies.
    const articleGone = (after.startsWith('ال') || after.startsWith('لل')) && restLost >= 2;
    if (core(rest) >= (articleGone ? 2 : MIN_STEM)) return rest;
  }
  return w;
}

/** Strips proclitics from a normalised token (no normalisation, no suffixes); see the module comment. */
export function stripCliticsNormalized(token: string): string {
  if (token.length < 3 || !isArabicLetter(token.charCodeAt(0))) return token;
  return stripProclitics(token, 0);
}

/** Light-stems a normalised token: proclitics, then suffixes (no normalisation). */
export function lightStemNormalized(token: string): string {
  if (token.length < 3 || !isArabicLetter(token.charCodeAt(0))) return token;
  return stripSuffixes(stripCliticsNormalized(token), MIN_STEM);
}

/** Removes the proclitics (و ف ب ك ل ال and their combinations) of one token, normalising it first. */
export function stripClitics(token: string): string {
  return stripCliticsNormalized(normalizeArabic(token));
}

/** Light-stems one token (normalise, strip proclitics, strip suffixes); Latin words and numbers unchanged. */
export function lightStem(token: string): string {
  return lightStemNormalized(normalizeArabic(token));
}
