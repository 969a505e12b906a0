import { foldText, isHan } from '../../core/text.js';
import type { EntityType, Mention } from '../../core/types.js';
import type { Lexicon } from '../lexicon.js';
import { isWholeToken, tokenEndingAt, type AnalyzedSentence } from './analysis.js';
import { isEverydayTail, SET_COUNT } from './headwords.js';
import { isJunkName, mention, opensQuantity, skipLeadingBoundaries } from './span.js';

/**
 * Quoted spans: “两个维护”, “一带一路”, and a quote fused with the noun it qualifies, “两点”定位,
 * whose bare core (两点) names the same thing.
 */

const QUOTE = /“([^“”，。；：！？,;:!?\n]{2,32})”/g;
/** The longest quote taken whole, unless it is a 、-series of short phrases (“稳进增效、除险清患、改革求变、惠民有感”). */
const MAX_QUOTE = 16;
/** A motto of parallel phrases: two to five parts of two to six characters joined by 、. */
const SERIES = /^[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6}){1,4}$/;
/** Nouns besides the head words that turn a quoted word into a name: “两点”定位, “一城多园”模式. */
const FUSED_NOUNS: [string, EntityType][] = [['定位', 'slogan'], ['模式', 'slogan'], ['主题教育', 'program'], ['治理提升', 'project']];
/** Of these, only a 定位 or 模式 is the quoted thing itself (“两点”定位 = 两点); “两江四岸”治理提升 is a project about 两江四岸. */
const SAME_THING = new Set(['定位', '模式']);
/** Parts of speech of a single-word quote that is emphasis, not a name: “赋能”, “绿色”; short common nouns too (“山水”). */
const EMPHASIS_TAGS = new Set(['v', 'vn', 'a', 'ad', 'an', 'd', 'r', 'p', 'c', 'u']);
const SHORT_COMMON_NOUN = 2;
const MAX_SLOGAN_LENGTH = 14;
const NUMERAL_START = /^[一二两三四五六七八九十百千万双多]/;
/** The longest short form in words of a quoted mechanism or policy (两新, 三变); in digits any (885, 1+2, 13+5). */
const MAX_NUMERAL_SHORT_FORM = 2;
/** A count or digits opening the quote; not 一, which means "one, unified" there (“一网通办”改革 is a reform of 一网通办). */
const NUMBERED_SHORT_FORM = /^(?:[二两三四五六七八九十百千万双多]|\d)/;

/**
 * Whether a quoted number (“885”, “1+2”) or two-character numeral (“两新”, “三变”) that a head word
 * completes is the short form of the name it opens, as the conventions have 885 of “885”工作机制: the
 * policy of 两新 is what the text calls 两新. Longer numeral phrases are slogans of their own that
 * plans are named after (“两江四岸”核心区…规划), and so are known names and five-year periods (十四五).
 */
export function namesByNumeral(core: string, lexicon: Lexicon): boolean {
  if (/^[\d+]+$/.test(core)) return true;
  return NUMBERED_SHORT_FORM.test(core) && core.length <= MAX_NUMERAL_SHORT_FORM && !lexicon.knownForms.has(core);
}
/** A numeral slogan written in digits: 1361, 135, 5+2, 850+. */
const NUMERAL_CODE = /^(?:\d{3,}|\d+(?:\+\d+)+|\d+\+)$/;
/** Whether `surface` is a whole quote of a numeral slogan in digits (“1361”, “5+2”), a name though its digits alone are a quantity. */
export function isQuotedNumeralCode(surface: string): boolean {
  const quoted = /^“([^“”]+)”$/.exec(surface);
  return quoted !== null && NUMERAL_CODE.test(quoted[1] ?? '');
}
/** “一” with its classifier (一道, 一张, 一件): one thing of a kind (“一道关”), where “五张网” and “两个中心” coin a numeral slogan. */
const COUNTED_WORD = /^一[道条个张件项座片批种类]$/;
/** Everyday words: a short quote made only of these is emphasis (“断头”+“路”, “哨点”), set phrases and bound morphemes too (“好日子”/l, “空壳”+“村”/zg). */
const COMMON_TAGS = new Set(['n', 'v', 'vn', 'a', 'an', 'ad', 'd', 'l', 'zg']);

