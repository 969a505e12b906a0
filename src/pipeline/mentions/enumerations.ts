import type { EntityType, Mention } from '../../core/types.js';
import { headEnding, type Lexicon } from '../lexicon.js';
import type { AnalyzedSentence, Token } from './analysis.js';
import { closesKnownWord } from './headwords.js';
import { boundaryEndingAt, isJunkName, MAX_NAME_LENGTH, mention, skipLeadingBoundaries, WORK_HEAD } from './span.js';

/**
 * Enumerations "A、B和C等W": each item is an entity of the kind W names (推动博世庆铃氢燃料发动机、
 * 比亚迪动力电池等项目建设 → two projects), even when no item has a head word of its own. A single
 * item counts too (推动雅迪高端电动摩托车等项目建设).
 */
const CLAUSE = /[^，。；：！？,;:!?]+/g;
const LIST_END = /(?:等|这|五|四|三|两|[0-9]+个?)/;
const LAST_JOINER = /(?:和|及|以及|与)/;

const MAX_CATEGORY = 10;
const COUNT_BEFORE_CATEGORY = /^(?:[0-9]+|[一二两三四五六七八九十百千]+)[个项批家所]/;
/** Tags of a word that governs what follows it: verbs (not verbal nouns) and prepositions. */
const GOVERNING_TAG = /^(?:v|p)$/;
/**
 * What a named list item contains: a proper name, foreign word or abbreviation of two characters or
 * more (博世, 比亚迪, ABB), or an "other proper" or unknown word of three (京东方), or of two where it
 * opens the item, as a brand does (雅迪/x 高端电动摩托车, 中铝/x 高端制造). Single characters and
 * other short nz/x words are jieba's fragments of ordinary words (云/ns 计算, 物/zg 联网/nz).
 */
function isProperWord(token: Token, itemStart: number): boolean {
  if (['nr', 'nrt', 'nrfg', 'ns', 'nt', 'eng', 'j'].includes(token.tag)) return token.word.length >= 2;
  return (token.tag === 'nz' || token.tag === 'x') && token.word.length >= (token.start === itemStart ? 2 : 3);
}

/** Tags of the one-character abbreviations that compound names are made of (渝/j 万/m for 重庆–万州, 九/m 绵/ns). */
const ABBREVIATION_TAGS = new Set(['j', 'ns', 'nr']);

/**
 * An item without a head word of its own is a name only if some word in it is proper or unknown to
 * jieba (比亚迪动力电池, ABB迁建), or if it is a compound of one-character abbreviations (渝万, 九绵);
 * all-dictionary items are sectors and topics (工业互联网, 金融服务).
 */
function looksNamed(analysis: AnalyzedSentence, start: number, end: number, lexicon: Lexicon): boolean {
  const surface = analysis.text.slice(start, end);
  if (headEnding(lexicon, surface, 1) !== undefined || lexicon.knownForms.has(surface)) return true;
  const tokens = analysis.tokens.filter((token) => token.start >= start && token.end <= end);
  if (tokens.some((token) => isProperWord(token, start))) return true;
  return tokens.length >= 2 && tokens.every((token) => token.word.length === 1) && tokens.some((token) => ABBREVIATION_TAGS.has(token.tag));
}
/** Tags of a word that names on its own: unknown, other proper, organization, Latin. (jieba tags many common words nr.) */
const SOLE_NAME_TAG = /^(?:x|nz|nt|eng)$/;

/** An item of two words or more (建昊/x 光伏/j, 华能/nz 风电/n), or one unknown or proper word of three characters or more. */
function isBrandedItem(analysis: AnalyzedSentence, start: number, end: number): boolean {
  const tokens = analysis.tokens.filter((token) => token.start >= start && token.end <= end);
  const [only] = tokens;
  return tokens.length >= 2 || (only !== undefined && only.word.length >= 3 && SOLE_NAME_TAG.test(only.tag));
}

/** An item holding a Latin-script word or a word jieba tags an organization (SK海力士, OPPO, 华润集团). */
function isFirmLike(analysis: AnalyzedSentence, start: number, end: number): boolean {
  return analysis.tokens.some((token) => token.start >= start && token.end <= end && ((token.tag === 'nt' && !SECTOR.test(token.word)) || (token.tag === 'eng' && token.word.length >= 2)));
}

/** A sector, which jieba sometimes tags an organization (新兴产业/nt): no firm's name. */
const SECTOR = /(?:产业|行业|领域|经济)$/;

/**
 * Categories of the units below a county (新立、东溪、复兴等乡镇; 红岩、石桥等村). Their items are
 * places even when they are everyday words (复兴, 新生), as towns are often named.
 */
