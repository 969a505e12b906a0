import { isHanCode } from '../../core/text.js';
import type { Mention } from '../../core/types.js';
import { headEnding, type HeadWord, type Lexicon } from '../lexicon.js';
import { isProperToken, tokenEndingAt, type AnalyzedSentence, type Token } from './analysis.js';
import { isJunkName, isPlaceForm, joinsNameParts, mention, nameStart, MAX_NAME_LENGTH, MODIFIER_FRAME_BEFORE, MODIFIER_FRAME_LENGTH } from './span.js';
import { Trie } from './trie.js';

/**
 * Names recognised by their head word: …经济圈, …新通道, …试验区, …项目, …集团. The head fixes the
 * type; the left edge is found by walking back to a verb or function word (加快建设两江协同创新区 →
 * 两江协同创新区). The head must end a word, so 中心城区 is not a …中心.
 */
/** Heads that often modify a following noun instead (战略机遇, 中心城区, 工程机械, 行动自觉). */
const MODIFIER_HEADS = new Set(['战略', '中心', '工程', '行动', '计划', '规划', '枢纽', '通道', '地区', '精神']);

/** …followed by a noun (精神卫生: 卫生 is tagged an), or by 上 closing an 在…上 frame (在行动上). */
function modifiesNextNoun(analysis: AnalyzedSentence, end: number, head: string, lexicon: Lexicon): boolean {
  if (!MODIFIER_HEADS.has(head)) return false;
  const next = analysis.tokenAt.get(end);
  // An adverbial that jieba writes as a noun (按计划/n 推进) modifies the verb after it, not the head.
  const noun = next !== undefined && (next.tag.startsWith('n') || next.tag === 'f' || next.tag === 'an') && !isGluedAdverbial(next.word, lexicon);
  return analysis.text.charAt(end) === '上' || noun;
}

/** Verbs that open a phrase but also occur inside names: stripped at the start, never a scan boundary (发展两江新区 → 两江新区, but 创新发展试验区). */
const LEADING_VERB = /^(?:发展|提升|建设)(?=[\u4e00-\u9fff]{2})/;
/** Heads that, after another name, make a phrase about that name rather than a new one: 中央八项规定精神, 川渝改革试点. */
const ATTRIBUTE_HEADS = new Set(['精神', '试点', '改革']);
/** The shortest field a reform is named by for its pilot to be named whole (土地管理综合 of 土地管理综合改革试点). */
const MIN_PILOT_FIELD = 4;

/**
 * Whether an attribute head after a modifier that ends in a head of its own makes a phrase about that
 * name (中央八项规定精神) rather than a new one. A pilot (试点) is named whole where the name before it
 * is a field of four characters or more before its head (土地管理综合|改革试点, 行政审批制度|改革试点),
 * not a count or scope (三项改革试点, 国家改革试点), and not the second half of a coordination
 * (经济区与|行政区适度分离改革试点).
 */
function isAboutAnotherName(text: string, start: number, modifier: string, head: HeadWord, lexicon: Lexicon): boolean {
  if (!ATTRIBUTE_HEADS.has(head.head) || headEnding(lexicon, modifier) === undefined) return false;
  const pilotNamedWhole = head.head === '试点' && headEnding(lexicon, modifier, MIN_PILOT_FIELD) !== undefined && !/[和与及、]/.test(text.charAt(start - 1));
  return !pilotNamedWhole;
}
/** The 精神 of a congress, plenum, meeting or document (二十大精神, 十九届五中全会精神) is what it said: no named spirit. */
const REPORTED_SPIRIT = /(?:大|全会|会议|讲话|指示|批示|细则|规定|决定|意见|条例)$/;

/** A unit's level standing for the document's own unit: 市, 区, 省, and the autonomous ones (自治区党委, 自治州人民政府). */
const LEVEL_WORD = /^(?:[省市区县州]|自治[区州县旗])$/;