/** A quoted verb, adjective or short common noun: “赋能” (赋/v 能/v), “绿色”, “山水”. */
function isEmphasis(analysis: AnalyzedSentence, start: number, end: number): boolean {
  const core = analysis.text.slice(start, end);
  const tokens = analysis.tokens.filter((token) => token.start >= start && token.end <= end);
  if (core.length <= 3 && COUNTED_WORD.test(tokens[0]?.word ?? '') && tokens[0]?.tag === 'm') return true;
  if (tokens.length === 0 || NUMERAL_START.test(core)) return false;
  const wholeWord = tokens.length === 1 && isWholeToken(analysis, start, end);
  // A quoted dictionary noun is a word used in a special sense (“断头路”, “哨点”), not a name; so is a counted one (“一道关”).
  if (wholeWord && (EMPHASIS_TAGS.has(tokens[0]?.tag ?? '') || tokens[0]?.tag === 'n')) return true;
  if (core.length <= 3 && tokens.length <= 2 && !NUMERAL_START.test(core) && tokens.every((token) => COMMON_TAGS.has(token.tag))) return true;
  if (core.length > SHORT_COMMON_NOUN) return false;
  return tokens.every((token) => EMPHASIS_TAGS.has(token.tag) || token.tag.startsWith('n'));
}

/** A count of mountains, rivers or lakes (“四山”, “三江”): a group of places, not a numeral slogan (“两山” is 绿水青山就是金山银山). */
const PLACE_GROUP = /^[三四五六七八九十]+[山江河湖]$/;

function quotedType(core: string, lexicon: Lexicon): EntityType | undefined {
  const known = lexicon.knownForms.get(core);
  if (known) return known.type;
  if (PLACE_GROUP.test(core)) return 'place';
  // Two characters before the head, or one where the head allows it (“云长制”).
  for (const head of lexicon.heads) {
    // …but not a body's one-character head that closes an everyday word (“两个大局”: 大局 is no bureau).
    // A counted set of works or centres is a programme (“十大工程”), as a role head with a count is (headwords.ts).
    if (core.endsWith(head.head) && core.length - head.head.length >= Math.min(2, Math.max(1, head.minModifier)) && !isEverydayTail(core, head)) return head.role && SET_COUNT.test(core) ? 'program' : head.type;
  }
  return core.length <= MAX_SLOGAN_LENGTH || SERIES.test(core) ? 'slogan' : undefined;
}

/** How far after a quote the words completing its name may run before their head word. */
const COMPLETION_REACH = 8;

/** Ends of head-word phrases that continue a quote without punctuation: “885” + 工作机制. */
function completions(analysis: AnalyzedSentence, quoteEnd: number, suffixes: [string, EntityType][]): [number, EntityType][] {
  const found: [number, EntityType][] = [];
  const { text } = analysis;
  // Punctuation right after the quote ends the name there (“双城记”、共建经济圈 is two phrases).
  if (!isHan(text.charAt(quoteEnd))) return found;
  for (let position = quoteEnd + 2; position < Math.min(text.length, quoteEnd + COMPLETION_REACH); position++) {
    if (!isHan(text.charAt(position - 1))) break;
    const suffix = suffixes.find(([word]) => text.startsWith(word, position) && analysis.boundaries.has(position + word.length));
    if (suffix && analysis.boundaries.has(position)) found.push([position + suffix[0].length, suffix[1]]);
  }
  return found;
}

/** The lexicon's place forms of two characters or more, each with its rank in the lexicon's order. */
interface PlaceForms {
  rank: Map<string, number>;
  longest: number;
}

