import { foldText, isHan } from '../../core/text.js';
import type { EntityType, Mention, MentionSource } from '../../core/types.js';
import { headEnding, type Lexicon } from '../lexicon.js';
import { isProperToken, isWholeToken, tokenEndingAt, type AnalyzedSentence, type Token } from './analysis.js';
import { knownFormsIn } from './known-forms.js';

export const MAX_NAME_LENGTH = 24;

/**
 * The "以 X 为 Y 的" frame of a name's modifier (以大数据智能化为引领的…, 以人民为中心的…): X is a short
 * noun phrase, Y one word. `MODIFIER_FRAME` finds it opening a span, `MODIFIER_FRAME_BEFORE` ending
 * right before one; `MODIFIER_FRAME_LENGTH` is the longest frame.
 */
const FRAME_OUTSIDE = '[^，。；：、“”《》为的以\\s]';
const [MAX_FRAME_X, MAX_FRAME_Y] = [10, 4];
const FRAME_BODY = `以(${FRAME_OUTSIDE}{1,${MAX_FRAME_X}})为${FRAME_OUTSIDE}{1,${MAX_FRAME_Y}}的`;
/** Its match's group 1 is X. */
export const MODIFIER_FRAME = new RegExp(`^${FRAME_BODY}`);
export const MODIFIER_FRAME_BEFORE = new RegExp(`${FRAME_BODY}$`);
/** 以, X, 为, Y and 的 at their longest. */
export const MODIFIER_FRAME_LENGTH = MAX_FRAME_X + MAX_FRAME_Y + 3;

/** When signals claim the same span, the more specific one decides the type: the lexicon, then 《》, quotes, patterns, lists, jieba. */
export const SOURCE_RANK: Readonly<Record<MentionSource, number>> = { alias: 0, gazetteer: 1, title: 2, quote: 3, motto: 4, pattern: 5, town: 6, list: 7, jieba: 8 };
const LONGEST_BOUNDARY_WORD = 4;

/**
 * The mention with no weak flag, as a new object of the same fields in the same order. (Deleting the
 * property instead would turn the object into a slow dictionary, and mentions are read by every stage.)
 */
export function asStrong(found: Mention): Mention {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- weak is taken out so that the rest can be kept.
  const { weak, ...strong } = found;
  return strong;
}

/** Whether `inner` lies inside `outer` and is shorter: a mention nested in another (黔江区 in 重庆市黔江区人民政府). */
export function nestsIn(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}

export function mention(
  analysis: AnalyzedSentence,
  start: number,
  end: number,
  type: EntityType,
  source: MentionSource,
  extra: Pick<Mention, 'sameAs' | 'weak'> = {},
): Mention {
  return { sentence: analysis.sentence.id, start, end, surface: analysis.text.slice(start, end), type, source, ...extra };
}

/** Characters a name may contain besides Han: 〇 (二〇三五年), Latin letters and digits (5G, T3B) and brackets around a place. */
function isNameChar(char: string): boolean {
  return isHan(char) || /[〇A-Za-z0-9（）·]/.test(char);
}

const DASH = /^[—–\-－]$/;

/**
 * A single dash between two ideographs joins the parts of one name (中国—东盟博览会,
 * 大田湾—文化宫—大礼堂文化风貌片区, 北海-钦州-防城港一体化); a doubled one (——) sets a clause apart.
 */
export function joinsNameParts(text: string, index: number): boolean {
  return DASH.test(text.charAt(index)) && isHan(text.charAt(index - 1)) && isHan(text.charAt(index + 1));
}

/**
 * A boundary word (verb, function word, determiner) ending at `position`, on word boundaries at
 * both ends (服务 ends no name inside 服务业); single characters only as whole jieba tokens.
 */
