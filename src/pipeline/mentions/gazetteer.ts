import { foldText } from '../../core/text.js';
import type { Mention } from '../../core/types.js';
import type { KnownName, Lexicon } from '../lexicon.js';
import { tokenEndingAt, tokenHolding, type AnalyzedSentence } from './analysis.js';
import { insideAutonomousUnit, isPlaceWord, isSurePlaceForm, mention, UNIT_WITH_LEVEL } from './span.js';

/** Characters that join two words, and open a few two-character county names (和县). */
const CONJUNCTION = /^[和与及并或]$/;
/** What follows a level that is a body's or a scope's, not a county's (和县人大, 与县政协, 和县直部门, 和县级). */
const LEVEL_BODY_AFTER = /^(?:人大|政协|委|政府|直|级|域|乡|镇|区|市)/;
/**
 * A body named by its level (市委, 县政府): its 委 or 府 must end a word, as in 委托/v or 委员会 it does not,
 * and no place may stand right before it (东城/ns 区委书记: that is 东城区委, which the head words take).
 */
const LEVEL_BODY_FORM = /^[省市区县州旗](?:委|政府)$/;

/** Whether a body's name ending at `end` ends a word there, or before the office jieba glued to it (县委书记/n). */
function endsBodyWord(analysis: AnalyzedSentence, end: number): boolean {
  if (analysis.boundaries.has(end)) return true;
  const token = tokenHolding(analysis, end - 1);
  return token !== undefined && /^副?(?:书记|主任|常委)/.test(analysis.text.slice(end, token.end));
}

/** Words that join the items of a list of places: 城口、巫溪, 达州和垫江, 万州及开州. */
const LIST_JOINERS = new Set(['、', '和', '及', '与']);
const ENUMERATION_COMMA = new Set(['、']);
/** Hand-kept short forms this short must be whole words (大足 yes, 大足迹 no). Every form has two characters or more. */
const SHORT_FORM_LENGTH = 2;

interface Entry {
  known: KnownName;
  /** A form of the national gazetteer: it must be whole words of the sentence (not 和平区 in 和平区域). */
  national: boolean;
  /** A short national form that needs support from its context (GazetteerForm.guarded). */
  guarded: boolean;
  /** Province codes of the units it may name. */
  provinces: readonly string[];
  /** A short form of a hand-kept place, written other than its name: whole words only (大足 yes, 大足迹 no). */
  handShort: boolean;
}

interface Hit {
  start: number;
  end: number;
  entry: Entry;
}

function onBoundaries(analysis: AnalyzedSentence, start: number, end: number): boolean {
  return analysis.boundaries.has(start) && analysis.boundaries.has(end);
}

/**
 * A place jieba glued to the everyday word after it: the place opens a word and its last word runs on
 * into an everyday word, the place (美国市场/nt, 日本企业/nt) or its level (大足/d 区人民政府/nt) opening
 * it. The place ends a word in all but jieba's reading.
 */
function gluedToWordAfter(analysis: AnalyzedSentence, start: number, end: number, lexicon: Lexicon): boolean {
  if (!analysis.boundaries.has(start)) return false;
  const token = tokenHolding(analysis, end - 1);
  return token !== undefined && token.end > end && token.end - end >= 2 && lexicon.commonWords.has(analysis.text.slice(end, token.end));
}

/**
 * Whether a short national form is a place here rather than a word. jieba's tags come from its
 * dictionary, not the context, and the dictionary tags many common words ns because a place is
 * also called so (新建, 江山, 山城, 大城). So a place tag is enough only for a place's own name
 * (四川, 越南, 忠县); a short form (垫江 for 垫江县) tagged ns also needs a surer place of its
 * province in the sentence (重庆, 万州区). Otherwise it needs a list beside another place
 * (城口、巫溪、酉阳, which jieba tags n, nr and ns), or, for an everyday word (合作 of 合作市), a list of
 * places around it; elsewhere it is weak, and survives where the corpus names the place for sure.
 */
function supported(analysis: AnalyzedSentence, hit: Hit, hits: readonly Hit[], lexicon: Lexicon): boolean {
  const token = analysis.tokenAt.get(hit.start);
  const taggedPlace = token?.end === hit.end && (token.tag.startsWith('ns') || isSurePlaceForm(token, lexicon));
  if (taggedPlace && isOwnName(analysis, hit)) return true;
  const sure = (other: Hit) => other !== hit && (!other.entry.guarded || isOwnName(analysis, other));
  if (taggedPlace && hits.some((other) => sure(other) && other.entry.provinces.some((code) => hit.entry.provinces.includes(code)))) return true;
  const { text } = analysis;
  // An everyday word (合作 of 合作市, 太湖 of 太湖县) needs a list of places around it, separated by 、, on
  // both sides or two on one (洞庭湖、鄱阳湖、太湖、巢湖; 合作、夏河、碌曲): beside one place it is an item of
  // another kind (项目合作、西部地区).
  if (lexicon.commonWords.has(text.slice(hit.start, hit.end))) {
    const beside = (from: Hit, side: -1 | 1) => listedBeside(text, from, hits, side, ENUMERATION_COMMA);
    const before = beside(hit, -1);
    const after = beside(hit, 1);
    return (before !== undefined && after !== undefined) || (before !== undefined && beside(before, -1) !== undefined) || (after !== undefined && beside(after, 1) !== undefined);
  }
  return listedBeside(text, hit, hits, -1, LIST_JOINERS) !== undefined || listedBeside(text, hit, hits, 1, LIST_JOINERS) !== undefined;
}

