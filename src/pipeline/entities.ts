import { foldText } from '../core/text.js';
import { ENTITY_TYPES, type Entity, type EntityType, type Mention, type MentionSource } from '../core/types.js';
import { append } from './append.js';
import type { Segmenter } from './jieba.js';
import { headEnding, type Lexicon } from './lexicon.js';
import type { AnalyzedSentence } from './mentions/analysis.js';
import type { SentenceMentions } from './mentions/index.js';
import { namesByNumeral } from './mentions/quotes.js';
import { documentOf, documentsOf } from '../core/sentence-id.js';

/**
 * Mentions → entities: one node per real thing. Surface forms are merged when they fold to the same
 * text (brackets, widths, quotes), when a signal says they are the same (gazetteer short forms,
 * “两点”定位 / 两点, declared aliases), and when one is an abbreviation of another of the same type
 * (自贸试验区 of 重庆自由贸易试验区, 双城经济圈 of 成渝地区双城经济圈).
 */

class UnionFind {
  private readonly parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    for (let next = this.parent.get(root); next !== undefined && next !== root; next = this.parent.get(root)) root = next;
    this.parent.set(key, root);
    return root;
  }

  union(a: string, b: string): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    // The smaller key becomes the root so that merging is independent of input order.
    if (rootA !== rootB) {
      if (rootA < rootB) this.parent.set(rootB, rootA);
      else this.parent.set(rootA, rootB);
    }
  }
}

/** A quoted whole (“两个维护”) is labelled without its quotes; “两点”定位 keeps them. */
export function displayForm(surface: string): string {
  const unquoted = /^“([^“”]+)”$/.exec(surface);
  return unquoted?.[1] ?? surface;
}

/**
 * True when `short` abbreviates `long` the way Chinese abbreviations are made: each word of the long
 * name is kept whole, cut to its first character, or dropped, and the head word is kept.
 * 重庆/自由/贸易/试验区 → 自贸试验区; but 两江/协同/创新/区 does not give 两江新区.
 */
export function isAbbreviation(short: string, words: string[]): boolean {
  const head = words.at(-1);
  const long = words.join('');
  // The last two characters must agree too: 中共重庆市委 is not 中共重庆市渝中区委 (…区/委).
  if (head === undefined || !short.endsWith(head) || short.slice(-2) !== long.slice(-2) || short.length >= long.length) return false;
  const body = short.slice(0, short.length - head.length);
  const rest = words.slice(0, -1);
  const failed = new Set<number>();
  const reachable = (position: number, word: number): boolean => {
    if (word === rest.length) return position === body.length;
    const state = position * 64 + word;
    if (failed.has(state)) return false;
    const current = rest[word] ?? '';
    const ok =
      reachable(position, word + 1) ||
      (body.startsWith(current, position) && reachable(position + current.length, word + 1)) ||
      (current.length > 1 && body.charAt(position) === current.charAt(0) && reachable(position + 1, word + 1));
    if (!ok) failed.add(state);
    return ok;
  };
  return body.length > 0 && reachable(0, 0);
}

const SOURCE_WEIGHT: Record<MentionSource, number> = { gazetteer: 4, title: 4, alias: 1, quote: 3, motto: 3, pattern: 2, town: 2, list: 1, jieba: 1 };

function majorityType(mentions: Mention[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const found of mentions) votes.set(found.type, (votes.get(found.type) ?? 0) + SOURCE_WEIGHT[found.source]);
  let best: EntityType = 'program';
  let bestVotes = -1;
  for (const type of ENTITY_TYPES) {
    const count = votes.get(type) ?? 0;
    if (count > bestVotes) [best, bestVotes] = [type, count];
  }
  return best;
}

/**
 * True when `short` is `long` with characters left out inside or in front (自贸试验区 of
 * 重庆自由贸易试验区, 双城经济圈 of 成渝地区双城经济圈). A form that `long` only extends at its end
 * (广阳岛 of 广阳岛片区, 脱贫攻坚 of 脱贫攻坚战) is the core name, not a short form of it.
 */
function abbreviates(short: string, long: string): boolean {
  if (short.length >= long.length || long.startsWith(short)) return false;
  let position = 0;
  for (const char of long) if (char === short.charAt(position)) position++;
  return position === short.length;
}