export function boundaryEndingAt(analysis: AnalyzedSentence, lexicon: Lexicon, position: number): string | undefined {
  for (let length = Math.min(LONGEST_BOUNDARY_WORD, position); length >= 1; length--) {
    const word = analysis.text.slice(position - length, position);
    if (!lexicon.boundaries.has(word)) continue;
    if (length === 1 ? isWholeToken(analysis, position - 1, position) : analysis.boundaries.has(position - length) && analysis.boundaries.has(position)) {
      return word;
    }
  }
  return undefined;
}

/** Whether the name of a known organization, of at most eight characters, ends at `position`. */
function organizationEndingAt(analysis: AnalyzedSentence, lexicon: Lexicon, position: number): boolean {
  return knownEndingAt(analysis, lexicon, position, 'organization');
}

/** Whether the name of a known `type`, of at most eight characters, ends at `position`. */
function knownEndingAt(analysis: AnalyzedSentence, lexicon: Lexicon, position: number, type: EntityType): boolean {
  return knownStartEndingAt(analysis, lexicon, position, type) !== undefined;
}

/** Where the name of a known `type`, of at most eight characters, that ends at `position` starts. */
function knownStartEndingAt(analysis: AnalyzedSentence, lexicon: Lexicon, position: number, type: EntityType): number | undefined {
  return knownFormsIn(analysis, lexicon).find(([start, end, known]) => end === position && end - start <= 8 && known === type)?.[0];
}

/**
 * Types whose names are nouns: a verb inside one makes a clause (受市人民政府委托), and a slogan before one
 * is the clause's verb phrase (高质量发展|两江新区), not its modifier.
 */
export const NOUN_TYPES: ReadonlySet<EntityType> = new Set(['place', 'organization', 'project']);

/** A whole word the gazetteer or the lexicon knows as a place. */
export function isPlaceForm(token: Token | undefined, lexicon: Lexicon): boolean {
  return token !== undefined && (lexicon.gazetteer.forms.has(token.word) || lexicon.knownForms.get(token.word)?.type === 'place');
}

/**
 * A gazetteer place whatever jieba tags it (大足/d, 遵义/v, 合肥/n): a province or prefecture city, or
 * a county's form that is no everyday word (新建, 资源 and 江山 are; 城口 and 大足 are not). jieba's tags
 * come from its dictionary, which saw some place names more often as other words.
 */
export function isSurePlaceForm(token: Token | undefined, lexicon: Lexicon): boolean {
  const form = token === undefined ? undefined : lexicon.gazetteer.forms.get(token.word);
  return form !== undefined && token !== undefined && (form.level === 'province' || form.level === 'prefecture' || !lexicon.commonWords.has(token.word));
}

/** A word that names a place: the gazetteer's or the lexicon's, or one jieba tags a place. */
export function isPlaceWord(token: Token | undefined, lexicon: Lexicon): boolean {
  return token?.tag === 'ns' || isPlaceForm(token, lexicon);
}

/**
 * A place word that names a place by itself: of two characters or more (a lone 榆/ns is part of an
 * abbreviated name, 呼包鄂榆), and no common word that jieba tags a place too (城市/ns, 区域), which the
 * qualifiers list.
 */
export function isNamedPlace(token: Token | undefined, lexicon: Lexicon): boolean {
  return token !== undefined && token.word.length >= 2 && isPlaceWord(token, lexicon) && !lexicon.qualifiers.has(token.word);
}

/** A word that opens no place's name: not a place, an abbreviation, punctuation or a head word (试验区 before its 片区). */
function isPlainWord(token: Token, lexicon: Lexicon): boolean {
  return isHan(token.word.charAt(0)) && !isPlaceWord(token, lexicon) && token.tag !== 'j' && headEnding(lexicon, token.word) === undefined;
}

/**
 * Whether a category ends at `position` and a name opens there: a qualifier and a head word, written
 * as one word (重点项目/n) or as two (重点/n 工程/n), then a proper word or a known place. The name
 * is what the category classifies (重点工程隆泸叙铁路, 市级重点项目长安汽车新能源基地), as a list's items
 * precede 等 and its category. A common word after it continues the phrase (区域中心城市).
 */
