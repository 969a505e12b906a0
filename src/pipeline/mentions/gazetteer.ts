import { foldText } from '../../core/text.js';
import type { Mention } from '../../core/types.js';
import type { KnownName, Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from './analysis.js';
import { mention } from './span.js';
import { Trie } from './trie.js';

/** Gazetteer places and well-known names, longest match first; two-character short forms must be whole words (大足 yes, 大足迹 no). */
export function gazetteerMatcher(lexicon: Lexicon): (analysis: AnalyzedSentence) => Mention[] {
  const trie = new Trie<KnownName>();
  for (const [form, known] of lexicon.knownForms) trie.set(form, known);
  return (analysis) => {
    const found: Mention[] = [];
    const { text } = analysis;
    for (let start = 0; start < text.length; start++) {
      for (const { end, value: known } of trie.matchesAt(text, start)) {
        const short = end - start <= 2 && text.slice(start, end) !== known.name;
        if (short && !(analysis.boundaries.has(start) && analysis.boundaries.has(end))) continue;
        found.push(mention(analysis, start, end, known.type, 'gazetteer', { sameAs: [foldText(known.name)] }));
        start = end - 1;
        break;
      }
    }
    return found;
  };
}
