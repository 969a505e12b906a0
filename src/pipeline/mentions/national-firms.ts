import type { Mention } from '../../core/types.js';
import type { Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from './analysis.js';
import { mention } from './span.js';

/**
 * The central state enterprises are named 中国 and their abbreviation (中国中化, 中国华能, 中国星网),
 * which jieba writes as 中国/ns and a word it tags an abbreviation, another proper noun or does not
 * know. An everyday word after 中国 makes a slogan or a phrase instead (中国制造, 中国速度), and a
 * place makes a region (中国西部). Each is an organization candidate for the scorer.
 */
const COUNTRY = '中国';
/** Tags of an enterprise's abbreviation: abbreviation, other proper noun, unknown word. */
const ABBREVIATION = /^(?:j|nz|x)$/;
const ABBREVIATION_LENGTH = 2;
/** Tags of words that continue a name: nouns of every kind, verbal nouns, abbreviations, unknown words. */
const NAME_GOES_ON = /^(?:n[a-z]*|vn|j|x)$/;
/** Words that stand after a firm's name without being part of another name: its seat, its group, its units. */
const FIRM_PART = new Set(['总部', '旗下', '集团', '公司', '所属']);

export function nationalFirmMentions(analysis: AnalyzedSentence, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  for (const token of analysis.tokens) {
    if (token.word !== COUNTRY) continue;
    const firm = analysis.tokenAt.get(token.end);
    if (firm === undefined || firm.word.length !== ABBREVIATION_LENGTH || !ABBREVIATION.test(firm.tag) || !/^[\u4e00-\u9fff]+$/.test(firm.word)) continue;
    if (lexicon.commonWords.has(firm.word) || lexicon.gazetteer.forms.has(firm.word) || lexicon.knownForms.has(firm.word)) continue;
    // A noun after the abbreviation goes on with a longer name (中国空天信息…联盟), unless it is the firm's seat (中国华能总部).
    const next = analysis.tokenAt.get(firm.end);
    if (next !== undefined && /^[\u4e00-\u9fff]/.test(next.word) && NAME_GOES_ON.test(next.tag) && !FIRM_PART.has(next.word)) continue;
    found.push(mention(analysis, token.start, firm.end, 'organization', 'pattern'));
  }
  return found;
}