export function categoryBefore(analysis: AnalyzedSentence, lexicon: Lexicon, position: number): boolean {
  const next = analysis.tokenAt.get(position);
  // jieba tags some common words proper (城市/ns), and the qualifiers list them; a direction opens a place (西部科学城).
  if (next === undefined || !((isProperToken(next) && !lexicon.qualifiers.has(next.word)) || isPlaceForm(next, lexicon) || (next.tag === 'f' && next.word.length >= 2))) return false;
  const token = tokenEndingAt(analysis, position);
  if (token === undefined) return false;
  const head = headEnding(lexicon, token.word);
  if (head === undefined) return false;
  const qualifier = head.head === token.word ? tokenEndingAt(analysis, token.start)?.word : token.word.slice(0, -head.head.length);
  return qualifier !== undefined && lexicon.qualifiers.has(qualifier);
}

/**
 * Where a name ending at `end` starts: walk left over name characters until a boundary word,
 * punctuation or the length limit, then move right to a word boundary so no word is cut.
 */
export function nameStart(analysis: AnalyzedSentence, lexicon: Lexicon, headStart: number, end: number, type: EntityType): number {
  const { text } = analysis;
  let start = headStart;
  let openBrackets = 0;
  while (start > 0 && end - start < MAX_NAME_LENGTH) {
    const char = text.charAt(start - 1);
    if (!isNameChar(char) && !joinsNameParts(text, start - 1)) break;
    const boundary = boundaryEndingAt(analysis, lexicon, start);
    if (boundary !== undefined && !continuesNounPhrase(analysis, start - boundary.length, start)) break;
    // An organization opens no programme's name (国务院|成渝地区双城经济圈), but does its own bodies' (中共重庆市委第五届委员会).
    if (type !== 'organization' && organizationEndingAt(analysis, lexicon, start)) {
      // …but an event opens with the body that holds it (上合组织天津峰会, 东盟博览会).
      if (EVENT_HEAD.test(text.slice(headStart, end))) start = knownStartEndingAt(analysis, lexicon, start, 'organization') ?? start;
      break;
    }
    if (NOUN_TYPES.has(type) && knownEndingAt(analysis, lexicon, start, 'slogan')) break;
    if (categoryBefore(analysis, lexicon, start)) break;
    const before = tokenEndingAt(analysis, start);
    // A place is named after the places it holds: a plain word before the first of them is no part of it (过渡时期|重庆都市圈),
    // unless that word closes the name of a zone the place is part of (…自由贸易试验区|南沙片区).
    if (type === 'place' && isNamedPlace(analysis.tokenAt.get(start), lexicon) && before !== undefined && isPlainWord(before, lexicon)) break;
    if (char === '）') openBrackets++;
    if (char === '（') {
      if (openBrackets === 0) break;
      openBrackets--;
    }
    start--;
  }
  start = skipGoverningVerb(analysis, skipLeadingBoundaries(analysis, lexicon, start, headStart), headStart, end);
  while (start < headStart && (!analysis.boundaries.has(start) || /[（）·]/.test(text.charAt(start)))) start++;
  return start;
}

/** An administrative unit written in full, with its level: 大渡口区, 达州市, 四川省, 石柱土家族自治县. */
export const UNIT_WITH_LEVEL = /^[\u4e00-\u9fff]{2,}(?:省|市|区|县|自治州|州|盟|旗)$/;

/** A unit written in full that the gazetteer knows (大足区, 重庆市): `text` is the whole unit. */
export function isFullUnit(text: string, lexicon: Lexicon): boolean {
  return UNIT_WITH_LEVEL.test(text) && lexicon.gazetteer.forms.has(text);
}

/** The heads that close a work's name: 一期工程, 建设项目. */
export const WORK_HEAD = /(?:工程|项目)$/;

/** Whether an autonomous unit's level (自治区, 自治州, 自治县, 自治旗) is written at `start`. */
export function opensAutonomousUnit(text: string, start: number): boolean {
  return start >= 0 && text.startsWith('自治', start) && /[区州县旗]/.test(text.charAt(start + 2));
}

