import type { Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from './analysis.js';
import { Trie } from './trie.js';

/** A lexicon form found in a sentence: its offsets and the type of the name it is a form of. */
export type KnownSpan = [start: number, end: number, type: string];

const tries = new WeakMap<Lexicon, Trie<string>>();
const spans = new WeakMap<AnalyzedSentence, KnownSpan[]>();

/** The lexicon's forms → type, as a trie, built once per lexicon. */
function knownTrie(lexicon: Lexicon): Trie<string> {
  let trie = tries.get(lexicon);
  if (!trie) {
    trie = new Trie<string>();
    for (const [form, known] of lexicon.knownForms) trie.set(form, known.type);
    tries.set(lexicon, trie);
  }
  return trie;
}

/**
 * Every form of the lexicon's known names (lexicon.knownForms) of two characters or more in the
 * sentence, by start, longest first at each start. Found once per sentence: the left-edge walk of
 * the head words and the scorer's features both read it.
 */
export function knownFormsIn(analysis: AnalyzedSentence, lexicon: Lexicon): readonly KnownSpan[] {
  let found = spans.get(analysis);
  if (!found) {
    found = [];
    const { text } = analysis;
    const trie = knownTrie(lexicon);
    for (let start = 0; start < text.length; start++) {
      for (const { end, value } of trie.matchesAt(text, start)) if (end - start >= 2) found.push([start, end, value]);
    }
    spans.set(analysis, found);
  }
  return found;
}
