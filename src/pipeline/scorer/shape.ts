import { foldText } from '../../core/text.js';
import type { Mention } from '../../core/types.js';
import { headEnding, type Lexicon } from '../lexicon.js';
import { isProperToken, type AnalyzedSentence, type Token } from '../mentions/analysis.js';
import { categoryBefore, insideAutonomousUnit, isFullUnit, WORK_HEAD, isNamedPlace, opensAutonomousUnit, isPlaceForm, isPlaceWord, isSurePlaceForm, MODIFIER_FRAME, NOUN_TYPES, splitsInto } from '../mentions/span.js';
import type { Candidate } from './features.js';
import { headOf, sentenceView } from './features.js';
import type { KnownSpan } from '../mentions/known-forms.js';

/**
 * What no name looks like, whatever the scorer thinks of it, read from jieba's tags and the span's
 * structure rather than from a list of words seen so far. A candidate that the lexicon, a 《》 title
 * or a whole quote delimits is exempt: those signals fix both edges themselves.
 */

/** Tags that never open a name: prepositions, time words, pronouns, conjunctions, particles, adverbs, measures, suffixes (型/k). */
const NEVER_FIRST = /^(?:p|t|tg|r|rr|rz|c|u|uj|ul|uz|ug|uv|ud|d|q|e|y|o|k)$/;
/** Position words that place a time or a clause relative to another (以前, 之后, 此外): a name never opens with one. */
const RELATIVE_POSITION = /^[以之此][前后上下内外间中来]$/;
/** A time word that dates the clause (2023年, 今年, 近年来) rather than qualifying a name (新一代, 五年 in 五年行动计划). */
const DATE = /[0-9０-９今去明昨近前后当初底末来]/;
const SCOPE_OPENING = /^[各该每]/;

/** A word that opens a name of its own: a place or a proper or unknown word of two characters or more (贵安/x, 中国特色社会主义/nz; not 暨/nt). */
function startsName(token: Token | undefined, lexicon: Lexicon): boolean {
  return token !== undefined && token.word.length >= 2 && (isPlaceWord(token, lexicon) || isProperToken(token));
}
/** An office held by a person, as a word of its own: what follows it is that person's name (省长王伟中). */
const PERSON_TITLE = /^(?:[省市区县州镇乡]长|书记|副书记|主任|主席|总理|部长|厅长|局长)$/;
/** Verbs that report what someone put forward or decided: a span running through one is a clause (目标提出以下建议, 党中央作出部署). */
const REPORTING = /^(?:提出|作出|做出|指出|强调|表示)$/;
const CONJUNCTIONS = /(?:以及|及|和|与|、)/g;
/** A preposition and a level that jieba writes as one unknown word (由省/x 水利厅): by the province's body. */
const GLUED_PREPOSITION = /^[由在从向对为经][省市区县]$/;
/** A character every one of the conjunctions holds. */
const JOINING = /[及和与、]/;
const YEAR = /(?:1[89]|20)\d{2}年/;
const SESSION = /^第[一二三四五六七八九十\d]+次$/;
const YEAR_AFTER = /^(?:[〇零一二三四五六七八九]{4}|\d{4})年/;
/** Modifier words that say how many, which one or at what level, never which thing: 第四期, 十大, 首家, 340个, 市级, 区域性. */
const SCOPE = /^(?:第?[一二两三四五六七八九十百千万\d]+[期大个家批项座条类年]?|首[家个批]?|[\u4e00-\u9fff]{1,3}[级性])$/;
/** A count of things (首家, 一批, 340个): no name holds one after its first word. */
const COUNT = /^(?:首[家个批]|[一二两三四五六七八九十百千万\d]+[个家批项条])$/;
/** The five-year-plan periods (十三五, “十四五”) are names of periods, not counts. */
const FIVE_YEAR_PLAN = /十[一二三四五六七八九]五/;
/** Content words a modifier needs, without any proper word, to be distinctive rather than descriptive. */
const DISTINCTIVE_WORDS = 3;
/**
 * …and before a campaign's head, which is named by what it does in two words (美育/vn 浸润/v 行动,
 * 便捷/a 生活/vn 行动, 城市/n 更新/v 行动): a description of a kind of thing takes more (智慧冷链物流基地).
 */