/** A level form right after 自治 (区人民政府 in 自治区人民政府) is the end of an autonomous unit's body, not a body of its own. */
export function insideAutonomousUnit(text: string, start: number): boolean {
  return opensAutonomousUnit(text, start - 2);
}

/** Heads of events, which are named by the body that holds them as well as by their place (上合组织天津峰会). */
const EVENT_HEAD = /(?:峰会|论坛|博览会|年会|大会|运动会)$/;

/** Tags of the noun a verb takes as its object: common, proper and verbal nouns, abbreviations. */
const OBJECT_TAGS = /^(?:n|nr|ns|nt|nz|vn|j)$/;
/** Heads of campaigns, which are named by what they do (保护母亲河行动, 消除艾滋病母婴传播行动计划). */
const CAMPAIGN_HEAD = /(?:行动|行动计划|工程)$/;
/** A battle (脱贫攻坚战, 蓝天保卫战) is named by what it defends or takes: the verb before it is the clause's (打赢, 打好), whatever jieba tags its object. */
const BATTLE_HEAD = /战$/;
/** Words that frame a clause before its verb: time words, amounts (全年), adverbs, pronouns, and adjectives used as adverbs (圆满/a 承办). */
const CLAUSE_FRAME_TAGS = /^(?:t|m|d|r|a|ad)$/;

/**
 * A verb that opens the walk with a noun right after it governs the name as its object, whichever
 * verb it is, listed or not: 实行/v 政府权责清单制度 → 政府权责清单制度. A one-character verb is
 * often a name's own morpheme (引大济岷工程), two verbs in a row are one act named (防范化解…), and a
 * campaign keeps its verb.
 */
function skipGoverningVerb(analysis: AnalyzedSentence, start: number, headStart: number, end: number): number {
  // A time, amount or adverb before the verb frames the clause (全年/m 签约/v 京津项目): it goes with the verb.
  let verbStart = start;
  for (let frame = analysis.tokenAt.get(verbStart); frame !== undefined && CLAUSE_FRAME_TAGS.test(frame.tag) && frame.end < headStart; frame = analysis.tokenAt.get(verbStart)) verbStart = frame.end;
  const verb = analysis.tokenAt.get(verbStart);
  if (verbStart > start && verb?.tag !== 'v') return start;
  const head = analysis.text.slice(headStart, end);
  // 自治/v before 区 is the autonomous unit's name (自治区人民政府), not a verb.
  if (verb?.tag !== 'v' || verb.word.length < 2 || CAMPAIGN_HEAD.test(head) || insideAutonomousUnit(analysis.text, verb.end)) return start;
  // An ordinal or a count may open the object (承办/v 第十三届/m 中国…博览会).
  const opening = analysis.tokenAt.get(verb.end);
  const object = opening?.tag === 'm' ? analysis.tokenAt.get(opening.end) : opening;
  const battle = BATTLE_HEAD.test(head);
  // A battle's verb right after the clause's own (打好|化解政府债务攻坚战) is the act the battle is named by.
  if (battle && tokenEndingAt(analysis, verbStart)?.tag.startsWith('v')) return start;
  const governs = object !== undefined && object.start < headStart && (OBJECT_TAGS.test(object.tag) || (battle && !object.tag.startsWith('v')));
  return governs ? verb.end : start;
}

/**
 * A boundary word that jieba reads as a verbal noun right after a common noun is part of the noun
 * phrase, not a verb before the name: 交通/n 建设/vn 三年行动计划, 高铁/n 建设/vn 五年行动方案.
 */
function continuesNounPhrase(analysis: AnalyzedSentence, start: number, end: number): boolean {
  const word = analysis.tokenAt.get(start);
  if (word?.end !== end || word.tag !== 'vn' || start === 0) return false;
  return tokenEndingAt(analysis, start)?.tag === 'n';
}

/** jieba tags of set phrases and verbs whose leading boundary word may be cut off (全面落实/i). */
const PHRASE_TAGS = new Set(['i', 'l', 'v', 'vd', 'd', 'a', 'ad']);