const TOWN_CATEGORY = /^(?:乡镇|镇街|街镇|镇|乡|街道|村|社区)(?![\u4e00-\u9fff]*(?:企业|干部|卫生院|学校|道路))/;
/** Whether the category after 等 is towns or villages, counted or not (等乡镇, 等7个乡镇). */
function namesTowns(category: string): boolean {
  return TOWN_CATEGORY.test(category.slice(COUNT_BEFORE_CATEGORY.exec(category)?.[0].length ?? 0));
}

/** A town's name as a list item: two to four Han characters. */
const TOWN_ITEM = /^[\u4e00-\u9fff]{2,4}$/;

/** Verbal nouns that follow a listed name without being part of it: 长江经济带发展 → 长江经济带. */
const ITEM_TAIL = /(?:协调发展|建设|发展)$/;

/**
 * The type a category word gives its items: the category after 等 must end in a head word at a
 * word boundary within a few characters (等国家级开放平台, 等项目建设), else it is no category.
 */
function categoryType(analysis: AnalyzedSentence, after: number, lexicon: Lexicon): EntityType | undefined {
  const category = analysis.text.slice(after, after + MAX_CATEGORY);
  if (/^(?:区县|行政区|地区|省市|国家和地区|国家)/.test(category) || namesTowns(category)) return 'place';
  // Firms listed by name (长安、长城等车企; SK海力士、OPPO等企业; 中建、中交等78家央企) are organizations.
  // …but not the firms of the fields listed (锶盐、光电等领域企业).
  if (/^(?!领域|行业|产业|方面)(?:[0-9]+|[一二两三四五六七八九十百千]+)?[家个所]?[一-龥]{0,6}(?:企业|企|公司|集团|银行|机构|高校|院校|医院)/.test(category) && analysis.boundaries.has(after)) return 'organization';
  // A count before the kind (等10个项目, 等220个亿元以上产业项目, 等一批重大项目) counts the items.
  const from = after + (COUNT_BEFORE_CATEGORY.exec(category)?.[0].length ?? 0);
  const kind = analysis.text.slice(from, from + MAX_CATEGORY);
  for (let end = 1; end <= kind.length; end++) {
    if (!/[\u4e00-\u9fff]/.test(kind.charAt(end - 1))) return undefined;
    if (!analysis.boundaries.has(from + end)) continue;
    const head = headEnding(lexicon, kind.slice(0, end));
    // 国际航线 is no kind of line (see closesKnownWord), and an industry names a firm only after its trade name (等新能源汽车 is a product).
    if (head && !head.brand && !closesKnownWord(analysis, from + end - head.head.length, from + end, head)) return head.type;
  }
  return undefined;
}

/**
 * Where the first item of a list from `start` to `end` starts: it carries the clause's verb (推动A → A),
 * a verb of the boundary list or any other verb or preposition that governs it (涉及/v 东溪).
 */
function firstItemStart(analysis: AnalyzedSentence, lexicon: Lexicon, start: number, end: number): number {
  for (let position = end; position > start; position--) if (boundaryEndingAt(analysis, lexicon, position)) return position;
  const governing = analysis.tokens.filter((token) => token.start >= start && token.end <= end - 2 && GOVERNING_TAG.test(token.tag)).at(-1);
  return governing?.end ?? start;
}