const DISTINCTIVE_CAMPAIGN_WORDS = 2;
const CAMPAIGN = /行动$/;

function isVerb(token: Token | undefined): boolean {
  return token !== undefined && token.tag.startsWith('v') && token.tag !== 'vn';
}

/** A word that names a body: jieba's organization, or one that ends in a body's head (医院, 管委会, 银行). */
function isBodyWord(token: Token, lexicon: Lexicon): boolean {
  return token.tag === 'nt' || headEnding(lexicon, token.word)?.type === 'organization';
}

/**
 * The generic part of a local place name, written last: 村, 山, 岛, 港 … (团结村, 铁峰山, 钓鱼城).
 * Administrative units (市, 区, 县) are left to the gazetteer.
 */
const TOPONYM_GENERIC = new Set(Array.from('村镇乡山岭峰岩江河湖湾岛坝坪溪滩峡寨港桥塘堡岗城洲坡'));
/** The shortest toponym word: a specific part and its generic (团结村); shorter ones are everyday words (山区 aside). */
const MIN_TOPONYM = 3;

/**
 * A local place name that jieba reads as everyday words: one word of three characters or more that
 * ends in a toponym's generic (团结村/n), or a shorter word ending in one right after a noun, three
 * characters together (钓鱼/n 城/n, 铁/n 峰山/n): the span's specific part is then a place, not a description.
 */
function namesLocalPlace(tokens: readonly Token[]): boolean {
  return tokens.some((token, index) => {
    const generic = TOPONYM_GENERIC.has(token.word.slice(-1));
    // jieba tags a lone generic a noun or a bound morpheme (光明/n 村/zg).
    if (!generic || !(token.tag.startsWith('n') || token.tag === 'zg')) return false;
    if (token.word.length >= MIN_TOPONYM) return true;
    const before = tokens[index - 1];
    return before !== undefined && before.word.length + token.word.length >= MIN_TOPONYM && before.tag.startsWith('n') && before.end === token.start;
  });
}

/**
 * 至 between two places names a route (西宁至成都铁路, 两江新区至长寿快速通道), not a clause's "to". A
 * route's ends are often towns and stations jieba does not know as places: a proper or unknown word
 * (和田/nz 至 若羌/nrt), or a noun of three characters or more that is no everyday word (将军庙/n); the
 * far end may open with a character jieba leaves alone (淖/g 毛湖/x).
 */
function isRoute(tokens: readonly Token[], index: number, lexicon: Lexicon): boolean {
  const end = (token: Token | undefined) =>
    token !== undefined && (isPlaceWord(token, lexicon) || isProperToken(token) || (token.tag.startsWith('n') && token.word.length >= 3 && !lexicon.commonWords.has(token.word)));
  const next = tokens[index + 1];
  return tokens[index]?.word === '至' && end(tokens[index - 1]) && (end(next) || (next?.word.length === 1 && end(tokens[index + 2])));
}

/** Whether `next` is a verb of the boundary list written right after `token` (打造 after 成都). */
function isBoundaryVerb(next: Token | undefined, token: Token, lexicon: Lexicon): boolean {
  return next !== undefined && next.start === token.end && isListedVerb(next, lexicon);
}

/** A verb of the boundary list, as jieba tags it (打造/v, 推进/v): what a clause does, not a name's own verb. */
function isListedVerb(token: Token, lexicon: Lexicon): boolean {
  return token.tag === 'v' && lexicon.boundaries.has(token.word);
}

/** Tags jieba gives the one-character abbreviations of places (雄/n 忻/zg for 雄安–忻州, 渝/j 万/m aside). */
const ABBREVIATION_PART = /^(?:n|ns|nr|j|zg|ng)$/;
const ABBREVIATION_TAG = /^(?:ns|nr|j|zg)$/;

/**
 * A modifier made of one-character words only, one of them tagged a place, a name, an abbreviation
 * or a bound morpheme: the abbreviations of the places a line joins (雄忻高铁), not a description (油/n 气/n 管网).
 */
function isAbbreviationCompound(tokens: readonly Token[]): boolean {
  return tokens.length >= 2 && tokens.every((token) => token.word.length === 1 && ABBREVIATION_PART.test(token.tag)) && tokens.some((token) => ABBREVIATION_TAG.test(token.tag));
}

