import { foldText } from '../../core/text.js';
import type { Lexicon } from '../lexicon.js';
import { append } from '../append.js';
import type { AnalyzedSentence } from '../mentions/analysis.js';
import { alignFirstItem, componentOf, type Component } from './components.js';
import { clauseEnd, clauseStart, ordinalEnumerations, serialEnumerations, splitItems, type Item } from './lists.js';
import { occurrencesIn, type Occurrence } from './occurrences.js';
import type { EntityRegistry } from './registry.js';
import { keysInOrder } from './slogan-forms.js';
import { headerRunAt, type Header } from './walkthroughs.js';

/**
 * Which list decodes which slogan, within one document. Policy prose spells a numeral slogan out
 * first and abbreviates after (推动高质量发展、创造高品质生活 … “两高”要求), so a list decodes it
 * from the same sentence or up to two sentences before, when its length is the slogan's count and
 * its items contain the key word. A list that follows must say it explains: set beside the slogan
 * (“两高”，即A和B; “两高”（A、B）; A、B、C三大攻坚战), where the count alone ties them, numbered
 * (一是…二是…; 一个是…一个是…), or a walk-through (“芯”，… “屏”，…; 主城都市区，… 渝东北…，…),
 * the only shape that decodes a character acronym. Each slogan takes the nearest list.
 */

export interface DecodedComponent {
  analysis: AnalyzedSentence;
  component: Component;
  /** Set when the component heads a sentence of a walk-through. */
  header?: Header;
}

export interface Decoding {
  owner: Occurrence;
  components: DecodedComponent[];
}

/** One slogan, or the slogans one sentence writes in a row (做大做强“一区”、做优做特“两群”), as one list to match. */
interface Decoder {
  analysis: AnalyzedSentence;
  position: number;
  acronym: boolean;
  keys: string[];
  /** The occurrence each component position belongs to. */
  owners: Occurrence[];
}

interface Part {
  analysis: AnalyzedSentence;
  item: Item;
  header?: Header;
}

interface Candidate {
  shape: 'serial' | 'numbered' | 'beside' | 'walkthrough';
  analysis: AnalyzedSentence;
  position: number;
  parts: Part[];
  /** For a list set beside a slogan: that slogan, which the list decodes by its count alone. */
  beside?: Occurrence;
}

interface Match {
  decoder: Decoder;
  candidate: Candidate;
  components: DecodedComponent[];
  distance: [sentences: number, characters: number];
}

