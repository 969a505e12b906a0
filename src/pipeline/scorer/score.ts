import { foldText } from '../../core/text.js';
import type { Mention } from '../../core/types.js';
import { headEnding, type Lexicon } from '../lexicon.js';
import type { SentenceMentions } from '../mentions/index.js';
import { asStrong, isFullUnit, nestsIn, SOURCE_RANK } from '../mentions/span.js';
import { analysisFromPacked, isProperToken, tokenEndingAt, type AnalyzedSentence } from '../mentions/analysis.js';
import { candidateFeatures, recurrenceFeatures, type Candidate } from './features.js';
import { logit, readingProbabilities, weightOf, type ScorerModel } from './model.js';
import { bestReading } from './select.js';
import { isNameShaped } from './shape.js';


/** The candidates of one sentence, one per span, each with every signal that proposed it. */
export function groupBySpan(mentions: readonly Mention[]): Candidate[] {
  const bySpan = new Map<string, Mention[]>();
  for (const found of mentions) {
    const key = `${found.start}:${found.end}`;
    const list = bySpan.get(key);
    if (list) list.push(found);
    else bySpan.set(key, [found]);
  }
  return [...bySpan.values()].map((list) => {
    const ranked = [...list].sort((a, b) => Number(a.weak ?? false) - Number(b.weak ?? false) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source]);
    const best = ranked[0] as Mention;
    const sameAs = [...new Set(list.flatMap((found) => found.sameAs ?? []))];
    const strong = list.some((found) => !found.weak);
    const merged: Mention = { ...(strong ? asStrong(best) : best), ...(sameAs.length > 0 ? { sameAs } : {}) };
    return { mention: merged, sources: [...new Set(list.map((found) => (found.weak ? `${found.source}~` : found.source)))].sort() };
  });
}

/** A name-shaped candidate scored on what its sentence alone says: all the scorer needs but the corpus. */
export interface LocalCandidate {
  mention: Mention;
  /** The folded surface, which the corpus count is kept by. */
  key: string;
  /** The model's score without the corpus feature (bias included), in log-odds. */
  local: number;
  /** Fixed by its signal (see `isCertain`): accepted whatever the scores say. */
  certain: boolean;
}

/** A sentence and its scored candidates, between the local scoring (in the extraction threads) and the selection. */
export interface SentenceCandidates {
  analysis: AnalyzedSentence;
  candidates: LocalCandidate[];
}

/**
 * The name-shaped candidates of one sentence, each with its local features: the part of the scorer
 * that needs no other sentence. `mentions` are the signals' raw proposals.
 */
export function shapedCandidates({ analysis, mentions }: SentenceMentions, lexicon: Lexicon): { candidate: Candidate; key: string; features: string[] }[] {
  return groupBySpan(mentions)
    .filter((candidate) => isNameShaped(candidate, analysis, lexicon))
    .map((candidate) => ({ candidate, key: foldText(candidate.mention.surface), features: candidateFeatures(candidate, analysis, lexicon) }));
}

/** One sentence's candidates scored locally (runs where the sentence was extracted). */
export function scoreSentence(sentence: SentenceMentions, lexicon: Lexicon, model: ScorerModel): SentenceCandidates {
  const shaped = shapedCandidates(sentence, lexicon);
  return {
    // A fresh view of the packed tokens, so the token objects extraction and scoring made are not kept for the whole corpus.
    analysis: analysisFromPacked(sentence.analysis.packed),
    candidates: shaped.map(({ candidate, key, features }) => ({
      mention: candidate.mention,
      key,
      local: logit(model, features),
      certain: isCertain(candidate, sentence.analysis, lexicon) || (isVocabularyTerm(candidate, sentence.analysis, lexicon) && !shaped.some((other) => nestsIn(candidate.mention, other.candidate.mention))),
    })),
  };
}

/** How often each candidate recurs: sentences per document, and per key the sentences of the corpus that propose it. */
export interface Recurrence {
  documentSentences: Map<string, number>;
  proposed: Map<string, number>;
}

/** Counts, for the recurrence features, the sentences of each document and those where each key is a candidate. */
export function countRecurrence(sentences: readonly { analysis: AnalyzedSentence; candidates: readonly { key: string }[] }[]): Recurrence {
  const documentSentences = new Map<string, number>();
  const proposed = new Map<string, number>();
  for (const { analysis, candidates } of sentences) {
    const { doc } = analysis.sentence;
    documentSentences.set(doc, (documentSentences.get(doc) ?? 0) + 1);
    for (const key of new Set(candidates.map((candidate) => candidate.key))) proposed.set(key, (proposed.get(key) ?? 0) + 1);
  }
  return { documentSentences, proposed };
}