/**
 * The formula a jurisdiction's strategy is named by: what makes it strong or thrive, then the
 * jurisdiction, by level or by its one-character abbreviation (强省会, 工业强桂, 科教兴市, 制造强省).
 */
const STRENGTHENS_JURISDICTION = /[强兴](?:省会|[省市区县国城乡村]|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])$/;

/** The formula, with its 强 or 兴 opening a word (工业/n 强桂/x, 强/a 省会/n), not closing one (加强/v 县域). */
function strengthensJurisdiction(modifier: string, tokens: readonly Token[]): boolean {
  const match = STRENGTHENS_JURISDICTION.exec(modifier);
  if (match === null || tokens.length === 0) return false;
  const at = (tokens[0]?.start ?? 0) + match.index;
  return tokens.some((token) => token.start === at);
}

/** An anchor in the modifier: a place or proper noun, a known name, a quote, a brand's digits or letters, or enough words to single a thing out. */
function hasAnchor(modifier: string, tokens: readonly Token[], lexicon: Lexicon, knownInModifier: boolean, distinctiveWords: number): boolean {
  if (/[“”《0-9A-Za-z]/.test(modifier) || strengthensJurisdiction(modifier, tokens)) return true;
  // An abbreviation of everyday words (环保/j, 国企/j) names a field, not a thing: only a rare one anchors (川渝/j, 文旅/j).
  const anchors = (token: Token) => (isProperToken(token) && !(token.tag === 'j' && lexicon.commonWords.has(token.word))) || isSurePlaceForm(token, lexicon);
  if (knownInModifier || tokens.some(anchors) || namesLocalPlace(tokens) || isAbbreviationCompound(tokens)) return true;
  const content = tokens.filter((token) => !SCOPE.test(token.word) && !lexicon.qualifiers.has(token.word));
  return content.length >= distinctiveWords;
}

/** Two names joined (万黔高铁及安张铁路, 国务院和省委): the part before a conjunction already ends in a head word, or is a known name. */
function joinsTwoNames(surface: string, lexicon: Lexicon): boolean {
  // Tested first: matchAll clones its regex, and most spans hold no conjunction.
  if (!JOINING.test(surface)) return false;
  for (const joint of surface.matchAll(CONJUNCTIONS)) {
    // …规划和二〇三五年远景目标纲要: what a year opens after the conjunction is the same title going on.
    if (YEAR_AFTER.test(surface.slice(joint.index + joint[0].length))) continue;
    const before = surface.slice(0, joint.index);
    if (headOf(before, lexicon) !== undefined || lexicon.knownForms.has(before)) return true;
  }
  return false;
}

/**
 * Whether a work's name opening at `start`, right after 及, 和 or 与, is the end of a listed work whose
 * item opened at the 、 before: 、合盛硅业三期年产20万吨硅氧烷及|下游深加工项目 is one work that makes both,
 * as the part before the conjunction has no head of its own (an item with one is a work of its own: 、A项目及B项目).
 */
function endsListedWork(text: string, start: number, lexicon: Lexicon): boolean {
  if (!/[及和与]/.test(text.charAt(start - 1))) return false;
  const separator = Math.max(...Array.from('、，。；：,;:', (mark) => text.lastIndexOf(mark, start - 2)));
  const item = text.slice(separator + 1, start - 1);
  return separator >= 0 && text.charAt(separator) === '、' && item.length >= 2 && headOf(item, lexicon) === undefined;
}

/** Types whose names open with their jurisdiction, if with anything, before a place or body named in full. */
const JURISDICTION_FIRST = new Set(['place', 'organization']);
/** What may stand before such a name: places, abbreviations of places (粤, 川), a parent body (四川大学华西医院, 中国银行四川省分行), levels and terms (市十五届人大) and the party (中共). */
const JURISDICTION_TAGS = new Set(['ns', 'j', 'nt']);
const LEVEL_OR_TERM = /^(?:[省市区县州]|自治[区州县旗]|第?[一二三四五六七八九十\d]+届)$/;
/** A one-character short form before its level, which the gazetteer does not list (博/nr 州/n, 巴州). */
const LEVEL_CHARACTER = /[省市区县州盟旗]/;