const AFTER_APPOSITION = /^(?:[（(]|[，,]?即|[：:])/;
/** Sentences between a slogan and a list that decodes it. */
const WINDOW = 2;

function decoderOf(occurrences: Occurrence[]): Decoder | undefined {
  const [first] = occurrences;
  if (!first) return undefined;
  const keys: string[] = [];
  const owners: Occurrence[] = [];
  for (const occurrence of occurrences) {
    for (const key of keysInOrder(occurrence.form)) {
      keys.push(key);
      owners.push(occurrence);
    }
  }
  return { analysis: first.analysis, position: first.start, acronym: first.form.kind === 'acronym', keys, owners };
}

function decodersIn(occurrences: Occurrence[]): Decoder[] {
  const singles = occurrences.flatMap((occurrence) => decoderOf([occurrence]) ?? []);
  const numerals = occurrences.filter((occurrence) => occurrence.form.kind !== 'acronym' && occurrence.decodable);
  const compound = numerals.length >= 2 ? decoderOf(numerals) : undefined;
  return compound ? [...singles, compound] : singles;
}

function aligned(analysis: AnalyzedSentence, items: Item[]): Item[] {
  const [first, second, ...rest] = items;
  return first && second ? [alignFirstItem(analysis, first, second), second, ...rest] : items;
}

type SentenceShape = Exclude<Candidate['shape'], 'walkthrough'>;

/** The lists of one sentence, of the shapes asked for, in the order serial, numbered, beside. */
function candidatesIn(analysis: AnalyzedSentence, occurrences: Occurrence[], lexicon: Lexicon, shapes: ReadonlySet<SentenceShape>): Candidate[] {
  const { text } = analysis;
  const asParts = (items: Item[]) => items.map((item) => ({ analysis, item }));
  const found: Candidate[] = [
    ...(shapes.has('serial') ? serialEnumerations(analysis) : []).filter((enumeration) => !enumeration.open)
      .map((enumeration): Candidate => ({ shape: 'serial', analysis, position: enumeration.start, parts: asParts(aligned(analysis, enumeration.items)) })),
    ...(shapes.has('numbered') ? ordinalEnumerations(analysis) : []).map((enumeration): Candidate => ({ shape: 'numbered', analysis, position: enumeration.start, parts: asParts(enumeration.items) })),
  ];
  if (!shapes.has('beside')) return found;
  const holdsSlogan = (item: Item) => occurrences.some((other) => other.start < item.end && other.end > item.start);
  for (const occurrence of occurrences) {
    const marker = AFTER_APPOSITION.exec(text.slice(occurrence.end));
    if (marker) {
      const start = occurrence.end + marker[0].length;
      const after = splitItems(analysis, start, clauseEnd(text, start), true);
      if (after && !after.open) found.push({ shape: 'beside', analysis, position: start, parts: asParts(after.items), beside: occurrence });
    }
    // "A、B、C三大攻坚战", "A、B等“三大攻坚战”": a counted slogan naming what the list ends with. A
    // boundary word before it makes it that verb's object instead (推动A、B落实“两个维护”).
    if (occurrence.form.kind !== 'counted') continue;
    let end = occurrence.start;
    while (end > 0 && '等这'.includes(text.charAt(end - 1))) end--;
    const before = splitItems(analysis, clauseStart(text, end), end);
    const verbBefore = analysis.tokens.some((token) => token.end === end && lexicon.boundaries.has(token.word));
    if (before && !before.open && !verbBefore && !before.items.some(holdsSlogan)) {
      found.push({ shape: 'beside', analysis, position: before.start, parts: asParts(before.items), beside: occurrence });
    }
  }
  return found;
}

/** The walk-throughs of a document that start in one of the sentences `starts` (by sentence index), in document order. */
function walkthroughCandidates(document: readonly AnalyzedSentence[], starts: ReadonlySet<number>, registry: EntityRegistry): Candidate[] {
  const found: Candidate[] = [];
  document.forEach((analysis, position) => {
    const run = starts.has(analysis.sentence.index) ? headerRunAt(document, position, registry) : undefined;
    if (!run) return;
    const parts = run.map((header) => ({ analysis: header.analysis, item: { start: 0, end: header.end }, header }));
    found.push({ shape: 'walkthrough', analysis, position: 0, parts });
  });
  return found;
}

/** Whether a list of this shape can explain the slogan from where it stands (see the module comment). */
function inReach(decoder: Decoder, candidate: Candidate): boolean {
  const gap = candidate.analysis.sentence.index - decoder.analysis.sentence.index;
  switch (candidate.shape) {
    case 'beside': return candidate.beside !== undefined && decoder.owners.includes(candidate.beside);
    case 'walkthrough': return gap >= 1 && gap <= WINDOW;
    case 'numbered': return Math.abs(gap) <= WINDOW;
    case 'serial': return gap <= 0 && gap >= -WINDOW;
  }
}

function componentFor(decoder: Decoder, candidate: Candidate, part: Part, key: string, lexicon: Lexicon, registry: EntityRegistry): Component | undefined {
  const { header } = part;
  if (!header) return componentOf(part.analysis, part.item, candidate.shape === 'beside' ? undefined : key, lexicon, registry);
  const fits = decoder.acronym ? header.core === key : foldText(header.core).includes(key);
  return fits ? { start: 0, end: header.end, ...(header.entity === undefined ? {} : { entity: header.entity }) } : undefined;
}

/** The components `candidate` gives `decoder`, or undefined when it does not decode it. */
function decode(decoder: Decoder, candidate: Candidate, lexicon: Lexicon, registry: EntityRegistry): DecodedComponent[] | undefined {
  if (candidate.parts.length !== decoder.keys.length) return undefined;
  if (decoder.acronym && candidate.shape !== 'walkthrough') return undefined;
  if (!inReach(decoder, candidate)) return undefined;
  const components: DecodedComponent[] = [];
  for (const [i, part] of candidate.parts.entries()) {
    const component = componentFor(decoder, candidate, part, decoder.keys[i] ?? '', lexicon, registry);
    if (!component) return undefined;
    components.push({ analysis: part.analysis, component, ...(part.header ? { header: part.header } : {}) });
  }
  return components;
}

function distance(decoder: Decoder, candidate: Candidate): [number, number] {
  const sentences = Math.abs(candidate.analysis.sentence.index - decoder.analysis.sentence.index);
  return [sentences, sentences === 0 ? Math.abs(candidate.position - decoder.position) : 0];
}

const byDistance = (a: Match, b: Match) => a.distance[0] - b.distance[0] || a.distance[1] - b.distance[1];

/** Every occurrence of a document's slogans, and the decodings the document gives them. */
export function decodeDocument(document: readonly AnalyzedSentence[], lexicon: Lexicon, registry: EntityRegistry): { occurrences: Occurrence[]; decodings: Decoding[] } {
  const occurrences: Occurrence[] = [];
  const decoders: Decoder[] = [];
  const occurrencesBySentence = document.map((analysis) => occurrencesIn(analysis, registry));
  occurrencesBySentence.forEach((here) => {
    if (here.length === 0) return;
    occurrences.push(...here);
    decoders.push(...decodersIn(here));
  });
  // Lists and walk-throughs are parsed only where a slogan that can be decoded could take them
  // (inReach): most sentences of a long report are near none. The lists parsed still meet every
  // slogan near them, so a use that qualifies a noun can still claim one (see `claimed`).
  const walkthroughStarts = new Set<number>();
  const needed = new Map<number, Set<SentenceShape>>();
  const need = (index: number, shape: SentenceShape) => {
    const shapes = needed.get(index) ?? new Set<SentenceShape>();
    shapes.add(shape);
    needed.set(index, shapes);
  };
  for (const decoder of decoders) {
    if (!decoder.owners.every((owner) => owner.decodable)) continue;
    const here = decoder.analysis.sentence.index;
    for (let index = here + 1; index <= here + WINDOW; index++) walkthroughStarts.add(index);
    if (decoder.acronym) continue;
    need(here, 'beside');
    for (let index = here - WINDOW; index <= here; index++) need(index, 'serial');
    for (let index = here - WINDOW; index <= here + WINDOW; index++) need(index, 'numbered');
  }
  const candidates = walkthroughCandidates(document, walkthroughStarts, registry);
  document.forEach((analysis, index) => {
    const shapes = needed.get(analysis.sentence.index);
    if (shapes) candidates.push(...candidatesIn(analysis, occurrencesBySentence[index] ?? [], lexicon, shapes));
  });
  // Every shape reaches at most WINDOW sentences away: compare each slogan with the lists near it only,
  // so a long document costs linear time, not slogans × lists.
  const candidatesBySentence = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const index = candidate.analysis.sentence.index;
    append(candidatesBySentence, index, candidate);
  }
  const matchesByDecoder = new Map<Decoder, Match[]>();
  const matchesByCandidate = new Map<Candidate, Match[]>();
  for (const decoder of decoders) {
    const here = decoder.analysis.sentence.index;
    for (let index = here - WINDOW; index <= here + WINDOW; index++) {
      for (const candidate of candidatesBySentence.get(index) ?? []) {
        const components = decode(decoder, candidate, lexicon, registry);
        if (!components) continue;
        const match = { decoder, candidate, components, distance: distance(decoder, candidate) };
        append(matchesByDecoder, decoder, match);
        append(matchesByCandidate, candidate, match);
      }
    }
  }
  // A list at least as near to the same slogan qualifying a noun (“两高”项目) describes that use.
  const claimed = (match: Match) =>
    (matchesByCandidate.get(match.candidate) ?? []).some((other) => other.decoder.owners.some((owner) => !owner.decodable && match.decoder.owners.some((mine) => mine.core === owner.core))
      && byDistance(other, match) <= 0);
  const decodings: Decoding[] = [];
  for (const decoder of decoders) {
    if (!decoder.owners.every((owner) => owner.decodable)) continue;
    const [best] = (matchesByDecoder.get(decoder) ?? []).filter((match) => !claimed(match)).sort(byDistance);
    if (!best) continue;
    const byOwner = new Map<Occurrence, Decoding>();
    best.components.forEach((component, i) => {
      const owner = decoder.owners[i];
      if (!owner) return;
      const decoding = byOwner.get(owner) ?? { owner, components: [] };
      decoding.components.push(component);
      byOwner.set(owner, decoding);
    });
    decodings.push(...byOwner.values());
  }
  return { occurrences, decodings };
}