/**
 * The lexicon's name if it has one, else the form written most often (ties: the longer, then the
 * first in code-point order) among those that abbreviate no other form: an abbreviation labels
 * nothing while its full name is written (自贸试验区 → 重庆自由贸易试验区).
 */
function chooseLabel(surfaces: Map<string, number>, canonical: string | undefined): string {
  if (canonical !== undefined) return canonical;
  const folded = [...surfaces.keys()].map(foldText);
  let best = '';
  let bestCount = 0;
  for (const [surface, count] of surfaces) {
    const form = foldText(surface);
    // A level form (区人民政府) labels nothing while the same body is written in full (汉南区政府).
    // …nor does a phase or a spelling (团结村车站) while the plain form (团结村站, no abbreviation of it) is written.
    const unlabelled = (other: string) => (abbreviates(form, other) && unitForm(other) !== form) || (LOCAL_BODY.test(form) && writesInFull(other, form)) || unitForm(form) === other;
    if (folded.some(unlabelled)) continue;
    const longer = form.length - foldText(best).length;
    if (count > bestCount || (count === bestCount && (longer > 0 || (longer === 0 && surface < best)))) [best, bestCount] = [surface, count];
  }
  return best;
}

export function buildEntities(sentences: SentenceMentions[], lexicon: Lexicon, segmenter: Segmenter): Entity[] {
  const groups = new UnionFind();
  const mentionsByKey = new Map<string, Mention[]>();
  const ownBodies = ownBodiesByDocument(sentences);
  for (const { analysis, mentions } of sentences) {
    for (const written of mentions) {
      const found = withStrategyFrame(written, analysis, lexicon);
      const key = foldText(displayForm(found.surface));
      const own = LOCAL_BODY.test(key) ? ownBodies.get(ownBodyKey(documentOf(found.sentence), levelTail(key))) : undefined;
      // A level form is its document's own body where the document names one such body in full; the
      // lexicon's sameAs (市人民政府 = 市政府) would join it to every other document's 市政府.
      if (own !== undefined) {
        // …and the lexicon's other spelling (区政府 for 区人民政府) is no form this document wrote.
        append(mentionsByKey, own, { ...found, sameAs: [] });
        continue;
      }
      append(mentionsByKey, key, found);
      for (const other of found.sameAs ?? []) groups.union(key, other);
    }
  }
  // A framed name (成渝地区双城经济圈建设) offers its bare form for abbreviations too (双城经济圈).
  const withBareForms = mergeFrames(mentionsByKey, groups);
  mergeAbbreviations([...withBareForms.keys()], withBareForms, groups, segmenter, lexicon);
  mergeLocalBodies([...mentionsByKey.keys()], mentionsByKey, groups);
  mergeSeries([...mentionsByKey.keys()], groups);
  mergeNumeralShortForms(sentences, lexicon, groups);
  mergeDroppedCharacter([...mentionsByKey.keys()], mentionsByKey, groups);

  const members = new Map<string, Mention[]>();
  for (const [key, list] of mentionsByKey) {
    const root = groups.find(key);
    for (const found of list) append(members, root, found);
  }
  const knownNames = new Map([...lexicon.knownForms.values(), ...lexicon.gazetteer.forms.values()].map((known) => [known.name, known.type]));
  const entities: Entity[] = [];
  for (const mentions of members.values()) {
    const surfaces = new Map<string, number>();
    for (const found of mentions) {
      const form = displayForm(found.surface);
      surfaces.set(form, (surfaces.get(form) ?? 0) + 1);
    }
    // A body named by its level (省政府) is the lexicon's form of many bodies: where every document of the
    // entity also writes the full name (四川省人民政府), that name is the label.
    const canonical = [...surfaces.keys(), ...mentions.flatMap((found) => found.sameAs ?? [])].find((form) => knownNames.has(form) && !(LOCAL_BODY.test(form) && namedInFull(form, mentions)));
    const label = chooseLabel(surfaces, canonical);
    const foldedLabel = foldText(label);
    // Forms a signal declared the same (the bare 两点 of “两点”定位, 以下简称 aliases) are aliases even if never written alone.
    const declared = mentions.flatMap((found) => found.sameAs ?? []);
    const forms = [...surfaces.keys(), ...declared].filter((form) => form !== label && foldText(form) !== foldedLabel);
    const aliases = [...new Set(forms)].sort();
    const docs = documentsOf(mentions);
    const type = canonical === undefined ? majorityType(mentions) : (knownNames.get(canonical) ?? majorityType(mentions));
    entities.push({ id: label, label, type, aliases, mentions, docs });
  }
  return entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The verbal nouns a national strategy is officially named with (成渝地区双城经济圈建设, 长江经济带发展). */
const STRATEGY_FRAME = new Set(['建设', '发展']);

/**
 * A national programme the lexicon knows, written with the verbal noun its official name carries
 * (推动成渝地区双城经济圈建设取得新进展, 融入长江经济带发展): the framed form is an alias of the
 * programme, so the entity answers to both names. Not where a head word follows, which makes a
 * longer name of its own (成渝地区双城经济圈建设规划纲要).
 */
function withStrategyFrame(found: Mention, analysis: AnalyzedSentence, lexicon: Lexicon): Mention {
  if (lexicon.knownForms.get(found.surface)?.type !== 'program') return found;
  const frame = analysis.tokenAt.get(found.end);
  if (frame === undefined || !STRATEGY_FRAME.has(frame.word)) return found;
  const next = analysis.tokenAt.get(frame.end);
  if (next !== undefined && headEnding(lexicon, next.word) !== undefined) return found;
  return { ...found, sameAs: [...(found.sameAs ?? []), found.surface + frame.word] };
}

/** The administrative units written in full inside `text` (重庆市黔江区人民政府 → 重庆市, 黔江区). */
function unitsIn(text: string, lexicon: Lexicon): Set<string> {
  const units = new Set<string>();
  for (let start = 0; start < text.length; start++) {
    for (let end = start + 2; end <= Math.min(text.length, start + 10); end++) {
      const form = text.slice(start, end);
      if (/[省市区县州]$/.test(form) && lexicon.gazetteer.forms.has(form)) units.add(form);
    }
  }
  return units;
}

/** The unit written last in `text`, the one a body's name belongs to (开州区 of 重庆市开州区人民政府), if any. */
function ownUnit(text: string, lexicon: Lexicon): string | undefined {
  let own: string | undefined;
  let ownEnd = -1;
  for (const unit of unitsIn(text, lexicon)) {
    const end = text.lastIndexOf(unit) + unit.length;
    if (end > ownEnd || (end === ownEnd && unit.length > (own?.length ?? 0))) [own, ownEnd] = [unit, end];
  }
  return own;
}

/**
 * A body's jurisdiction is part of what it names: 重庆市人民政府 does not shorten
 * 重庆市黔江区人民政府, and 区人民政府 (a body named by its level) is left to `mergeLocalBodies`. The
 * units above it may go (开州区人民政府 is 重庆市开州区人民政府), not the body's own.
 */
function dropsJurisdiction(short: string, long: string, lexicon: Lexicon): boolean {
  if (LOCAL_BODY.test(short)) return true;
  const own = ownUnit(long, lexicon);
  return own !== undefined && !unitsIn(short, lexicon).has(own);
}

function mergeAbbreviations(keys: string[], mentionsByKey: Map<string, Mention[]>, groups: UnionFind, segmenter: Segmenter, lexicon: Lexicon): void {
  const types = new Map(keys.map((key) => [key, majorityType(mentionsByKey.get(key) ?? [])]));
  const typeOf = (key: string) => types.get(key);
  const byLastChar = new Map<string, string[]>();
  for (const key of keys) append(byLastChar, key.slice(-1), key);
  for (const group of byLastChar.values()) {
    const longs = group.filter((key) => key.length >= 5);
    // Two granularities: 成渝地区/双城/经济圈 gives 双城经济圈, 重庆/自由/贸易/试验/区 gives 自贸试验区.
    const wordsOf = new Map(longs.map((key) => [key, [segmenter.parts(key, 4), segmenter.parts(key, 2)]]));
    // An abbreviation ends in the same two characters as its long form (isAbbreviation): a short
    // form is compared with the long forms that end as it does, not with the whole group.
    const longsByEnding = new Map<string, string[]>();
    for (const [long, splits] of wordsOf) {
      for (const ending of new Set(splits.map((words) => words.join('').slice(-2)))) append(longsByEnding, ending, long);
    }
    const spellsOut = (short: string, long: string) => (wordsOf.get(long) ?? []).some((words) => isAbbreviation(short, words));
    // Longer short forms first, so that 重庆自贸试验区 has joined 重庆自由贸易试验区 before 自贸试验区 looks.
    const shortestLast = [...group].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    for (const short of shortestLast) {
      // Places are not abbreviated this way: 成渝地区 is not 成渝中部地区.
      if (short.length < 3 || typeOf(short) === 'place') continue;
      const matches = (longsByEnding.get(short.slice(-2)) ?? []).filter(
        (long) => long !== short && typeOf(long) === typeOf(short) && spellsOut(short, long) && !(typeOf(short) === 'organization' && dropsJurisdiction(short, long, lexicon)),
      );
      const target = dominantExpansion(matches, (long) => mentionsByKey.get(long)?.length ?? 0, groups);
      if (target !== undefined) groups.union(short, target);
    }
  }
}

/**
 * The expansion a short form stands for: the only candidate, or one with at least three times the
 * mentions of any other (双城经济圈 → 成渝地区双城经济圈, not a one-off phrase that ends the same way).
 * Ambiguous short forms (新区 could shorten a dozen names) stay apart.
 */
function dominantExpansion(candidates: string[], mentions: (key: string) => number, groups: UnionFind): string | undefined {
  const byRoot = new Map<string, { key: string; count: number }>();
  for (const key of candidates) {
    const root = groups.find(key);
    const entry = byRoot.get(root) ?? { key, count: 0 };
    entry.count += mentions(key);
    byRoot.set(root, entry);
  }
  const ranked = [...byRoot.values()].sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1));
  const [best, second] = ranked;
  return best && (!second || best.count >= 3 * second.count) ? best.key : undefined;
}