/** The recurrence features of `key`, the folded surface of `mention`, a candidate of the sentence `analysis`. */
export function recurrenceOf(recurrence: Recurrence, analysis: AnalyzedSentence, key: string, mention: Mention): string[] {
  return recurrenceFeatures(recurrence.proposed.get(key) ?? 0, recurrence.documentSentences.get(analysis.sentence.doc) ?? 0, mention.source === 'gazetteer');
}

/**
 * The scorer's last step, over the whole corpus: each candidate's score completed with the corpus
 * feature, and each sentence's best reading kept. An accepted name that the reading left out only
 * because surer names inside it outweighed it (北海-钦州-防城港一体化 over 北海, 钦州, 防城港) is kept
 * too, with those names nested in it: both are names. Returns the sentences with only the chosen
 * mentions, in text order (a longer mention before those nested in it) and no longer weak.
 */
export function selectMentions(sentences: readonly SentenceCandidates[], model: ScorerModel): SentenceMentions[] {
  const recurrence = countRecurrence(sentences);
  return sentences.map(({ analysis, candidates }) => {
    const probabilities = groupedProbabilities(
      candidates.map(({ mention, key, local }) => ({ end: mention.end, score: recurrenceOf(recurrence, analysis, key, mention).reduce((sum, feature) => sum + weightOf(model, feature), local) })),
    );
    const scored = candidates.map((candidate, index) => ({
      start: candidate.mention.start,
      end: candidate.mention.end,
      probability: candidate.certain ? 1 : (probabilities[index] ?? 0),
      mention: candidate.mention,
    }));
    const reading = withCoordinated(bestReading(scored, model.threshold), scored, analysis.text);
    const outer = bestReading(scored.filter((item) => !reading.includes(item) && encloses(item, reading)), model.threshold);
    // A short form of a place that only the gazetteer proposed, without support from its sentence (资源 of
    // 资源县, 垫江 of 垫江县), stays weak: propagation keeps it only where the corpus names the place in full.
    const taken = [...reading, ...outer].map(({ mention }) => (mention.weak === true && mention.source === 'gazetteer' ? mention : asStrong(mention)));
    const chosen = taken.map((found) => withPhase(found, analysis, taken));
    return { analysis, mentions: [...chosen, ...jurisdictionsInside(chosen, candidates)].sort((a, b) => a.start - b.start || b.end - a.end) };
  });
}

/** A phase written right after a work: 四号线一期, 6号线支线二期, 重庆无水港一期项目. */
const PHASE_AFTER = /^(?:支线)?(?:[一二三四五六七八九十]|\d+)期(?:工程|项目)?/;

/**
 * A chosen project with the phase written right after it, which belongs to its name (四号线一期 is
 * what the text builds): the head words end the name at the work, and entities.ts files the phase
 * under the work wherever the work is named alone too. Unchanged where the phase ends inside a word
 * or another chosen name starts in it.
 */
function withPhase(found: Mention, analysis: AnalyzedSentence, chosen: readonly Mention[]): Mention {
  if (found.type !== 'project') return found;
  const phase = PHASE_AFTER.exec(analysis.text.slice(found.end, found.end + MAX_PHASE))?.[0];
  if (phase === undefined) return found;
  const end = found.end + phase.length;
  if (!analysis.boundaries.has(end) || chosen.some((other) => other.start < end && other.end > found.end)) return found;
  return { ...found, end, surface: analysis.text.slice(found.start, end) };
}
const MAX_PHASE = 8;

/**
 * The lowest probability at which an item of a 、-list is taken because its neighbour in the list is:
 * coordinated items are names of one kind (荣昌、铜梁、大足、潼南; 渝宜、黔石等高速公路), so a neighbour
 * the reading accepts is evidence the scorer's features do not see.
 */
const COORDINATED_FLOOR = 0.3;

/**
 * `reading` with the items of a 、-list it left out added, where an item right beside one it took (across
 * a 、) has that item's type, overlaps nothing taken and scores at least COORDINATED_FLOOR; repeated,
 * so a list is taken item by item from the one the reading accepted.
 */
function withCoordinated<T extends { start: number; end: number; probability: number; mention: Mention }>(reading: readonly T[], scored: readonly T[], text: string): T[] {
  const taken = [...reading];
  const besideTaken = (item: T) =>
    taken.some((other) => other.mention.type === item.mention.type && ((text.charAt(item.end) === '、' && other.start === item.end + 1) || (text.charAt(item.start - 1) === '、' && other.end === item.start - 1)));
  for (let added = true; added; ) {
    added = false;
    for (const item of scored) {
      if (item.probability < COORDINATED_FLOOR || taken.includes(item) || taken.some((other) => other.start < item.end && item.start < other.end) || !besideTaken(item)) continue;
      taken.push(item);
      added = true;
    }
  }
  return taken;
}

