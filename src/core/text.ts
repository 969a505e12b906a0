/**
 * Text folding shared by the pipeline (merging surface forms), the query core (resolving what a
 * user typed) and the explorer's search, so all three agree on when two spellings are the same.
 */

const QUOTES = /[“”‘’"'「」『』《》〈〉]/g;

/**
 * Text that folding leaves as it is (ideographs, digits, lower-case Latin, ASCII brackets), the
 * common case by far: tested first, it skips the normalization and four replacements.
 */
const ALREADY_FOLDED = /^[\u3400-\u4dbf\u4e00-\u9fff0-9a-z()]*$/;

/**
 * Full-width ASCII → half-width (NFKC does this and also unifies compatibility forms),
 * all bracket shapes → ( ), quotes and spaces removed, Latin lower-cased.
 * 西部（重庆）科学城, 西部(重庆)科学城 and “两点” all fold to one key each.
 */
export function foldText(text: string): string {
  if (ALREADY_FOLDED.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/[〔【［[]/g, '(')
    .replace(/[〕】］\]]/g, ')')
    .replace(QUOTES, '')
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase();
}

/** True for CJK unified ideographs (the basic block and extension A). */
export function isHan(char: string): boolean {
  return isHanCode(char.codePointAt(0) ?? 0);
}

/** `isHan` for a code point, or for `text.charCodeAt(i)` when scanning without making one-character strings. */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}