/**
 * Words that wrap a name without changing what it names: 脱贫攻坚战 is 脱贫攻坚, 重庆站项目 is 重庆站,
 * 钉钉子精神 is 钉钉子, 成渝地区双城经济圈建设 is 成渝地区双城经济圈, 扫黑除恶专项斗争 is 扫黑除恶,
 * 广阳岛片区 is 广阳岛, and a reserve is the mountain or river it protects (缙云山国家级自然保护区).
 */
const FRAME_SUFFIXES = ['专项斗争', '建设', '项目', '精神', '发展', '试点', '战', '片区', '国家级自然保护区', '自然保护区'];
/**
 * Era words and an event's edition in front of a name: 新时代西部大开发 and 新一轮西部大开发 both
 * name 西部大开发, 第四届中新金融峰会 is the 中新金融峰会 held that year.
 */
const FRAME_PREFIX = /^(?:新时代|新一轮|首届|第[0-9一二三四五六七八九十百]+届)/;
/** The shortest bare form a frame may leave: shorter ones are words, not names (建设 of 城市建设). */
const MIN_BARE = 3;
/** A phase of a work (一期, 二期工程, 3期项目) is a unit of it: 重庆无水港一期项目 is 重庆无水港. */
const PHASE = /(?:[一二三四五六七八九十]|\d+)期(?:工程|项目)?$/;