/**
 * Whether `item` holds some of `reading`'s items whole, cuts none of them, and holds only places that
 * neither end it nor are joined to what follows: a name built on places (北海-钦州-防城港一体化, 广西第十四个五年规划…建议),
 * or a plan or policy that opens with the name it is named after (生态优先绿色发展行动计划). A longer span
 * that ends where a chosen name ends is another left edge of that name (经湖南省人民政府), and one that
 * runs on from a chosen project or body is a clause about it (长寿经开区建设重点产业园区).
 */
function encloses(item: { start: number; end: number; mention: Mention }, reading: readonly { start: number; end: number; mention: Mention }[]): boolean {
  // A phrase with 的 describes (重庆至成都的高铁, 上海的科技交流项目) rather than names.
  if (item.mention.surface.includes('的')) return false;
  let holds = false;
  for (const other of reading) {
    if (item.start <= other.start && other.end <= item.end) {
      // A place followed by a conjunction is one of two names joined (粤港澳大湾区和海南自由贸易港).
      const next = item.mention.surface.charAt(other.end - item.start);
      // A plan or policy named after a strategy or slogan (生态优先绿色发展行动计划) holds it as a place is held.
      const held = other.mention.type === 'place' || (item.mention.type === 'program' && other.start === item.start);
      if (other.end === item.end || !held || JOINERS.has(next)) return false;
      holds = true;
    } else if (other.end > item.start && other.start < item.end) return false;
  }
  return holds;
}

const JOINERS = new Set(Array.from('和与及、'));

/**
 * The jurisdictions a chosen body's or title's name holds (重庆市黔江区人民政府 → 重庆市, 黔江区; 四川省发展和改革委员会
 * → 四川省; 天水市国民经济和社会发展第十四个五年规划… → 天水市): administrative units written in full, which
 * `isCertain` marks. They are mentioned there too, nested in the body's or title's mention, as the
 * issuing jurisdiction of a report is often written nowhere else.
 */
function jurisdictionsInside(chosen: readonly Mention[], candidates: readonly LocalCandidate[]): Mention[] {
  const bodies = chosen.filter((found) => found.type === 'organization' || found.source === 'title');
  if (bodies.length === 0) return [];
  // Each unit once, and not again where the reading chose it (a body kept around it, 长沙市 in 长沙市委).
  const spans = new Set(chosen.map((found) => `${found.start}:${found.end}`));
  return candidates
    .filter(({ mention, certain }) => certain && mention.source === 'gazetteer' && mention.type === 'place' && bodies.some((body) => nestsIn(mention, body)))
    .filter(({ mention }) => {
      const key = `${mention.start}:${mention.end}`;
      if (spans.has(key)) return false;
      spans.add(key);
      return true;
    })
    .map(({ mention }) => asStrong(mention));
}


/**
 * Candidates whose signal fixes both edges and the kind beyond doubt, so no feature outweighs it:
 * 《》 delimit a document's, plan's or law's name whatever it says; the gazetteer's full name of an
 * administrative unit (not a short form, which may be a word) is that unit wherever it stands, as is
 * a town or village named by the strict rules of mentions/towns.ts (a name no everyday word, before
 * its level: 棉湖镇, 咸宜乡), which the annotated sets hold too few of to learn from; and
 * so is a body that only a jurisdiction can have, named by units in full (四川省政府,
 * 重庆市江北区人民政府, 中共四川省委) or by its level (县人大), a body inside a body (isNestedBody),
 * or a department of a jurisdiction named in full or by its level
 * (重庆市万州区发展和改革委员会, 四川省交通运输厅, 省文化和旅游厅), which must not lose to the units inside it.
 */
