import type { AnalyzedSentence, Token } from '../mentions/analysis.js';

/**
 * Enumerations inside one sentence, as spans of its text: "A、B和C" (serial), "一是A，二是B" and
 * "一个是A，一个是B" (ordinal). Items are raw spans; components.ts trims them to names.
 */

export interface Item {
  start: number;
  end: number;
}

export interface Enumeration {
  items: Item[];
  start: number;
  /** Ends with 等 and no count: the list may go on, so it cannot spell out a slogan. */
  open: boolean;
}

/**
 * Sets of UTF-16 code units, not regular expressions nor one-character strings: these are asked at
 * every character of a sentence, and charAt makes a new string for each Han character.
 */
const codes = (chars: string) => new Set(Array.from(chars, (char) => char.charCodeAt(0)));
const CLAUSE_END = codes('，。；：！？,;:!?');
const OPEN = codes('（(');
const CLOSE = codes('）)');
const ENUMERATION_COMMA = '、'.charCodeAt(0);
/** Conjunctions that join the last item: A、B和C. Only as jieba conjunctions, so 与 in "A与B同城化" (with) does not split. */
const JOINERS = new Set(['和', '与', '及', '以及']);
const NUMERAL_AFTER_LIST = /^[一二两三四五六七八九十\d]/;

/** Clauses at bracket depth 0, and the inside of each bracket pair (an aside that may list things). */
function clauses(text: string): Item[] {
  const found: Item[] = [];
  let start = 0;
  const opened: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const char = text.charCodeAt(i);
    if (OPEN.has(char)) opened.push(i + 1);
    else if (CLOSE.has(char)) {
      const inner = opened.pop();
      if (inner !== undefined) found.push({ start: inner, end: i });
    } else if (opened.length === 0 && (i === text.length || CLAUSE_END.has(char))) {
      if (i > start) found.push({ start, end: i });
      start = i + 1;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Where the clause holding `position` starts. */
export function clauseStart(text: string, position: number): number {
  let depth = 0;
  for (let i = position - 1; i >= 0; i--) {
    const char = text.charCodeAt(i);
    if (CLOSE.has(char)) depth++;
    else if (OPEN.has(char)) {
      if (depth === 0) return i + 1;
      depth--;
    } else if (depth === 0 && CLAUSE_END.has(char)) return i + 1;
  }
  return 0;
}

/** Where the clause holding `position` ends. */
export function clauseEnd(text: string, position: number): number {
  let depth = 0;
  for (let i = position; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (OPEN.has(char)) depth++;
    else if (CLOSE.has(char)) {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && CLAUSE_END.has(char)) return i;
  }
  return text.length;
}

/**
 * The first token inside [start, end) that `matches`, found by the token starting at each word
 * boundary rather than by scanning the sentence's tokens, which a sentence of many clauses would do once per clause.
 */
function tokenIn(analysis: AnalyzedSentence, start: number, end: number, matches: (token: Token) => boolean): Token | undefined {
  for (let position = start; position < end; position++) {
    const token = analysis.boundaries.has(position) ? analysis.tokenAt.get(position) : undefined;
    if (token && token.end <= end && matches(token)) return token;
  }
  return undefined;
}

/**
 * The items of [start, end): split at 、 outside brackets, the last piece at a conjunction, and
 * cut at 等. Without 、 a bare "A和B" counts only when `joinedOnly` allows it: in running prose it
 * is as often a verb's two objects as a list.
 */
export function splitItems(analysis: AnalyzedSentence, start: number, end: number, joinedOnly = false): Enumeration | undefined {
  const { text } = analysis;
  const pieces: Item[] = [];
  let pieceStart = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const char = text.charCodeAt(i);
    if (OPEN.has(char)) depth++;
    else if (CLOSE.has(char)) depth = Math.max(0, depth - 1);
    else if (char === ENUMERATION_COMMA && depth === 0) {
      pieces.push({ start: pieceStart, end: i });
      pieceStart = i + 1;
    }
  }
  const last = { start: pieceStart, end };
  if (pieces.length === 0 && !joinedOnly) return undefined;
  let open = false;
  const cut = tokenIn(analysis, last.start + 1, last.end, (token) => token.word === '等' && token.tag === 'u');
  if (cut) {
    open = !NUMERAL_AFTER_LIST.test(text.slice(cut.end));
    last.end = cut.start;
  }
  const joiner = tokenIn(analysis, last.start + 1, last.end - 1, (token) => JOINERS.has(token.word) && token.tag === 'c');
  if (joiner) {
    pieces.push({ start: last.start, end: joiner.start }, { start: joiner.end, end: last.end });
  } else {
    pieces.push(last);
  }
  if (pieces.length < 2 || pieces.some((piece) => piece.end <= piece.start)) return undefined;
  return { items: pieces, start, open };
}

/** Serial enumerations "A、B和C" of every clause and bracketed aside. */
export function serialEnumerations(analysis: AnalyzedSentence): Enumeration[] {
  // splitItems finds a list only at a 、: a sentence without one has none (most sentences).
  if (!analysis.text.includes('、')) return [];
  return clauses(analysis.text).flatMap(({ start, end }) => splitItems(analysis, start, end) ?? []);
}

const ORDINALS = '一二三四五六七八九十';
/** 一是…二是… (numbered) or 一个是…一个是… (two of a kind), each starting a clause. */
const ORDINAL_MARKER = /(?<=^|[，。；：,;:])(?:([一二三四五六七八九十])是|(?:另)?一个是)/g;

export function ordinalEnumerations(analysis: AnalyzedSentence): Enumeration[] {
  const { text } = analysis;
  const markers: { start: number; end: number; ordinal: number | undefined }[] = [];
  ORDINAL_MARKER.lastIndex = 0;
  for (let match = ORDINAL_MARKER.exec(text); match !== null; match = ORDINAL_MARKER.exec(text)) {
    const ordinal = match[1] === undefined ? undefined : ORDINALS.indexOf(match[1]) + 1;
    markers.push({ start: match.index, end: match.index + match[0].length, ordinal });
  }
  const found: Enumeration[] = [];
  let run: typeof markers = [];
  const flush = () => {
    if (run.length >= 2) {
      const items = run.map((marker, i) => {
        let itemEnd = run[i + 1]?.start ?? clauseEnd(text, marker.end);
        while (itemEnd > marker.end && CLAUSE_END.has(text.charCodeAt(itemEnd - 1))) itemEnd--;
        return { start: marker.end, end: itemEnd };
      });
      found.push({ items, start: run[0]?.start ?? 0, open: false });
    }
    run = [];
  };
  for (const marker of markers) {
    const previous = run.at(-1);
    // Numbered markers count up from 一; 一个是 markers simply repeat.
    const follows = previous !== undefined
      && (marker.ordinal === undefined ? previous.ordinal === undefined : previous.ordinal !== undefined && marker.ordinal === previous.ordinal + 1);
    if (follows) {
      run.push(marker);
      continue;
    }
    flush();
    if (marker.ordinal === undefined || marker.ordinal === 1) run.push(marker);
  }
  flush();
  return found;
}