/** The place form that ends at `position` in `text`; where several do, the one the lexicon lists first. */
function placeEndingAt(text: string, position: number, places: PlaceForms): string | undefined {
  let found: string | undefined;
  let foundRank = Infinity;
  for (let length = 2; length <= Math.min(places.longest, position); length++) {
    const form = text.slice(position - length, position);
    const rank = places.rank.get(form);
    if (rank !== undefined && rank < foundRank) {
      found = form;
      foundRank = rank;
    }
  }
  return found;
}

/** Quoted names, with the lexicon's suffixes and places prepared once. */
export function quoteMatcher(lexicon: Lexicon): (analysis: AnalyzedSentence) => Mention[] {
  const suffixes: [string, EntityType][] = [...FUSED_NOUNS, ...lexicon.heads.map(({ head, type }): [string, EntityType] => [head, type])];
  const forms = [...lexicon.knownForms].filter(([form, known]) => known.type === 'place' && form.length >= 2).map(([form]) => form);
  const places: PlaceForms = { rank: new Map(forms.map((form, rank) => [form, rank])), longest: forms.reduce((most, form) => Math.max(most, form.length), 0) };
  return (analysis) => quoteMentions(analysis, lexicon, suffixes, places);
}

function quoteMentions(analysis: AnalyzedSentence, lexicon: Lexicon, suffixes: [string, EntityType][], places: PlaceForms): Mention[] {
  const found: Mention[] = [];
  const { text } = analysis;
  QUOTE.lastIndex = 0;
  for (let match = QUOTE.exec(text); match !== null; match = QUOTE.exec(text)) {
    const core = match[1] ?? '';
    const start = match.index;
    const end = start + match[0].length;
    if (core.length > MAX_QUOTE && !SERIES.test(core)) continue;
    // A quoted number is no name alone, but it opens one with the head word after it (“885”工作机制).
    const junk = isJunkName(core, lexicon);
    if (junk && !/^[\d.%+]+$/.test(foldText(core))) continue;
    // The nouns right before a quote may open its name (汽车产业“1+2”政策, 川渝“2+16”合作协议) or only
    // say what it is about: both readings are candidates, and the scorer chooses.
    const opening = nounsBefore(analysis, lexicon, start);
    const withOpening = (from: number, to: number, type: EntityType, extra: Pick<Mention, 'sameAs'> = {}) => {
      found.push(mention(analysis, from, to, type, 'quote', extra));
      if (opening !== undefined) found.push(mention(analysis, opening, to, type, 'quote', extra));
    };
    // The quoted number or numeral is the short form of the name a head word completes (885 of “885”工作机制).
    const quoteIsShortForm: Pick<Mention, 'sameAs'> = namesByNumeral(core, lexicon) ? { sameAs: [foldText(core)] } : {};
    const fused = suffixes.find(([suffix]) => text.startsWith(suffix, end) && analysis.boundaries.has(end + suffix.length));
    if (fused) {
      withOpening(start, end + fused[0].length, fused[1], SAME_THING.has(fused[0]) ? { sameAs: [foldText(core)] } : quoteIsShortForm);
      continue;
    }
    // The words that complete a quoted name further on: “885”工作机制, “米”字型高铁网.
    const completed = completions(analysis, end, suffixes);
    for (const [suffixEnd, type] of completed) withOpening(start, suffixEnd, type, quoteIsShortForm);
    // A quoted code of three digits or more, or with a plus, that no head completes is a numeral slogan of
    // its own (“1361”各领域基本能力体系, “135”、“1167”产业布局); a quantity is one with its unit after the quote (“100”件实事).
    if (junk && completed.length === 0 && NUMERAL_CODE.test(core) && !opensQuantity(core + text.slice(end, end + 2))) found.push(mention(analysis, start, end, 'slogan', 'quote'));
    if (junk) continue;
    // A verb in front of a quoted goal is not part of it: “打造营商环境最优区” names 营商环境最优区.
    const goal = skipLeadingBoundaries(analysis, lexicon, start + 1, end - 1);
    if (goal > start + 1 && end - 1 - goal >= 2) {
      const goalType = quotedType(text.slice(goal, end - 1), lexicon);
      if (goalType) found.push(mention(analysis, goal, end - 1, goalType, 'quote'));
      continue;
    }
    if (isEmphasis(analysis, start + 1, end - 1)) continue;
    const type = quotedType(core, lexicon);
    if (!type) continue;
    // A place right before the quote may belong to the name (长江“十年禁渔”) or only locate it
    // (香港“北部都会区”), as other nouns may (国际贸易“单一窗口”); either way the quote is the same thing.
    found.push(mention(analysis, start, end, type, 'quote'));
    const place = placeEndingAt(text, start, places);
    const from = place !== undefined && analysis.boundaries.has(start - place.length) ? start - place.length : opening;
    if (from !== undefined) found.push(mention(analysis, from, end, type, 'quote', { sameAs: [foldText(core)] }));
  }
  return found;
}

