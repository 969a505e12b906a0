import type { Mention } from '../../core/types.js';
import type { Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from './analysis.js';
import { isJunkName, mention } from './span.js';

/**
 * Towns, townships, subdistricts and villages (棉湖镇, 咸宜乡, 河婆街道, 澳角村): the units below the
 * gazetteer's counties, which no maintained package lists with short forms. A unit of this level is
 * named by two or three characters before its level word, and the name is not an everyday word:
 * 中心镇, 建制镇, 特色小镇, 贫困村 and 城乡 name kinds, not places. jieba often glues the level word
 * to the name's last character (棉/n 湖镇/x, 五经/n 富镇/x), so only the name's first character has
 * to open a word.
 */
const LEVEL_WORDS = ['街道', '镇', '乡', '村'] as const;
const NAME_LENGTHS = [2, 3] as const;
/** Tags of a word a place's name is not made of: verbs, prepositions, numerals, pronouns, adverbs, conjunctions, particles, times. */
const NOT_A_NAME_PART = /^(?:v|vn|vd|p|m|mq|q|r|d|c|u|uj|ul|ug|uz|uv|ud|y|e|o|a|ad|an|t|f)$/;

/** Tags of a one-character word that may open a town's name: 新/a 台子镇, 东/f 兴村, 淖/g 毛湖镇. */
const OPENING_CHARACTER_TAG = /^(?:a|f|g|ng|zg)$/;
const LEVEL_CHARACTER = /^[省市区县州乡镇村旗]$/;
const PREPOSITION_CHARACTER = /^[以在把被对让使]$/;
const FORMULA_VERB = /^[带促强兴扶]$/;

/** Whether [start, headStart) can be a town's name: Han only, opening a word, of no verb, numeral or everyday word. */
function isTownName(analysis: AnalyzedSentence, start: number, headStart: number, lexicon: Lexicon): boolean {
  const { text } = analysis;
  const name = text.slice(start, headStart);
  if (!/^[\u4e00-\u9fff]+$/.test(name) || !analysis.boundaries.has(start) || lexicon.commonWords.has(name)) return false;
  // A level character opening it closes the unit before (大幕乡|东源村, 吉阳区|中廖村); a preposition
  // opens a phrase that jieba may glue into one unknown word (以城带/x 乡).
  if (LEVEL_CHARACTER.test(name.charAt(0)) || PREPOSITION_CHARACTER.test(name.charAt(0))) return false;
  // A verb of a policy formula before the level makes a phrase of it (联城带村, 扩权强镇, 千强镇).
  if (FORMULA_VERB.test(name.charAt(name.length - 1))) return false;
  // A word of the name that is a verb, a numeral or a particle (以/p 城 带/v 乡), or an everyday word of
  // its own (重点/n 镇), makes a phrase or a kind, not a name.
  for (let at = start; at < headStart; ) {
    const token = analysis.tokenAt.get(at);
    if (token === undefined) return false;
    // A name may open with one character jieba reads as an adjective, a direction or a fragment (新/a 台子, 淖/g 毛湖).
    const opening = at === start && token.word.length === 1 && token.end < headStart && OPENING_CHARACTER_TAG.test(token.tag);
    if (NOT_A_NAME_PART.test(token.tag) && !opening) return false;
    if (token.end > headStart) {
      // The level word glued to the name: an unknown word (高燕镇/x, 富镇/x) is a name; a dictionary word
      // (贫困村/n, 中心镇/ns) is a kind, or a place jieba's own tags already propose.
      return token.tag === 'x';
    }
    if (token.word.length >= 2 && lexicon.commonWords.has(token.word)) return false;
    at = token.end;
  }
  return true;
}

/** Candidates of type place for towns, townships, subdistricts and villages. Source `town`, which the scorer takes as certain. */
export function townMentions(analysis: AnalyzedSentence, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  const { text } = analysis;
  for (const level of LEVEL_WORDS) {
    for (let headStart = text.indexOf(level); headStart >= 0; headStart = text.indexOf(level, headStart + 1)) {
      const end = headStart + level.length;
      // The level word must end a word (棉湖镇、; not in 镇政府/nt, one word to jieba).
      if (!analysis.boundaries.has(end)) continue;
      // 小镇, 城镇, 乡镇, 农村, 城乡: the level word inside an everyday word.
      if (lexicon.commonWords.has(text.slice(Math.max(0, headStart - 1), end)) || lexicon.commonWords.has(text.slice(Math.max(0, headStart - 2), end))) continue;
      for (const length of NAME_LENGTHS) {
        const start = headStart - length;
        if (start < 0 || !isTownName(analysis, start, headStart, lexicon)) continue;
        const surface = text.slice(start, end);
        // A quoted one is a coined kind (“空壳村”, “明星村”), not a place.
        if (lexicon.commonWords.has(surface) || isJunkName(surface, lexicon) || (text.charAt(start - 1) === '“' && text.charAt(end) === '”')) continue;
        found.push(mention(analysis, start, end, 'place', 'town'));
      }
    }
  }
  return found;
}