/**
 * Whether a place or body ends in a place or body the lexicon knows, with words before it that are
 * not a jurisdiction: a left over-extension over a report's frame or a time (…工作报告重庆市江北区人民政府,
 * 会议上四川省人民政府, 时期重庆都市圈). A name that opens with what holds it is fine (四川省广安市人民政府,
 * 中共重庆市委, 渝东北川东北地区).
 */
function extendsPastKnownName(mention: Mention, tokens: readonly Token[], known: readonly KnownSpan[], text: string, lexicon: Lexicon): boolean {
  let from = mention.end;
  if (JURISDICTION_FIRST.has(mention.type)) for (const [knownStart, knownEnd] of known) if (knownEnd === mention.end && knownStart > mention.start && knownStart < from) from = knownStart;
  // A place is named after the places in it, so its first place word starts the name too (时期|重庆都市圈).
  // A word of the head itself (都市/ns of 都市圈) is no place the name holds. A work opens with a unit
  // written in full, if it holds one (与中心城区共创|重庆市智能网联新能源汽车特色产业园区).
  const headStart = mention.end - (headEnding(lexicon, text.slice(mention.start, mention.end), 1)?.head.length ?? 0);
  const holdsPlace = (token: Token) =>
    mention.type === 'place' ? isNamedPlace(token, lexicon) : mention.type === 'project' && isFullUnit(token.word, lexicon);
  const firstPlace = tokens.find((token) => token.start > mention.start && token.end <= headStart && holdsPlace(token));
  if (firstPlace !== undefined && firstPlace.start < from) from = firstPlace.start;
  if (from === mention.end) return false;
  // A zone's part is named after the zone (国家城乡融合发展试验区|浙江嘉湖片区): a name with its own head may open it.
  if (headEnding(lexicon, text.slice(mention.start, from)) !== undefined) return false;
  let position = text.startsWith('中共', mention.start) ? mention.start + 2 : mention.start;
  for (const token of tokens) {
    if (token.end <= position) continue;
    if (token.start >= from) break;
    // One word running into the known name (中共四川省委/nt) is jieba reading them as one name.
    if (token.end > from) return false;
    // Brackets around a place are part of the name (中国（广东）自由贸易试验区).
    if (/^[（）()]$/.test(token.word)) continue;
    const jurisdiction = JURISDICTION_TAGS.has(token.tag) || isPlaceForm(token, lexicon) || LEVEL_OR_TERM.test(token.word) || (token.word.length === 1 && LEVEL_CHARACTER.test(text.charAt(token.end))) || opensAutonomousUnit(text, token.start);
    const knownPlace = known.some(([knownStart, knownEnd, type]) => type === 'place' && knownStart <= token.start && token.end <= knownEnd);
    if (!jurisdiction && !knownPlace) return true;
    position = token.end;
  }
  return false;
}

/** Roads named by a number, and the number (a letter for the network, digits): 501省道, G318国道, S205省道. */
const ROAD_HEAD = /^(?:国道|省道|县道)$/;
const ROAD_NUMBER = /^[A-Z]?\d+$/;
/** Metro lines, named by their number after the network or its city (轨道交通四号线, 郑州地铁3号线, 6号线). */
const LINE_HEAD = '号线';
const LINE_NUMBER = /(?:^|轨道交通|地铁|轻轨|[\u4e00-\u9fff])(?:\d+|[一二三四五六七八九十]{1,3})$/;

/** The heads of a company's name: what stands before them is a trade name, any word at all (兴发集团, 延长石油集团). */
const COMPANY_HEAD = /^(?:集团|公司)$/;
/** What may stand right before a name that opens a clause or an item of a list. */
const ITEM_OPENING = /^(?:[、，；：。（“]|和|与|及)?$/;

/**
 * A company named by a trade name that jieba reads as a verb (兴发/v 集团), written where a name
 * opens: after a list's or clause's separator, or at the start of the sentence. Not a verb of the
 * boundary list, which governs a noun instead (组建集团, 深化集团改革).
 */