/**
 * Whether [start, end) names a jurisdiction: a known place, a level word standing alone or closing a
 * unit (市 in 市交通局, 大渡口区), or 人民 (区人民政府). A level character inside an everyday word
 * does not count: 城市发展格局 and 社区布局 name no body.
 */
function namesPlace(analysis: AnalyzedSentence, start: number, end: number, lexicon: Lexicon): boolean {
  const modifier = analysis.text.slice(start, end);
  for (let from = 0; from < modifier.length; from++) {
    for (let to = from + 2; to <= modifier.length; to++) if (lexicon.knownForms.get(modifier.slice(from, to))?.type === 'place') return true;
  }
  // A lone level character names the document's own jurisdiction (区人大), even inside a word (省政协/j).
  if (modifier.includes('人民') || LEVEL_WORD.test(modifier)) return true;
  return analysis.tokens.some((token) => token.start >= start && token.end <= end && (LEVEL_WORD.test(token.word) || lexicon.gazetteer.forms.has(token.word)));
}

/**
 * Whether the modifier from `start` opens with a body the lexicon knows, which the head's body serves
 * (国务院|办公厅, 中共中央|办公厅, 市政府|办公室): a parent body stands for the jurisdiction.
 */
function opensWithParentBody(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  for (let to = start + 2; to <= end; to++) if (lexicon.knownForms.get(text.slice(start, to))?.type === 'organization') return true;
  return false;
}

/**
 * Everyday words that end in a body's one-character head with another meaning: 局 as a situation or
 * layout (格局, 布局, 大局), 厅 as a hall (大厅, 展厅), 委 as a member (常委, 编委, 评委). Bureaus,
 * departments and commissions are named by a field before the head (交通局, 教育厅, 发展改革委).
 */
const EVERYDAY_TAIL = /(?:格|布|大|全|结|开|变|时|骗|残|饭|棋|定|当|僵|赌)局$|(?:大|客|餐|展|舞|门|前|营业|办事|服务)厅$|(?:常|编|评|村)委$/;

/**
 * 线 names a line only after the places it joins or a number (青甘线, 柴达木环线, 五号线), and 大道 a road
 * after its name (霖都大道); as the end of a word jieba knows, or after a verb, they are a main thread,
 * a route, a link or an idiom's road (主线, 在线, 航线, 视频连线, 生产线, 为主/v 线, 康庄大道).
 */
const WORD_CLOSING_HEADS = new Set(['线', '大道']);

/** Whether `head`, written at [headStart, end), is 线 or 大道 closing a word jieba knows or following a verb (see WORD_CLOSING_HEADS). */
export function closesKnownWord(analysis: AnalyzedSentence, headStart: number, end: number, head: Pick<HeadWord, 'head'>): boolean {
  if (!WORD_CLOSING_HEADS.has(head.head)) return false;
  const word = tokenEndingAt(analysis, end);
  // jieba knows some railways by name, as proper nouns (京沪线/nz, 陇海线/nz, 兰青线/nr): those are lines.
  const namedLine = head.head === '线' && word !== undefined && isProperToken(word);
  if (word !== undefined && word.start < headStart && word.tag !== 'x' && !namedLine) return true;
  // …or a word of its own after a verb (为主/v 线/n).
  return word?.start === headStart && tokenEndingAt(analysis, headStart)?.tag.startsWith('v') === true;
}

function endsEverydayWord(analysis: AnalyzedSentence, headStart: number, end: number, head: HeadWord): boolean {
  return closesKnownWord(analysis, headStart, end, head) || isEverydayTail(analysis.text.slice(Math.max(0, headStart - 2), end), head);
}

/** Whether `text` ends in an everyday word that `head`, a body's one-character head, only closes (两个大局, 售楼大厅). */
export function isEverydayTail(text: string, head: Pick<HeadWord, 'head' | 'type'>): boolean {
  return head.head.length === 1 && head.type === 'organization' && EVERYDAY_TAIL.test(text);
}