/**
 * The work or station `key` names a unit or a spelling of, or undefined: 重庆无水港一期项目 → 重庆无水港,
 * 团结村车站 → 团结村站 (车站 is written 站). Such a form labels nothing while the plain one is written.
 */
function unitForm(key: string): string | undefined {
  const phase = PHASE.exec(key)?.[0];
  if (phase !== undefined && key.length - phase.length >= MIN_BARE) return key.slice(0, key.length - phase.length);
  return key.endsWith('车站') && key.length > MIN_BARE ? `${key.slice(0, -2)}站` : undefined;
}

/** `key` without its frames, or undefined when it has none: 无废城市建设试点 → 无废城市 (试点, then 建设), and see `unitForm`. */
function bareForm(key: string): string | undefined {
  const suffix = FRAME_SUFFIXES.find((frame) => key.endsWith(frame) && key.length - frame.length >= MIN_BARE);
  const bare = suffix === undefined ? unitForm(key) : key.slice(0, key.length - suffix.length);
  if (bare !== undefined) return bareForm(bare) ?? bare;
  const prefix = FRAME_PREFIX.exec(key)?.[0];
  return prefix === undefined || key.length - prefix.length < MIN_BARE ? undefined : key.slice(prefix.length);
}

/**
 * A name and the same name in a frame are one entity, whichever of the two the text wrote more
 * often. Returns the mentions by key with each framed name's bare form added (the framed name's
 * mentions under it), for the abbreviation pass to expand into.
 */