function isCertain(candidate: Candidate, analysis: AnalyzedSentence, lexicon: Lexicon): boolean {
  const { sources, mention } = candidate;
  if (sources.includes('title') || sources.includes('town') || sources.includes('motto') || (sources.includes('gazetteer') && isFullUnit(mention.surface, lexicon))) return true;
  const head = headEnding(lexicon, mention.surface, 1);
  if (mention.type !== 'organization' || head === undefined) return false;
  const named = mention.surface.slice(0, -head.head.length).replace(/^中共/, '');
  // Named by its units in full, or by the level of the document's own jurisdiction (县人大, 区政府).
  if (head.needsPlace && (LEVEL.test(named) || splitsIntoUnits(named.replace(/人民$/, ''), lexicon))) return true;
  // A body inside a body, or a department, is certain only as a plain noun phrase: a verb or a
  // particle in it (…办公厅转发了省商务厅) makes a clause of it.
  if (analysis.tokens.some((token) => token.start >= mention.start && token.end <= mention.end && CLAUSE_TAG.test(token.tag))) return false;
  if (isNestedBody(analysis, mention, head.head.length)) return true;
  if (!DEPARTMENT.test(head.head)) return false;
  // The units, or the level alone as a word of its own (市/n 交通局, not 市场监管局), open the name and
  // at least a word of the department's field follows them.
  if (analysis.tokenAt.get(mention.start)?.end === mention.start + 1 && LEVEL.test(named.charAt(0)) && named.length - 1 >= MIN_FIELD) return true;
  for (let length = named.length - MIN_FIELD; length >= 2; length--) if (splitsIntoUnits(named.slice(0, length), lexicon)) return true;
  return false;
}

/**
 * A term of the policy vocabulary written as whole words (六稳, 共同富裕, 放管服): it is that term, unless
 * a longer candidate holds it (创新驱动发展 in 以大数据智能化为引领的创新驱动发展战略行动计划), which the scorer
 * weighs against it. Places are left to the scorer: their short forms are often other words (长安).
 */
function isVocabularyTerm({ sources, mention }: Candidate, analysis: AnalyzedSentence, lexicon: Lexicon): boolean {
  // A level right before it makes it a body's head (旗/n 政协): the body's name is the level's.
  if (LEVEL_CHARACTER.test(analysis.text.charAt(mention.start - 1))) return false;
  return sources.includes('gazetteer') && !mention.weak && mention.type !== 'place' && lexicon.knownForms.get(mention.surface)?.type === mention.type;
}

const LEVEL_CHARACTER = /[省市区县州旗盟乡镇]/;

/** jieba's tags of verbs (not verbal nouns), particles, prepositions, pronouns and adverbs. */
const CLAUSE_TAG = /^(?:v|vd|vg|vi|vq|u[a-z]*|p|r[a-z]*|d)$/;

/** A jurisdiction named by its level alone, with 人民 where the body's name has it (区, 县人民). */
const LEVEL = /^[省市区县州旗](?:人民)?$/;

/** The most characters between a body's name and the head of a body inside it (华西 in 四川大学华西医院). */
const MAX_NESTED_FIELD = 4;

/**
 * A body inside a body: the span opens with a word jieba tags an organization and ends in a body's
 * head a few characters later (四川大学华西医院, 中国银行重庆分行), so it must not lose to the outer body.
 */
function isNestedBody(analysis: AnalyzedSentence, mention: Mention, headLength: number): boolean {
  const outer = analysis.tokenAt.get(mention.start);
  const headStart = mention.end - headLength;
  if (outer?.tag !== 'nt' || outer.end >= headStart || headStart - outer.end > MAX_NESTED_FIELD) return false;
  // The outer body must open the name: a proper word right before it belongs to it (柳州/ns 钢铁集团/nt 有限公司).
  const before = tokenEndingAt(analysis, mention.start);
  return before === undefined || !isProperToken(before);
}

/** Heads of a government department's name: what the department does goes before them (发展和改革委员会, 交通运输厅, 发展改革委). */
const DEPARTMENT = /^(?:委员会|管委会|办公室|厅|局|委)$/;
/** The shortest field a department is named by (交通 of 交通局). */
const MIN_FIELD = 2;

/** Whether `text` is one or more administrative units written in full, one after another (重庆市江北区). */
function splitsIntoUnits(text: string, lexicon: Lexicon): boolean {
  if (text === '') return false;
  for (let length = 2; length <= text.length; length++) {
    if (isFullUnit(text.slice(0, length), lexicon) && (length === text.length || splitsIntoUnits(text.slice(length), lexicon))) return true;
  }
  return false;
}

/** Each candidate's reading probability within its group (the candidates of a sentence that end where it ends, see `readingProbabilities`), in input order; `score` is its logit. */
function groupedProbabilities(candidates: readonly { end: number; score: number }[]): number[] {
  const groups = new Map<number, number[]>();
  candidates.forEach((candidate, index) => {
    const group = groups.get(candidate.end);
    if (group) group.push(index);
    else groups.set(candidate.end, [index]);
  });
  const probabilities = new Array<number>(candidates.length).fill(0);
  for (const members of groups.values()) {
    const inGroup = readingProbabilities(members.map((index) => candidates[index]?.score ?? 0));
    members.forEach((index, position) => {
      probabilities[index] = inGroup[position] ?? 0;
    });
  }
  return probabilities;
}