/**
 * Whether `text` is a run of these words, each of two to four characters: 全面实施 = 全面 + 实施
 * (boundary words), 重点产业 = 重点 + 产业 (qualifiers).
 */
export function splitsInto(text: string, words: ReadonlySet<string>): boolean {
  if (text === '') return true;
  for (let length = Math.min(LONGEST_BOUNDARY_WORD, text.length); length >= 2; length--) {
    if (words.has(text.slice(0, length)) && splitsInto(text.slice(length), words)) return true;
  }
  return false;
}

/**
 * Moves `start` past boundary words that open the span (全面落实长江保护法 → 长江保护法). A boundary word
 * is cut only where it ends a word or sits inside a verb or set phrase: 服务业 keeps its 服务.
 */
export function skipLeadingBoundaries(analysis: AnalyzedSentence, lexicon: Lexicon, start: number, limit: number): number {
  let position = start;
  for (let cut = true; cut && position < limit; ) {
    cut = false;
    for (let length = Math.min(LONGEST_BOUNDARY_WORD, limit - position); length >= 2; length--) {
      if (!lexicon.boundaries.has(analysis.text.slice(position, position + length))) continue;
      const containing = analysis.tokens.find((token) => token.start <= position && token.end >= position + length);
      const phrase = containing !== undefined && (PHRASE_TAGS.has(containing.tag) || splitsInto(containing.word, lexicon.boundaries));
      if (analysis.boundaries.has(position + length) || phrase) {
        position += length;
        cut = true;
        break;
      }
    }
  }
  return position;
}

/** A generic phrase, a stop word or a fragment rather than a name. */
export function isJunkName(surface: string, lexicon: Lexicon): boolean {
  const folded = foldText(surface);
  if (folded.length < 2 || lexicon.stopwords.has(surface) || lexicon.stopwords.has(folded)) return true;
  // A quantity (340个项目, 2023年, 15%) is no name; a name may start with digits or Latin letters (5G网络建设工程, 3D打印产业园).
  return /^[\d.%]+$/.test(folded) || QUANTITY.test(folded);
}

/** Whether `text` opens with a quantity: digits and a unit, a measure word or a date word (100件, 15万人次, 2023年). */
export function opensQuantity(text: string): boolean {
  return QUANTITY.test(text);
}

/** Digits followed by a unit, a measure word or a date word: the start of a quantity (but 6号线 is a metro line). */
const QUANTITY = /^[\d.]+(?:[%‰个项家条座所批次年月日亿万千百十余多种类名人户位米吨元届期台辆架艘列套处间栋张份件头只亩株]|号(?!线)|公里|公顷|平方|立方|千瓦|标箱)/;

/** Tags of the words a noun phrase is made of: nouns of every kind, verbal and adjectival nouns, numbers and measures, distinguishing words. */
const NOMINAL = /^(?:n|vn|an|a|b|j|eng|x|m|q|s|f|l|i)/;

/**
 * Where the noun phrase that token `last` ends (at `end`) starts: back over nominal words (and
 * quotes and brackets inside a name) until a verb, preposition, conjunction, particle, pronoun,
 * adverb or punctuation. The classic base-NP chunk, read from jieba's tags. Returns `end` when no
 * token ends there.
 */
export function nounPhraseStart(tokens: readonly Token[], last: number, end: number): number {
  if (last < 0 || tokens[last]?.end !== end) return end;
  let start = end;
  for (let index = last; index >= 0; index--) {
    const token = tokens[index] as Token;
    const quoteOrBracket = /^[“”·（）]$/.test(token.word);
    // jieba tags punctuation x, like the words it does not know: only the latter belong to a phrase.
    const word = token.tag !== 'x' || /[\u3400-\u9fffA-Za-z0-9]/.test(token.word);
    if (!quoteOrBracket && !(word && NOMINAL.test(token.tag))) break;
    start = token.start;
  }
  return start;
}