export function enumerationMentions(analysis: AnalyzedSentence, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  const { text } = analysis;
  CLAUSE.lastIndex = 0;
  for (let clause = CLAUSE.exec(text); clause !== null; clause = CLAUSE.exec(text)) {
    const body = clause[0];
    const marker = body.lastIndexOf('等');
    if (marker < 0) continue;
    const offset = clause.index;
    const category = categoryType(analysis, offset + marker + 1, lexicon);
    const listed = body.slice(0, marker).includes('、');
    // One item before 等 is a list only where the category says what it is.
    if (!listed && category === undefined) continue;
    const items: [number, number][] = [];
    let itemStart = 0;
    const listPart = body.slice(0, marker);
    for (const piece of listPart.split('、')) {
      let start = itemStart;
      let pieceText = piece;
      const joined = LAST_JOINER.exec(pieceText);
      if (joined && items.length > 0 && joined.index > 0) {
        items.push([offset + start, offset + start + joined.index]);
        start += joined.index + joined[0].length;
        pieceText = pieceText.slice(joined.index + joined[0].length);
      }
      items.push([offset + start, offset + start + pieceText.length]);
      itemStart += piece.length + 1;
    }
    const first = items[0];
    if (first) first[0] = firstItemStart(analysis, lexicon, first[0], first[1]);
    const spans = items.flatMap(([itemStart, fullEnd]): [number, number][] => {
      const start = skipLeadingBoundaries(analysis, lexicon, itemStart, fullEnd);
      const end = fullEnd - (ITEM_TAIL.exec(text.slice(start, fullEnd))?.[0].length ?? 0);
      const surface = text.slice(start, end);
      if (end - start < 2 || end - start > MAX_NAME_LENGTH || LIST_END.test(surface.slice(-1)) || isJunkName(surface, lexicon)) return [];
      return analysis.boundaries.has(start) && analysis.boundaries.has(end) ? [[start, end]] : [];
    });
    // A list of firms is of one kind: where one item is plainly a firm's name, so are the others, which are
    // often brands or abbreviations in everyday words (航天科技、华润集团、中铁等78家央企).
    const afterMarker = text.slice(offset + marker + 1);
    const towns = namesTowns(afterMarker);
    // A counted category (等60个项目) follows kinds of work as often as names (新建、续建、改扩建; 学校、医院、养老院):
    // there an item is named only as a brand and its product, or as one word jieba does not know.
    const counted = COUNT_BEFORE_CATEGORY.test(afterMarker);
    const named = spans.map(
      ([start, end]) => (looksNamed(analysis, start, end, lexicon) && (!counted || isBrandedItem(analysis, start, end))) || (towns && TOWN_ITEM.test(text.slice(start, end))),
    );
    const anyNamed = category === 'organization' && listed && spans.some(([start, end]) => isFirmLike(analysis, start, end) || headEnding(lexicon, text.slice(start, end), 1)?.type === 'organization');
    // Without a category the list still names firms where an item is written in Latin letters or as an
    // organization (OPPO、vivo等5G手机); its other named items are firms too (万国半导体、SK海力士等产能释放).
    // An item holding 等 or 的 is a phrase the list runs into (大数据、先进制造等为主导的新兴产业), not a firm.
    const plain = ([start, end]: [number, number]) => !/[等的]/.test(text.slice(start, end));
    // Only a firm written with Han characters too (SK海力士) or as an organization speaks for the others:
    // a bare Latin word is as often a city (LA) or a scheme (TIR, RCEP).
    const firms = category === undefined && listed && spans.some((span) => plain(span) && isFirmLike(analysis, span[0], span[1]) && /[\u4e00-\u9fff]/.test(text.slice(span[0], span[1])));
    spans.forEach(([start, end], index) => {
      const type = category ?? (plain([start, end]) && (firms || (listed && isFirmLike(analysis, start, end))) ? 'organization' : undefined);
      if (type !== undefined && (named[index] || anyNamed)) found.push(mention(analysis, start, end, type, 'list'));
    });
  }
  return found;
}

/** How many items of a 、-list must close with a work's head for the list to be one of works. */
const MIN_WORKS = 2;

/**
 * A list of works, 、 between them, each closed by 项目 or 工程 (美克化工10万吨BDO项目、和山巨力MDI项目、
 * 赛里木湖国际滑雪场建设项目): an item runs from one separator to the next, whatever it holds. A
 * company's product may be written with verbs and with 及 (显示触控全贴合生产, 硅氧烷及下游深加工),
 * which make it look like a clause or two names to the head-word walk. The separators are the item's
 * edges, so its 及 joins what the one work makes. A clause's verb opens the first item (加快推进A、B).
 * Returns project mentions from the signal 'list'; the scorer weighs them with the other list items.
 */
export function workListMentions(analysis: AnalyzedSentence, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  const { text } = analysis;
  CLAUSE.lastIndex = 0;
  for (let clause = CLAUSE.exec(text); clause !== null; clause = CLAUSE.exec(text)) {
    const pieces: [number, number][] = [];
    let from = clause.index;
    for (const piece of clause[0].split('、')) {
      pieces.push([from, from + piece.length]);
      from += piece.length + 1;
    }
    const works = pieces.filter(([start, end]) => WORK_HEAD.test(text.slice(start, end)));
    if (pieces.length < MIN_WORKS || works.length < MIN_WORKS) continue;
    for (const [index, [pieceStart, end]] of pieces.entries()) {
      if (!WORK_HEAD.test(text.slice(pieceStart, end))) continue;
      const opened = index === 0 ? firstItemStart(analysis, lexicon, pieceStart, end) : pieceStart;
      const start = skipLeadingBoundaries(analysis, lexicon, opened, end);
      const surface = text.slice(start, end);
      if (end - start > MAX_NAME_LENGTH || /[等的]/.test(surface) || isJunkName(surface, lexicon) || !analysis.boundaries.has(start)) continue;
      found.push(mention(analysis, start, end, 'project', 'list'));
    }
  }
  return found;
}