/** A head that ends a gazetteer place's word (港 of 防城港, 香港) is part of that place's name, not a head (钦州港 is a port). */
function endsPlaceWord(analysis: AnalyzedSentence, headStart: number, end: number, lexicon: Lexicon): boolean {
  const token = tokenEndingAt(analysis, end);
  return token !== undefined && token.start < headStart && lexicon.gazetteer.forms.has(token.word);
}

/** One-character prepositions that jieba glues to a head word after them (按计划, 依规划). */
const PREPOSITION = /^[按依照据凭随]$/;

/** A word that is such a preposition and a whole head word: an adverbial (按计划/n 推进). */
function isGluedAdverbial(word: string, lexicon: Lexicon): boolean {
  return PREPOSITION.test(word.charAt(0)) && lexicon.headIndex.has(word.slice(1));
}

/** A head that jieba writes in one word with a preposition before it is an adverbial (按计划, 依规划 推进), no name's head. */
function followsPreposition(analysis: AnalyzedSentence, headStart: number): boolean {
  // The word opens one character before the head and runs into it.
  const token = analysis.tokenAt.get(headStart - 1);
  return token !== undefined && token.end > headStart && PREPOSITION.test(token.word.charAt(0));
}

/** Whether [start, end) holds a proper word, or a word jieba does not know. */
function hasProperWord(analysis: AnalyzedSentence, start: number, end: number): boolean {
  return analysis.tokens.some((token) => token.start >= start && token.end <= end && isProperToken(token));
}

/**
 * The fewest characters a head's modifier needs from `start`: the head's own minimum, or two where
 * the modifier is one word jieba tags a proper name, which singles the thing out however short it is
 * (鹏城/ns 实验室), where a two-character everyday word or a field's term names a kind (数据中心, 冷链/x
 * 通道, 医保/j 改革) and a known place names its own one (山西改革).
 */
function minModifierFrom(analysis: AnalyzedSentence, start: number, headStart: number, head: HeadWord, lexicon: Lexicon): number {
  if (head.minModifier <= SHORT_PROPER_MODIFIER || headStart - start !== SHORT_PROPER_MODIFIER) return head.minModifier;
  const token = analysis.tokenAt.get(start);
  // A place the gazetteer or lexicon knows is not enough: 山西改革 and 深圳平台 are the place's reform and platform.
  return token?.end === headStart && NAME_TAGS.has(token.tag) && !isPlaceForm(token, lexicon) ? SHORT_PROPER_MODIFIER : head.minModifier;
}
const SHORT_PROPER_MODIFIER = 2;
/** jieba's tags of proper names. Abbreviations and unknown words are left out: most short ones are a field's terms (医保/j, 冷链/x, 中试/j). */
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'nt']);