function mergeFrames(mentionsByKey: ReadonlyMap<string, Mention[]>, groups: UnionFind): Map<string, Mention[]> {
  const withBareForms = new Map(mentionsByKey);
  for (const [key, mentions] of mentionsByKey) {
    const bare = bareForm(key);
    if (bare === undefined) continue;
    groups.union(key, bare);
    if (!withBareForms.has(bare)) withBareForms.set(bare, mentions);
  }
  return withBareForms;
}

/**
 * A quoted number or short numeral that opens a longer name in the same sentence is that name's short
 * form (“850+” of “850+”城市轨道交通成网计划), as where a head word completes it (see quotes.ts); the
 * scorer may have kept both, the quote and the name it opens.
 */
function mergeNumeralShortForms(sentences: readonly SentenceMentions[], lexicon: Lexicon, groups: UnionFind): void {
  for (const { mentions } of sentences) {
    for (const quote of mentions) {
      const core = displayForm(quote.surface);
      if (core === quote.surface || !namesByNumeral(core, lexicon)) continue;
      const opened = mentions.find((other) => other.start === quote.start && other.end > quote.end && other.type !== 'place');
      if (opened !== undefined) groups.union(foldText(core), foldText(displayForm(opened.surface)));
    }
  }
}

/** What separates the parts of a motto: 晒文化、晒风景 and 晒文化·晒风景 are one motto. */
const SERIES_SEPARATOR = /[、·・•]/;

/**
 * The other ways a motto of parallel parts is written: without its separators, and contracted by
 * dropping a character every part has in the same place (近者悦、远者来 → 近悦远来).
 */
function seriesForms(key: string): string[] {
  const parts = key.split(SERIES_SEPARATOR);
  const [first] = parts;
  if (parts.length < 2 || first === undefined) return [];
  const forms = [parts.join('')];
  if (parts.every((part) => part.length === first.length && part.length >= 2)) {
    for (let at = 0; at < first.length; at++) {
      if (parts.every((part) => part.charAt(at) === first.charAt(at))) forms.push(parts.map((part) => part.slice(0, at) + part.slice(at + 1)).join(''));
    }
  }
  return forms;
}

/** Joins the mottos that are one motto written with other separators, or contracted (see `seriesForms`). */
function mergeSeries(keys: readonly string[], groups: UnionFind): void {
  const written = new Set(keys);
  const byForm = new Map<string, string>();
  for (const key of keys) {
    for (const form of seriesForms(key)) {
      if (written.has(form)) groups.union(key, form);
      const other = byForm.get(form);
      if (other === undefined) byForm.set(form, key);
      else groups.union(key, other);
    }
  }
}

/** The shortest motto a dropped character is read as a slip in: shorter ones differ by a whole item. */
const MIN_SLIP = 4;

/**
 * A motto written once with a character left out is the same motto (芯屏器网 in a document that
 * elsewhere, and in the corpus, writes 芯屏器核网): slogans of four characters or more, the shorter
 * equal to the longer without one character inside it.
 */
function mergeDroppedCharacter(keys: readonly string[], mentionsByKey: ReadonlyMap<string, Mention[]>, groups: UnionFind): void {
  const slogans = keys.filter((key) => key.length >= MIN_SLIP && /^[\u4e00-\u9fff]+$/.test(key) && majorityType(mentionsByKey.get(key) ?? []) === 'slogan');
  const byShortening = new Map<string, string>();
  for (const key of slogans) {
    for (let at = 1; at < key.length - 1; at++) byShortening.set(key.slice(0, at) + key.slice(at + 1), key);
  }
  for (const key of slogans) {
    const longer = byShortening.get(key);
    if (longer !== undefined) groups.union(key, longer);
  }
}

