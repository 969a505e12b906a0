/**
 * Turns what a user typed into an entity: exact label or alias first, then the same name written
 * differently (width, brackets, quotes, a 推进…建设 wrapper), then fuzzy matches for abbreviations
 * and typos such as 成渝双城经济圈 for 成渝地区双城经济圈.
 */
import type { YuGraph } from '../graph-schema.js';
import { foldText } from '../text.js';
import type { EntityType } from '../types.js';
import { compareText } from './links.js';

export interface Suggestion {
  id: string;
  label: string;
  type: EntityType;
  matchedBy: 'label' | 'alias' | 'normalized' | 'fuzzy';
  /** The label or alias that matched. */
  matchedText: string;
  /** 1 label, 0.95 alias, 0.9 normalized, below 0.9 fuzzy. */
  score: number;
}

const EXACT_LABEL = 1;
const EXACT_ALIAS = 0.95;
const NORMALIZED = 0.9;
/** Fuzzy scores stay below a normalized match. */
const FUZZY_CEILING = 0.89;
/** Fuzzy matches weaker than this are noise, not suggestions. */
const FUZZY_FLOOR = 0.5;
/** A fuzzy match at or above this is one to act on (see isConfident). */
const FUZZY_CONFIDENT = 0.75;
/** …provided the next entity scores at least this much lower. */
const FUZZY_MARGIN = 0.1;
/** Names longer than any entity name are not compared character by character. */
const FUZZY_MAX_LENGTH = 64;

/**
 * Policy prose wraps names in verbs and generic nouns: 推动成渝地区双城经济圈建设, 实施乡村振兴战略.
 * Stripped from both sides of a comparison, longest first, as long as two characters remain.
 */
const LEADING = ['加快推进', '深入推进', '全面推进', '大力推进', '推动', '推进', '加快', '加强', '深化', '实施', '打造', '建设'];
const TRAILING = ['建设', '工作', '战略', '行动', '工程'];
const MIN_KEY_LENGTH = 2;

/** Code points: a CJK character is one even outside the BMP (graphemes do not matter for names). */
function chars(text: string): string[] {
  return Array.from(text);
}

/** Official names carry qualifiers in brackets: 西部（重庆）科学城 is 西部科学城. */
const QUALIFIER = /\([^()]*\)/g;

/** foldText, bracketed qualifiers dropped, and the leading verbs and trailing nouns above removed. */
function nameKey(text: string): string {
  const folded = foldText(text);
  const unqualified = folded.replace(QUALIFIER, '');
  let key = chars(unqualified).length >= MIN_KEY_LENGTH ? unqualified : folded;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of LEADING) {
      if (key.startsWith(prefix) && chars(key).length - chars(prefix).length >= MIN_KEY_LENGTH) {
        key = key.slice(prefix.length);
        changed = true;
      }
    }
    for (const suffix of TRAILING) {
      if (key.endsWith(suffix) && chars(key).length - chars(suffix).length >= MIN_KEY_LENGTH) {
        key = key.slice(0, -suffix.length);
        changed = true;
      }
    }
  }
  return key;
}

function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (const char of long) {
    if (char === short[i]) i++;
    if (i === short.length) return true;
  }
  return short.length === 0;
}

function editDistance(a: readonly string[], b: readonly string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Similarity in [0, FUZZY_CEILING] of two name keys (as code points): the query's characters in
 * order inside the name (abbreviation, 成渝双城经济圈 ⊂ 成渝地区双城经济圈), the name inside the query
 * (重庆市渝中区 ⊃ 渝中区), or few edits (typos). Coverage rewards matching most of the longer string.
 * A name inside the query ranks a little lower than an abbreviation: the rest of what was typed is
 * unexplained, and a one-character typo (两江四案) should beat a short name it contains (两江).
 * Chinese names end in their head noun (…区 a district, …区委 a committee): when the last
 * characters differ, the candidate is another kind of thing and scores lower.
 */
function similarity(query: readonly string[], name: readonly string[]): number {
  const longer = Math.max(query.length, name.length);
  const shorter = Math.min(query.length, name.length);
  if (shorter < MIN_KEY_LENGTH) return 0;
  let score = 0;
  if (query.length <= name.length ? isSubsequence(query, name) : isSubsequence(name, query)) {
    const sameHead = query[query.length - 1] === name[name.length - 1];
    score = (query.length <= name.length ? 0.5 : 0.45) + 0.4 * (shorter / longer) - (sameHead ? 0 : 0.1);
  }
  // Edit distance is at least the length difference: skip it when it cannot beat the score so far.
  if (0.9 * (shorter / longer) > score) {
    score = Math.max(score, 0.9 * (1 - editDistance(query, name) / longer));
  }
  return Math.min(score, FUZZY_CEILING);
}

interface Candidate {
  suggestion: Suggestion;
  mentions: number;
}

function byRank(a: Candidate, b: Candidate): number {
  return b.suggestion.score - a.suggestion.score || b.mentions - a.mentions
    || compareText(a.suggestion.label, b.suggestion.label) || compareText(a.suggestion.id, b.suggestion.id);
}

/**
 * Entities that `name` may refer to, best first, at most `limit`. One suggestion per entity.
 * A fuzzy suggestion only keeps a score of FUZZY_CONFIDENT or more when it comes first and the
 * next suggestion is FUZZY_MARGIN behind; every other fuzzy score is capped just below, so that
 * isConfident can judge a suggestion on its own.
 */
export function resolve(graph: YuGraph, name: string, limit = 5): Suggestion[] {
  const wanted = name.trim();
  const queryKey = nameKey(wanted);
  if (queryKey === '') return [];
  const queryChars = chars(queryKey);
  const fuzzy = queryChars.length <= FUZZY_MAX_LENGTH;

  const candidates: Candidate[] = [];
  graph.forEachNode((id, attributes) => {
    let best: Suggestion | undefined;
    const consider = (matchedBy: Suggestion['matchedBy'], matchedText: string, score: number) => {
      if (!best || score > best.score) best = { id, label: attributes.label, type: attributes.type, matchedBy, matchedText, score };
    };
    if (id === wanted || attributes.label === wanted) consider('label', attributes.label, EXACT_LABEL);
    const texts = [attributes.label, ...attributes.aliases];
    for (const text of texts) {
      if (text === wanted && text !== attributes.label) consider('alias', text, EXACT_ALIAS);
    }
    for (const text of texts) {
      if (best && best.score >= NORMALIZED) break;
      const key = nameKey(text);
      if (key === queryKey) consider('normalized', text, NORMALIZED);
      else if (fuzzy) {
        const score = similarity(queryChars, chars(key));
        if (score >= FUZZY_FLOOR) consider('fuzzy', text, score);
      }
    }
    if (best) candidates.push({ suggestion: best, mentions: attributes.mentions });
  });

  candidates.sort(byRank);
  const first = candidates[0]?.suggestion;
  const second = candidates[1]?.suggestion;
  const clearlyAhead = first !== undefined && (second === undefined || first.score - second.score >= FUZZY_MARGIN);
  return candidates.slice(0, Math.max(0, limit)).map(({ suggestion }, index) => {
    if (suggestion.matchedBy === 'fuzzy' && !(index === 0 && clearlyAhead)) {
      suggestion.score = Math.min(suggestion.score, FUZZY_CONFIDENT - 0.01);
    }
    return suggestion;
  });
}

/** Whether a caller should act on the suggestion rather than ask "did you mean …?". */
export function isConfident(suggestion: Suggestion): boolean {
  return suggestion.matchedBy !== 'fuzzy' || suggestion.score >= FUZZY_CONFIDENT;
}
