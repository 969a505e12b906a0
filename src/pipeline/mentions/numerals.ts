import type { Mention } from '../../core/types.js';
import type { Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from './analysis.js';
import { isJunkName, mention } from './span.js';

/**
 * Numeral slogans written without quotes. Two shapes:
 * - paired: numeral + character, twice or more (一区两群, 两江四岸, 五位一体, 一城多园);
 * - counted: numeral + 个/大/项 + a short noun (三个作用, 三大攻坚战, 八项行动计划). Counted phrases are
 *   often plain counting (两个方面), so they are weak: kept only if the corpus also quotes them.
 */
const NUMERAL = '[一二两三四五六七八九十百千万双多]';
/** Characters after a numeral that make a quantity, not a slogan: 一年, 三次, 两倍, 两省市 (so 四川两省市 is no 四川两). */
const UNIT = '[年月日天周次倍元亿万千百个项大名人户家座条所批位分岁届期号层米吨省市县]';
const PAIRED = new RegExp(`(?:${NUMERAL}(?!${UNIT}|${NUMERAL})[\\u4e00-\\u9fff]){2,3}`, 'g');
const COUNTED = new RegExp(`[一二两三四五六七八九十]+[个大项张][\\u4e00-\\u9fff]{2,4}`, 'g');
/** jieba tags of idioms and set phrases (一心一意, 三心二意) that the paired shape also matches. */
const IDIOM_TAGS = new Set(['i', 'l']);
/** Tags no numeral slogan holds a word of: adverbs, adjectives, pronouns, conjunctions, prepositions, particles. */
const FUNCTION_TAGS = /^(?:d|a|ad|r|c|p|u[a-z]*)$/;

export function numeralMentions(analysis: AnalyzedSentence, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  const { text } = analysis;
  for (const [pattern, weak] of [[PAIRED, false], [COUNTED, true]] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const start = match.index;
      let end = start + match[0].length;
      // 二中三中四中全会 numbers plenary sessions.
      if (text.startsWith('全会', end)) continue;
      // The counted noun is at most 4 characters; shorten it to the longest that ends on a word boundary.
      while (end > start + 3 && !analysis.boundaries.has(end)) end--;
      if (!analysis.boundaries.has(start) || !analysis.boundaries.has(end)) continue;
      const token = analysis.tokenAt.get(start);
      if (token?.end === end && IDIOM_TAGS.has(token.tag)) continue;
      // An adverb, adjective or pronoun inside is everyday prose that happens to open with numerals (双方/n 一致/d).
      if (analysis.tokens.some((inner) => inner.start >= start && inner.end <= end && FUNCTION_TAGS.test(inner.tag))) continue;
      const surface = text.slice(start, end);
      if (isJunkName(surface, lexicon)) continue;
      found.push(mention(analysis, start, end, 'slogan', 'pattern', weak ? { weak } : {}));
    }
  }
  return found;
}