/** The place listed right before (`side` −1) or after (+1) `hit`, across one of `joiners`. */
function listedBeside(text: string, hit: Hit, hits: readonly Hit[], side: -1 | 1, joiners: ReadonlySet<string>): Hit | undefined {
  const joiner = side < 0 ? hit.start - 1 : hit.end;
  if (!joiners.has(text.charAt(joiner))) return undefined;
  return hits.find((other) => other !== hit && other.entry.known.type === 'place' && (side < 0 ? other.end === joiner : other.start === joiner + 1));
}

function isOwnName(analysis: AnalyzedSentence, hit: Hit): boolean {
  return analysis.text.slice(hit.start, hit.end) === hit.entry.known.name;
}

/** jieba's tags of common words: plain nouns, verbs, adjectives, adverbs, idioms, numerals, function words (not ns, nr, nz, j, x). */
const COMMON_TAGS = /^(?:n|ng|[avdlimqftscpur][a-z]*)$/;

/**
 * A unit's name that jieba's dictionary holds as a common word (友好区 n, as in 成都友好区) or
 * that starts with a word jieba reads as no noun (新建 v) may be that word: like a short form,
 * it needs support from its context. (大渡口区 is also in the dictionary as n; in a list of
 * districts it is supported.)
 */
function mayBeWord(analysis: AnalyzedSentence, start: number, end: number): boolean {
  const first = analysis.tokenAt.get(start);
  if (first === undefined) return false;
  if (first.end === end) return COMMON_TAGS.test(first.tag);
  return first.end - first.start >= 2 && !first.tag.startsWith('n');
}

/**
 * Gazetteer places and well-known names, longest match first. National forms must be whole words;
 * one of two characters (垫江, 越南, 长安) is a mention only where its context supports it (see
 * supported), elsewhere a weak one, which the corpus pass keeps if the place is named for sure
 * elsewhere (垫江县 in another sentence). Every mention links to the entity's name (sameAs), so
 * 重庆市 and 重庆 are one node.
 */
export function gazetteerMatcher(lexicon: Lexicon): (analysis: AnalyzedSentence) => Mention[] {
  const { forms, longest } = formIndex(lexicon);
  return (analysis) => {
    const hits: Hit[] = [];
    const { text } = analysis;
    for (let start = 0; start < text.length - 1; start++) {
      const most = longest.get(pairCode(text, start));
      if (most === undefined) continue;
      for (let end = Math.min(start + most, text.length); end >= start + 2; end--) {
        const form = text.slice(start, end);
        const entry = forms.get(form);
        if (!entry || ((entry.national || entry.handShort) && !onBoundaries(analysis, start, end) && !gluedToWordAfter(analysis, start, end, lexicon)) || insideAutonomousUnit(text, start)) continue;
        if (LEVEL_BODY_FORM.test(form) && (!endsBodyWord(analysis, end) || isPlaceWord(tokenEndingAt(analysis, start), lexicon))) continue;
        hits.push({ start, end, entry });
        start = end - 1;
        break;
      }
    }
    return hits.map((hit) => {
      const { known, guarded, provinces } = hit.entry;
      // Curated regions and countries of three characters or more need no support, nor does a unit
      // written in full with its level (大足区, 达州市), however jieba tags its name (大足/d). A
      // conjunction before a level and a body (和县 of 领导和县人大) only looks like one, and jieba tags it
      // 和县/ns in either reading: it stays weak, a place only where the corpus names it for sure.
      const surface = text.slice(hit.start, hit.end);
      const conjunction = surface.length === 2 && CONJUNCTION.test(surface.charAt(0)) && LEVEL_BODY_AFTER.test(text.slice(hit.end, hit.end + 2));
      const doubtful = guarded || (provinces.length > 0 && !UNIT_WITH_LEVEL.test(surface) && mayBeWord(analysis, hit.start, hit.end));
      const weak = conjunction || (doubtful && !supported(analysis, hit, hits, lexicon));
      return mention(analysis, hit.start, hit.end, known.type, 'gazetteer', weak ? { sameAs: [foldText(known.name)], weak } : { sameAs: [foldText(known.name)] });
    });
  };
}

interface FormIndex {
  forms: Map<string, Entry>;
  /** First two characters (`pairCode`) → the longest form that starts with them: most positions are passed over after one lookup. */
  longest: Map<number, number>;
}

/** The two UTF-16 code units at `index` as one number: a key to look up at every position without making a string. */
function pairCode(text: string, index: number): number {
  return text.charCodeAt(index) * 0x10000 + text.charCodeAt(index + 1);
}

/** Every form, indexed once per lexicon (a build extracts each document on its own, parallel.ts); maps build faster than a trie of 10,000 words. */
const indexes = new WeakMap<Lexicon, FormIndex>();

function formIndex(lexicon: Lexicon): FormIndex {
  const cached = indexes.get(lexicon);
  if (cached) return cached;
  const forms = new Map<string, Entry>();
  for (const [form, known] of lexicon.knownForms) {
    const place = lexicon.gazetteer.forms.get(form);
    const national = place?.name === known.name;
    forms.set(form, {
      known, national, guarded: national && place.guarded, provinces: national ? place.provinces : [],
      handShort: !national && form.length <= SHORT_FORM_LENGTH && form !== known.name,
    });
  }
  // Counties and districts, which the lexicon leaves to this matcher alone.
  for (const [form, place] of lexicon.gazetteer.forms) {
    if (!forms.has(form)) forms.set(form, { known: { name: place.name, type: place.type }, national: true, guarded: place.guarded, provinces: place.provinces, handShort: false });
  }
  const longest = new Map<number, number>();
  for (const form of forms.keys()) {
    // The matcher looks up two characters at a time: a shorter form could never match.
    if (form.length < 2) continue;
    const prefix = pairCode(form, 0);
    longest.set(prefix, Math.max(longest.get(prefix) ?? 0, form.length));
  }
  const index = { forms, longest };
  indexes.set(lexicon, index);
  return index;
}