/** A name cut from a numbered heading, （三）深化改革, keeps half a bracket pair. */
function bracketsBalance(surface: string): boolean {
  let depth = 0;
  for (const char of surface) {
    depth += char === '（' ? 1 : char === '）' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** A counted phrase (两个中心城市) is a quantity, not a name; numeral slogans are found elsewhere. */
const COUNTED = /^[一二两三四五六七八九十]+个/;
/** What a work builds: water, transport and power structures (长征渠引水工程, 铁路枢纽). */
const BUILT_WORK = /[渠堤闸坝]|水库|灌区|引水|调水|供水|水资源|管网|管廊|铁路|公路|高速|轨道|隧道|桥|码头|航道|港口|机场|电站|电网|输电|变电/;
/** A count of things inside a modifier (十大, 七大, 千家, 20项): what it names is a set of them. */
export const SET_COUNT = /[一二两三四五六七八九十百千万\d]+[大项个家批]/;

/**
 * Whether a role head's modifier [start, end) singles one thing out, so the head names a facility or a
 * work: a place, a proper word or what is built (渝西水资源配置工程, 长征渠引水工程), and no count (十大重点工程,
 * 千家…培育工程 name a set of them). Otherwise the role head names a goal or a programme.
 */
function singlesOut(analysis: AnalyzedSentence, start: number, end: number, lexicon: Lexicon): boolean {
  const modifier = analysis.text.slice(start, end);
  return (namesPlace(analysis, start, end, lexicon) || hasProperWord(analysis, start, end) || BUILT_WORK.test(modifier)) && !SET_COUNT.test(modifier);
}

/** Words a coordinated modifier is made of: nouns and verbal nouns (国民经济和社会发展, 发展和改革). */
const COORDINATED = /^(?:n|vn|ns|nt|nz|j)$/;

/**
 * A modifier of two nouns joined by 和 or 与 belongs to the name whole: 国民经济和社会发展计划,
 * 四川省发展和改革委员会. So do two verbs joined so, which share the object after them: 保障和改善民生行动计划,
 * 保护和利用长江资源方案. The walk to a boundary word stops at 和; this carries the edge across it
 * when nouns stand on both sides (back over the nouns before it), or one verb on each side that is
 * no verb of the boundary list.
 */
function coordinatedStart(analysis: AnalyzedSentence, start: number, lexicon: Lexicon): number {
  const joint = tokenEndingAt(analysis, start);
  const after = analysis.tokenAt.get(start);
  if (!isJoint(joint) || !after) return start;
  const before = tokenEndingAt(analysis, joint.start);
  // Two verbs of what is done to the object (保障和改善, 保护/v 和 利用/n, which jieba tags a noun now and then);
  // a verb of the boundary list on either side makes a clause instead (组织和实施重点研发计划, 坚持和完善…制度).
  if (after.tag === 'v' || (before?.tag === 'v' && after.tag === 'n')) {
    const verbs = before?.tag === 'v' && before.word.length >= 2 && !lexicon.boundaries.has(before.word) && !lexicon.boundaries.has(after.word);
    return verbs ? before.start : start;
  }
  if (!COORDINATED.test(after.tag)) return start;
  let edge = joint.start;
  for (let token = tokenEndingAt(analysis, edge); token && COORDINATED.test(token.tag); token = tokenEndingAt(analysis, edge)) edge = token.start;
  // Two names joined (陆军特色医学中心和四川大学) are two names: the part before 和 must not end in a head word.
  return edge < joint.start && headEnding(lexicon, analysis.text.slice(edge, joint.start)) === undefined ? edge : start;
}

const isJoint = (token: Token | undefined): token is Token => token?.word === '和' || token?.word === '与' || token?.word === '及';

/**
 * A name whose modifier is framed "以 X 为 Y 的" (以大数据智能化为引领的创新驱动发展战略行动计划): the
 * frame is part of the name. The walk to a boundary word stops at 的; this carries the edge back to 以.
 */
function framedStart(analysis: AnalyzedSentence, start: number, lexicon: Lexicon): number {
  const frame = MODIFIER_FRAME_BEFORE.exec(analysis.text.slice(Math.max(0, start - MODIFIER_FRAME_LENGTH), start));
  if (frame === null) return start;
  const edge = start - frame[0].length;
  // 以 opens a word of its own, not the end of one (所以, 可以); a place as X says where, not which
  // (以长沙为中心的城市群发展规划 is a plan of 长沙's region, and 长沙 a mention of its own).
  const centre = frame[1] ?? '';
  return !analysis.boundaries.has(edge) || lexicon.knownForms.get(centre)?.type === 'place' || lexicon.gazetteer.forms.has(centre) ? start : edge;
}

/** Quotes must pair up inside a name, as brackets must: a span never starts or ends inside “…”. */
function quotesBalance(surface: string): boolean {
  let open = false;
  for (const char of surface) {
    if (char === '“') {
      if (open) return false;
      open = true;
    } else if (char === '”') {
      if (!open) return false;
      open = false;
    }
  }
  return !open;
}

/** A person's office, which jieba may glue to the body's head before it (区委书记/n, 局局长/n). */
const OFFICE = /^副?(?:书记|主任|局长|厅长|部长|主席|常委)$/;

/**
 * A body's head that jieba glues to the office after it (东城/ns 区委书记/n): the head opens the word
 * and the rest of it is a person's office, so the body's name ends at the head.
 */
function gluedToOffice(analysis: AnalyzedSentence, headStart: number, end: number): boolean {
  const token = analysis.tokenAt.get(headStart);
  return token !== undefined && token.end > end && OFFICE.test(analysis.text.slice(end, token.end));
}

/** Characters a longer reading of a name may reach over: those of a name, and quotes inside it (中国企业“走出去”综合服务基地). */
const REACHABLE = /[\u3400-\u4dbf\u4e00-\u9fff〇A-Za-z0-9（）·“”+]/;

/**
 * Names recognised by their head word, as candidates for the scorer. The hand rule's left edge
 * (walk back to a boundary word) gives one candidate; every other word boundary within reach gives a
 * weak one, so the scorer, not a growing list of boundary words, decides where the name starts.
 */
export function headWordMatcher(lexicon: Lexicon): (analysis: AnalyzedSentence) => Mention[] {
  const heads = new Trie<HeadWord>();
  for (const head of lexicon.heads) heads.set(head.head, head);
  return (analysis) => {
    const found: Mention[] = [];
    const spans = new Set<string>();
    const { text } = analysis;
    const propose = (start: number, end: number, head: HeadWord, weak: boolean) => {
      const surface = text.slice(start, end);
      if (spans.has(`${start}:${end}`) || isJunkName(surface, lexicon) || !bracketsBalance(surface) || !quotesBalance(surface)) return;
      if (head.head === '精神' && REPORTED_SPIRIT.test(surface.slice(0, -2))) return;
      spans.add(`${start}:${end}`);
      const type = head.role && !singlesOut(analysis, start, end - head.head.length, lexicon) ? 'program' : head.type;
      found.push(mention(analysis, start, end, type, 'pattern', weak ? { weak } : {}));
    };
    for (let headStart = 0; headStart < text.length; headStart++) {
      if (!isHanCode(text.charCodeAt(headStart))) continue;
      for (const { end, value: head } of heads.matchesAt(text, headStart)) {
        if (!(analysis.boundaries.has(end) || gluedToOffice(analysis, headStart, end)) || modifiesNextNoun(analysis, end, head.head, lexicon) || endsEverydayWord(analysis, headStart, end, head) || endsPlaceWord(analysis, headStart, end, lexicon) || followsPreposition(analysis, headStart)) continue;
        let start = nameStart(analysis, lexicon, headStart, end, head.type);
        const leading = LEADING_VERB.exec(text.slice(start, headStart));
        if (leading) start += leading[0].length;
        start = framedStart(analysis, coordinatedStart(analysis, start, lexicon), lexicon);
        const modifier = text.slice(start, headStart);
        const ruleHolds =
          headStart - start >= minModifierFrom(analysis, start, headStart, head, lexicon) &&
          !COUNTED.test(text.slice(start, end)) &&
          (!head.needsPlace || namesPlace(analysis, start, headStart, lexicon) || opensWithParentBody(text, start, headStart, lexicon)) &&
          !isAboutAnotherName(text, start, modifier, head, lexicon);
        if (ruleHolds) propose(start, end, head, false);
        let reach = headStart;
        while (reach > 0 && end - reach < MAX_NAME_LENGTH && (REACHABLE.test(text.charAt(reach - 1)) || joinsNameParts(text, reach - 1))) reach--;
        for (let edge = reach; edge <= headStart - Math.min(SHORT_PROPER_MODIFIER, Math.max(1, head.minModifier)); edge++) {
          if (analysis.boundaries.has(edge) && headStart - edge >= minModifierFrom(analysis, edge, headStart, head, lexicon) && (!head.needsPlace || namesPlace(analysis, edge, headStart, lexicon))) propose(edge, end, head, true);
        }
        break;
      }
    }
    return found;
  };
}