function isTradeName(tokens: readonly Token[], text: string, start: number, lexicon: Lexicon): boolean {
  const [trade, head] = tokens;
  return tokens.length === 2 && trade !== undefined && head !== undefined && COMPANY_HEAD.test(head.word) && isVerb(trade) && trade.word.length >= 2 && !lexicon.boundaries.has(trade.word) && ITEM_OPENING.test(text.charAt(start - 1));
}

/** An autonomous unit's level, which jieba may cut after 自治 (自治/v 区人民政府). */
const AUTONOMOUS = /自治([区州县旗])/g;

/** Levels only (区县, 市、州), with a bracketed aside dropped (区县（自治县）) and 人民 (区人民政府). */
const LEVELS_ONLY = /^(?:[省市区县州乡镇旗、]|自治)+$/;

/**
 * A body named by levels listed or compounded, or by a level after 各 (以市、州政府, 各区、县人民政府,
 * 区县（自治县）人民政府, 区县政府, 各级人民政府, 县三级政府; a level right after another is the end of a compound): the bodies of every such unit, not one body. `modifier` is what
 * stands before the head, the span starting at `start` of `text`.
 */
function namesEveryLevel(text: string, start: number, modifier: string): boolean {
  // A bracketed level is another level listed (区（县）政府); 各, 各级 or a count of levels (三级) inside the
  // span says every one of them, and so do the units along a line or concerned (沿线市县政府).
  // An autonomous unit is one level (自治区党委), not 自治 and 区 listed.
  const plain = modifier.replace(/^中共/, '').replace(/[（）]/g, '').replace(/人民$/, '').replace(AUTONOMOUS, '$1');
  const levels = plain.replace(/^(?:地方|沿线|有关|相关)?各?级?/, '').replace(/[两三四五]级$/, '');
  if ((levels !== plain && levels === '') || (plain === '' && text.slice(start - 2, start) === '各级')) return true;
  if (!LEVELS_ONLY.test(levels)) return false;
  const before = text.charAt(start - 1);
  return levels !== plain || levels.length >= 2 || before === '各' || /[省市区县州乡镇旗]/.test(before) || (before === '、' && /[省市区县州]/.test(text.charAt(start - 2)));
}

/**
 * A count written right after a phrase, which ends the clause there (续建项目93个，): digits or numerals and a
 * measure word. A count with a noun after it counts a list that the phrase ends (庐山站、峡江站2个项目).
 */
const COUNTED_AFTER = /^(?:\d+|[一二两三四五六七八九十百千]+)[个项家批座条所](?![\u4e00-\u9fff])/;
/** How far the count may run after the phrase, in characters. */
const COUNTED_REACH = 8;
/** The head of works in general, which a rank and a jurisdiction do not single out. */
const GENERIC_WORK = '项目';
/** A rank after a level (市级, 省级) or a bare level mark. */
const LEVEL_RANK = /^[省市区县]?级/;

/**
 * Whether a work's modifier is a jurisdiction and a rank only (巫山/ns 重大, 重庆市/ns 级/q 重大, 新疆自治区 重点):
 * the works of that rank in that jurisdiction, not one of them. The rank is the qualifiers' (重点, 重大).
 */
function ranksJurisdictionWorks(modifier: string, start: number, tokens: readonly Token[], lexicon: Lexicon): boolean {
  let placesEnd = start;
  for (const token of tokens) {
    if (token.start !== placesEnd || !isPlaceWord(token, lexicon)) break;
    placesEnd = token.end;
  }
  // The rank may be glued to the head in one word (巫山/ns 重大项目/n): what follows the places up to the head.
  const rank = modifier.slice(placesEnd - start).replace(LEVEL_RANK, '');
  return placesEnd > start && rank !== '' && splitsInto(rank, lexicon.qualifiers);
}

/** A word that continues a noun phrase: a noun, verbal noun, abbreviation or unknown word. */
function continuesNoun(token: Token | undefined): boolean {
  return token !== undefined && /^(?:n[a-z]*|vn|j|x)$/.test(token.tag) && /^[\u4e00-\u9fff]/.test(token.word);
}

/**
 * A firm's trade name: a word of two characters or more that jieba does not know or tags proper, and
 * no place or everyday word (凯金/x, 绿康/x, 长安汽车/nt as one word); or one jieba tags an organization.
 */
