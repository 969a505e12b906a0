import type { EntityType, Mention } from '../../core/types.js';
import type { Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from './analysis.js';
import { isJunkName, mention } from './span.js';

/**
 * jieba's own name tags, as support: ns (place) and nt (organization). On policy text ns is often
 * a fragment (成渝 out of 成渝地区双城经济圈), so a tag only stands alone when the word also looks
 * like a name of its kind; the rest are weak and count only if another signal attests the name.
 */
const PLACE_SUFFIX = /[省市区县镇乡村州江河湖山岛峡]$/;
const ORGANIZATION_SUFFIX = /(?:委员会|集团|公司|大学|学院|研究院|银行|医院|政府|党委|中央|国务院)$/;
const TAG_TYPES: Record<string, EntityType> = { ns: 'place', nt: 'organization' };

export function jiebaTagMentions(analysis: AnalyzedSentence, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  for (const token of analysis.tokens) {
    const type = TAG_TYPES[token.tag];
    if (!type || token.word.length < 2 || isJunkName(token.word, lexicon)) continue;
    const strong = type === 'place' ? PLACE_SUFFIX.test(token.word) && token.word.length >= 3 : ORGANIZATION_SUFFIX.test(token.word);
    found.push(mention(analysis, token.start, token.end, type, 'jieba', strong ? {} : { weak: true }));
  }
  return found;
}