/** Tags of the words a name's opening before a quote is made of: nouns, proper words, abbreviations. */
const OPENING_TAGS = /^(?:n|nz|ns|nt|nr|j|vn|x)$/;
/** The longest opening before a quote, in characters. */
const MAX_OPENING = 8;

/**
 * Where the run of nouns that ends right before a quote at `quoteStart` starts (汽车/n 产业/n “1+2”),
 * if one does: no punctuation, no place or known name, no stop word, and no word that is or opens with a boundary word (jieba
 * glues some to a verb: 全面推行/n “一网通办”), at most MAX_OPENING characters.
 */
function nounsBefore(analysis: AnalyzedSentence, lexicon: Lexicon, quoteStart: number): number | undefined {
  const opensWithBoundary = (word: string) => [2, 3, 4].some((length) => length <= word.length && lexicon.boundaries.has(word.slice(0, length)));
  let from = quoteStart;
  for (let token = tokenEndingAt(analysis, from); token !== undefined; token = tokenEndingAt(analysis, from)) {
    const word = token.word;
    // A place or a known name before the quote is a name of its own (湖北“楚天英才计划”, 西部陆海新通道“13+5”物流枢纽).
    const named = token.tag === 'ns' || lexicon.knownForms.has(word) || lexicon.gazetteer.forms.has(word);
    if (!OPENING_TAGS.test(token.tag) || named || !/^[\u4e00-\u9fff]+$/.test(word) || opensWithBoundary(word) || lexicon.stopwords.has(word) || quoteStart - token.start > MAX_OPENING) break;
    from = token.start;
  }
  return from < quoteStart ? from : undefined;
}

/**
 * A motto of parallel four-character phrases written without quotes, which the noun after it names as
 * a motto: 突出稳进增效、除险固安、改革突破、惠民强企工作导向; 贯彻尊重劳动、尊重知识、尊重人才、尊重创造方针.
 * A list of topics is followed by no such noun. Slogans from the signal 'motto', which is certain: the
 * annotated sets hold too few such mottos to learn from.
 */
const UNQUOTED_MOTTO = /(?:[\u4e00-\u9fff]{4}、){2,4}[\u4e00-\u9fff]{4}(?=的?(?:工作导向|导向|总基调|方针|总要求))/g;

export function mottoMentions(analysis: AnalyzedSentence): Mention[] {
  const found: Mention[] = [];
  UNQUOTED_MOTTO.lastIndex = 0;
  for (let match = UNQUOTED_MOTTO.exec(analysis.text); match !== null; match = UNQUOTED_MOTTO.exec(analysis.text)) {
    // The first phrase must open a word: a match opens only where four characters run up to a 、, which may be inside one.
    if (analysis.boundaries.has(match.index)) found.push(mention(analysis, match.index, match.index + match[0].length, 'slogan', 'motto'));
  }
  return found;
}