/** Whether every document of `mentions` writes a longer form of the same level and head (四川省人民政府 for 省政府, 汉南区政府 for 区人民政府). */
function namedInFull(levelForm: string, mentions: readonly Mention[]): boolean {
  const inFull = new Set(mentions.filter((found) => writesInFull(foldText(displayForm(found.surface)), levelForm)).map((found) => documentOf(found.sentence)));
  return inFull.size > 0 && mentions.every((found) => inFull.has(documentOf(found.sentence)));
}

/** A body named by its level only, as a document names its own: 市委, 区政府, 省人民政府, 自治区党委, 旗委 (a banner, Inner Mongolia's county). */
const LOCAL_BODY = /^(?:省|市|区|县|州|旗|自治区|自治州|自治县|自治旗)(?:委|党委|政府|人民政府|人大|政协)$/;

/** 人民政府 written 政府: the two spellings of one government (西安市人民政府, 西安市政府). */
const governmentSpelling = (key: string) => key.replace(/人民政府$/, '政府');

/** A body's level and head, with 人民政府 written 政府: 西安市人民政府 → 市政府, 中共重庆市委 → 市委, 海南藏族自治州人民政府 → 自治州政府. */
function levelTail(key: string): string | undefined {
  return /(?:自治[区州县旗]|[省市区县州旗])(?:委|党委|政府|人大|政协)$/.exec(governmentSpelling(key))?.[0];
}

/** Whether `key` writes in full a body that `levelForm` names by its level (汉南区政府 for 区人民政府). */
function writesInFull(key: string, levelForm: string): boolean {
  return !LOCAL_BODY.test(key) && levelTail(key) === levelTail(levelForm);
}

/** The key of `ownBodiesByDocument`'s map: a document and a level form's tail. */
const ownBodyKey = (document: string, tail: string | undefined) => `${document}\u0000${tail ?? ''}`;

/**
 * Per document and level tail (`ownBodyKey`), the body the document names in full (西安市人民政府
 * under 市政府), kept only where it names one body of that level: a report that names 重庆市人民政府
 * and 四川省人民政府 leaves 省政府 unresolved only if it also names another 省政府.
 */
function ownBodiesByDocument(sentences: readonly SentenceMentions[]): Map<string, string> {
  const named = new Map<string, Set<string>>();
  for (const { mentions } of sentences) {
    for (const found of mentions) {
      const key = foldText(displayForm(found.surface));
      const tail = found.type === 'organization' && !LOCAL_BODY.test(key) ? levelTail(key) : undefined;
      if (tail === undefined) continue;
      const at = ownBodyKey(documentOf(found.sentence), tail);
      named.set(at, (named.get(at) ?? new Set<string>()).add(key));
    }
  }
  const own = new Map<string, string>();
  for (const [at, keys] of named) {
    const [first, ...others] = [...keys].sort();
    // Two spellings of one body (西安市人民政府, 西安市政府) are still one body.
    if (first !== undefined && others.every((key) => governmentSpelling(key) === governmentSpelling(first))) own.set(at, first);
  }
  return own;
}

/**
 * 市委 in documents that all name the same 市委 in full (中共重庆市委) is that body; where the
 * documents name two (重庆市委, 成都市委) or none, it stays a node of its own rather than being
 * given to one of them.
 */
function mergeLocalBodies(keys: string[], mentionsByKey: Map<string, Mention[]>, groups: UnionFind): void {
  const documentsOfKey = (key: string) => new Set(documentsOf(mentionsByKey.get(key) ?? []));
  for (const short of keys.filter((key) => LOCAL_BODY.test(key))) {
    // Every document of the level form's entity, not of this spelling alone: 市人民政府 written only in
    // the 西安 text is one entity with 市政府 written in others, which 西安市人民政府 does not name.
    const root = groups.find(short);
    const documents = new Set(keys.filter((key) => groups.find(key) === root).flatMap((key) => [...documentsOfKey(key)]));
    const full = keys.filter((key) => key !== short && key.endsWith(short));
    const inEvery = new Set(full.filter((key) => [...documents].every((document) => documentsOfKey(key).has(document))).map((key) => groups.find(key)));
    const inAny = new Set(full.filter((key) => [...documents].some((document) => documentsOfKey(key).has(document))).map((key) => groups.find(key)));
    const [only] = inEvery;
    if (inEvery.size === 1 && inAny.size === 1 && only !== undefined) groups.union(short, only);
  }
}