function isBrandWord(token: Token, lexicon: Lexicon): boolean {
  if (token.word.length < 2 || lexicon.commonWords.has(token.word)) return false;
  return token.tag === 'nt' || (isProperToken(token) && !isPlaceWord(token, lexicon));
}

/** True unless the span breaks one of the rules above. */
export function isNameShaped(candidate: Candidate, analysis: AnalyzedSentence, lexicon: Lexicon): boolean {
  const { mention, sources } = candidate;
  const surface = analysis.text.slice(mention.start, mention.end);
  if (foldText(surface).length < 2 || insideAutonomousUnit(analysis.text, mention.start)) return false;
  // A scope word opens no place's name (各乡镇/ns, 该县): it speaks of every or this one of a kind.
  if (mention.type === 'place' && SCOPE_OPENING.test(surface)) return false;
  const headWord = headEnding(lexicon, surface, 1);
  // Listed levels name every such body, whichever signal (the lexicon's 区政府 too) proposed one of them.
  if (mention.type === 'organization' && headWord?.needsPlace && namesEveryLevel(analysis.text, mention.start, surface.slice(0, surface.length - headWord.head.length))) return false;
  // A motto of parallel phrases is delimited by its 、 and by the word that names it (see mottoMentions).
  if (sources.includes('gazetteer') || sources.includes('title') || /^“[^“”]+”$/.test(surface) || sources.includes('motto')) return true;
  // A span that opens right after a closing quote is the rest of the quoted name (“两江四岸”核心区整体提升规划方案).
  if (analysis.text.charAt(mention.start - 1) === '”' && analysis.text.charAt(mention.start) !== '“') return false;
  const view = sentenceView(analysis, lexicon);
  const tokens = view.tokens.slice(Math.max(0, view.covering[mention.start] ?? 0), (view.covering[mention.end - 1] ?? -2) + 1);
  const first = tokens[0];
  // A "以 X 为 Y 的" frame opening the modifier is part of the name (以大数据智能化为引领的…行动计划): its 以 and 为 are no clause's.
  const frameEnd = mention.start + (MODIFIER_FRAME.exec(surface)?.[0].length ?? 0);
  // A place that jieba tags an adverb or a verb (大足/d 石刻, 遵义/v) opens a name as any place does.
  const opensWithFunctionWord = first !== undefined && first.start === mention.start && frameEnd === mention.start && (NEVER_FIRST.test(first.tag) || RELATIVE_POSITION.test(first.word));
  if (opensWithFunctionWord && !isSurePlaceForm(first, lexicon)) return false;
  // An adverb and a verb that jieba glues into one word (充分发挥/n, 大力发展/nz) are a clause's, not a name's.
  if (tokens.some((token) => token.word.length >= 4 && splitsInto(token.word, lexicon.boundaries))) return false;
  const preposition = (token: Token, index: number) => (token.tag === 'p' || GLUED_PREPOSITION.test(token.word)) && token.start >= frameEnd && !isRoute(tokens, index, lexicon);
  if (tokens.some((token, index) => preposition(token, index) || (token.tag === 't' && DATE.test(token.word)))) return false;
  // A name followed by a verb of the boundary list is a clause's subject and verb (成都打造区域经济中心,
  // 党中央作出部署): no name holds one (a name's verbs are its own: 重庆无水港, 渝沪直达快线).
  // So is a thing named by its head (…产业园成为…聚集地).
  if (tokens.some((token, index) => (isProperToken(token) || (token.word.length >= 2 && headEnding(lexicon, token.word) !== undefined)) && isBoundaryVerb(tokens[index + 1], token, lexicon))) return false;
  if (tokens.some((token) => token.start > mention.start && token.tag === 'v' && REPORTING.test(token.word))) return false;
  // A body followed by its verb is a clause about what it did (四川大学华西医院签订合作协议, 银行四川省分/v 行为/v…).
  if (tokens.some((token, index) => isVerb(tokens[index + 1]) && isBodyWord(token, lexicon))) return false;
  // A work closed by 工程 or 项目 and a name opening after it are two names side by side
  // (…S1线一期工程|贵安新区麦湖路站项目), and 建设 before a proper name is a clause (绵阳科技城建设中国特色社会主义…先行区).
  if (tokens.some((token, index) => index < tokens.length - 1 && WORK_HEAD.test(token.word) && startsName(tokens[index + 1], lexicon))) return false;
  if (tokens.some((token, index) => index > 0 && token.word === '建设' && startsName(tokens[index + 1], lexicon))) return false;
  // 等 ("and so on") closes a list: what runs through it is the list and its category (红岩村等跨江大桥).
  if (tokens.some((token) => token.word === '等' && token.start > mention.start)) return false;
  // A category with more words after it classifies the name that follows (…重点工程隆泸叙铁路).
  if (tokens.slice(1).some((token) => categoryBefore(analysis, lexicon, token.start))) return false;
  // A session count (第二次, 第5次) marks a meeting, where something was said or done: a body is named by
  // its term (第十四届), never by a session (…人民代表大会第二次会议上作政府 is a clause of a report's opening).
  if (mention.type === 'organization' && tokens.some((token) => SESSION.test(token.word))) return false;
  // A pronoun after the first word refers back (分会场设在该市/r 高新区): the span is a clause.
  if (tokens.slice(1).some((token) => token.tag === 'r' && token.word.length >= 2 && token.start >= frameEnd)) return false;
  // A person inside (省长王伟中, 同志提出意见) makes a clause about someone, not a name.
  if (tokens.some((token, index) => token.word === '同志' || (index > 0 && PERSON_TITLE.test(token.word)))) return false;
  const nominal = NOUN_TYPES.has(mention.type);
  if (mention.type === 'organization' && isTradeName(tokens, analysis.text, mention.start, lexicon)) return true;
  if ((JURISDICTION_FIRST.has(mention.type) || mention.type === 'project') && extendsPastKnownName(mention, tokens, view.known, analysis.text, lexicon)) return false;
  // A slogan the lexicon knows opens no place, body or project: it is the clause's verb phrase (高质量发展|两江新区).
  if (nominal && view.known.some(([from, to, type]) => from === mention.start && to < mention.end && type === 'slogan')) return false;
  // A year dates a place, body or project's mention, it does not name it (…人民政府2023年政府).
  if (nominal && YEAR.test(surface)) return false;
  // A verb of the boundary list after the first word of a place, body or project is the clause's own
  // (渝高校建设高水平大学, 企业推进技术中心): such names are nouns throughout (发展/vn 和 改革/vn 委员会).
  if (nominal && tokens.slice(1).some((token) => token.word.length >= 2 && isListedVerb(token, lexicon))) return false;
  // A quote inside the name is a slogan of its own (“增园添绿”工程): its verbs are not the clause's.
  const quoted = surface.includes('“') ? [...surface.matchAll(/“[^“”]*”/g)].map((match): [number, number] => [mention.start + match.index, mention.start + match.index + match[0].length]) : [];
  const verbs = tokens.filter((token) => isVerb(token) && !quoted.some(([from, to]) => from <= token.start && token.end <= to)).length;
  // A verb opens no place, body or project (受市人民政府委托 → 市人民政府); two verbs make a clause of any name.
  const opensWithVerb = first !== undefined && isVerb(first) && first.start === mention.start && !opensAutonomousUnit(analysis.text, mention.start) && !isSurePlaceForm(first, lexicon);
  // …but a work listed between separators is delimited by them: its verbs describe its product
  // (显示/v 触控全 贴合/v 生产项目), and a trade name jieba reads as verbs may open it (、合/v 盛/v 硅业…项目).
  const listedWork = sources.includes('list') && WORK_HEAD.test(surface);
  const itemOpening = listedWork && analysis.text.charAt(mention.start - 1) === '、';
  if (nominal && ((opensWithVerb && !itemOpening) || (verbs >= 2 && !listedWork))) return false;
  if (verbs >= 3 && !listedWork) return false;
  // An adverb before a verb is a predicate (港区率先/d 实行/v 制度): a name assembled around a head word holds none.
  const assembled = sources.every((source) => source.startsWith('pattern') || source.startsWith('list'));
  if (assembled && !listedWork && tokens.some((token, index) => token.tag === 'd' && isVerb(tokens[index + 1]) && !quoted.some(([from, to]) => from <= token.start && token.end <= to))) return false;
  if (joinsTwoNames(surface, lexicon)) return false;
  if (WORK_HEAD.test(surface) && endsListedWork(analysis.text, mention.start, lexicon)) return false;
  // A project or body named by its head, or an arrangement (机制, 政策), needs an anchor in its modifier
  // (第四期项目, 智慧冷链基地 and 人才评价机制 name kinds),
  // and a name of any type needs more than a count or a rank (十大工程, 三年行动计划 name kinds too).
  const head = headWord?.head;
  if (head !== undefined && sources.every((source) => source.startsWith('pattern') || source.startsWith('list'))) {
    // An item of an enumeration before its category (航空产业园、…等重点项目) is an instance already: the list anchors it.
    const listed = sources.includes('list');
    const modifier = surface.slice(0, surface.length - head.length);
    // A word that runs from the modifier into the head (外资银行 in 首家外资银行) is tagged as the whole word:
    // it speaks for the modifier only when it opens the span (中国建设银行/nt).
    const headStart = mention.end - head.length;
    const modifierTokens = tokens.filter((token) => token.end <= headStart || (token.start < headStart && token.start === mention.start));
    // A road's number is its name (501省道, G318国道), not a count.
    const numbered = (ROAD_HEAD.test(head) && ROAD_NUMBER.test(modifier)) || (head === LINE_HEAD && LINE_NUMBER.test(modifier));
    // …and the only name it has: 普通省道 and 新改建国道 are kinds of road.
    if (ROAD_HEAD.test(head) && !numbered) return false;
    // jieba may write the qualifier and the head as one word (年度计划/n): the modifier's text says it then.
    const gluedToHead = modifierTokens.some((token) => token.end > headStart);
    const qualifiersOnly = modifierTokens.every((token) => SCOPE.test(token.word) || lexicon.qualifiers.has(token.word)) || (gluedToHead && splitsInto(modifier, lexicon.qualifiers));
    if (!FIVE_YEAR_PLAN.test(modifier) && !numbered && qualifiersOnly) return false;
    // A kind counted right after it (续建项目93个, 政府投资类项目116个) is a category being counted, not a work;
    // a place's works so counted are a programme's (三峡后续项目519个).
    if (!listed && !modifierTokens.some((token) => isPlaceWord(token, lexicon)) && COUNTED_AFTER.test(analysis.text.slice(mention.end, mention.end + COUNTED_REACH))) return false;
    // A jurisdiction's works of a rank (巫山重大项目, 重庆市级重大项目) are a category of its works.
    if (head === GENERIC_WORK && ranksJurisdictionWorks(modifier, mention.start, modifierTokens, lexicon)) return false;
    // A count after the first word makes a clause of the phrase (新建首家绿色银行, 建成340个项目).
    // jieba writes a count as one word (340个) or as the number and its measure (102/m 项/n).
    if (modifierTokens.slice(1).some((token, index) => COUNT.test(token.word) || COUNT.test(token.word + (modifierTokens[index + 2]?.word ?? '')))) return false;
    const modifierEnd = mention.start + modifier.length;
    const knownInModifier = view.known.some(([from, to]) => from >= mention.start && to <= modifierEnd);
    // A firm's industry needs its trade name, whatever else the modifier holds (广东|凯金/x 新能源; not 广东新能源).
    // The industry closes the firm's name: a noun after it makes the firm's product or works the name (比亚迪新能源|汽车动力电池).
    if (headWord?.brand && (!modifierTokens.some((token) => isBrandWord(token, lexicon)) || continuesNoun(analysis.tokenAt.get(mention.end)))) return false;
    // A body only a jurisdiction has (区人大, 市十七届人大) is anchored by the jurisdiction its proposal required.
    // …and a road or line by its number (五号线, 501省道).
    const anchored = listed || numbered || headWord?.proper || headWord?.needsPlace;
    if ((nominal || headWord?.needsAnchor) && !anchored && !hasAnchor(modifier, modifierTokens, lexicon, knownInModifier, CAMPAIGN.test(head) ? DISTINCTIVE_CAMPAIGN_WORDS : DISTINCTIVE_WORDS)) return false;
  }
  return true;
}

