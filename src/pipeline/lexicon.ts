import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../core/types.js';
import { loadGazetteer, type Gazetteer } from './gazetteer/index.js';

/**
 * The domain data: the national gazetteer (src/pipeline/gazetteer: administrative units, countries,
 * world regions) and the hand-kept lists (src/pipeline/lexicon/*): other places, well-known names,
 * head words, boundary words and stop words. The extractor finds names beyond it; the lexicon anchors the common ones.
 */

export interface PlaceEntry {
  name: string;
  kind: string;
  /** The place it belongs to (渝中区 → 重庆市), when the gazetteer says. */
  partOf?: string;
  shortForms: string[];
}

export interface HeadWord {
  head: string;
  type: EntityType;
  /** Fewest characters a name needs before the head; fewer and it is a generic phrase. */
  minModifier: number;
  /** The modifier must name a place: bodies like 政府 and 市委 are always someone's. */
  needsPlace: boolean;
  /**
   * The modifier must single one thing out (a place, a proper word, a quote, digits, or three content
   * words): 机制, 制度, 政策 and 改革 after everyday words name a kind of arrangement (人才评价机制).
   */
  needsAnchor: boolean;
  /**
   * Named by what it does (科技创新中心, 国际门户枢纽), the phrase is a positioning goal, a program;
   * named by a place or a proper word (重庆国际博览中心), it is the facility of the head's own type.
   */
  role: boolean;
  /** The head alone marks a proper name, so the modifier needs no anchor: 酒博会, 农博会. */
  proper: boolean;
  /**
   * An industry after a firm's trade name (凯金/x 新能源, 绿康/x 豆制品, 长安汽车/nt): the modifier must hold
   * a trade name, which no place, everyday word or description is (广东新能源, 消费电子 are sectors).
   */
  brand: boolean;
}

export interface KnownName {
  name: string;
  type: EntityType;
}

export interface Lexicon {
  /** The hand-kept places (regions of plans, rivers, landmarks); administrative units are in `gazetteer`. */
  places: PlaceEntry[];
  gazetteer: Gazetteer;
  /** Every surface form of a well-known name or a place above county level → its entity name and type (重庆市 → 重庆); counties are in `gazetteer.forms`. */
  knownForms: Map<string, KnownName>;
  /** Longest first. */
  heads: HeadWord[];
  /** The same heads by their text, for `headEnding`. */
  headIndex: Map<string, HeadWord>;
  boundaries: Set<string>;
  stopwords: Set<string>;
  /** Words that make a programme of the place they precede (平安 + 重庆). */
  themes: Set<string>;
  /** Words that describe a kind of thing without naming one (重点, 高能级, 门户). */
  qualifiers: Set<string>;
  /** jieba's everyday words (common-words.ts): a word of two to four characters outside it is as likely a name as an everyday word. */
  commonWords: Set<string>;
}

/** Works from src/pipeline (tests, tsx) and from lib/pipeline (the compiled CLI) alike. */
const LEXICON_DIR = new URL('../../src/pipeline/lexicon/', import.meta.url);
/** The everyday words, as `npm run common-words` writes them. */
export const COMMON_WORDS_FILE = fileURLToPath(new URL('common-words.txt', LEXICON_DIR));

function dataLines(file: string): string[] {
  return readFileSync(new URL(file, LEXICON_DIR), 'utf8')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

function words(file: string): Set<string> {
  return new Set(dataLines(file).flatMap((line) => line.split(/\s+/)).filter((word) => word !== ''));
}

const ENTITY_TYPE_NAMES = new Set<string>(['place', 'program', 'project', 'slogan', 'organization']);

export function loadLexicon(): Lexicon {
  const places = dataLines('places.tsv').map((line): PlaceEntry => {
    const [name = '', kind = '', partOf = '', shortForms = ''] = line.split('\t');
    const entry: PlaceEntry = { name, kind, shortForms: shortForms.split(',').filter((form) => form !== '') };
    if (partOf !== '') entry.partOf = partOf;
    return entry;
  });
  const knownForms = new Map<string, KnownName>();
  for (const place of places) {
    for (const form of [place.name, ...place.shortForms]) knownForms.set(form, { name: place.name, type: 'place' });
  }
  // The national policy vocabulary first, so a local file can retype a term for its region.
  for (const [file, line] of ['national.tsv', 'names.tsv'].flatMap((file) => dataLines(file).map((line) => [file, line] as const))) {
    const [name = '', type = '', shortForms = ''] = line.split('\t');
    if (!ENTITY_TYPE_NAMES.has(type)) throw new Error(`lexicon/${file}: unknown type "${type}" for ${name}`);
    for (const form of [name, ...shortForms.split(',').filter((short) => short !== '')]) knownForms.set(form, { name, type: type as EntityType });
  }
  // The hand lists name things the gazetteer cannot (万盛 the area, not a unit), so they keep their forms.
  // Counties and districts (2,900 names, 垫江 and 新建 among their short forms) are left to the
  // gazetteer's own matcher, which asks the context: the other signals would take 新建 for a place,
  // and some scan every known place form per candidate.
  const gazetteer = loadGazetteer();
  for (const [form, place] of gazetteer.forms) {
    if (!knownForms.has(form) && place.level !== 'county') knownForms.set(form, { name: place.name, type: place.type });
  }
  const heads = dataLines('heads.tsv').map((line): HeadWord => {
    const [head = '', type = '', minModifier = '2', flag = ''] = line.split('\t');
    if (!ENTITY_TYPE_NAMES.has(type)) throw new Error(`lexicon/heads.tsv: unknown type "${type}" for ${head}`);
    return { head, type: type as EntityType, minModifier: Number(minModifier), needsPlace: flag === 'place', needsAnchor: flag === 'anchor', role: flag === 'role', proper: flag === 'proper', brand: flag === 'brand' };
  });
  // Longest heads first, so 高新区 wins over 新区 at the same end.
  heads.sort((a, b) => b.head.length - a.head.length || (a.head < b.head ? -1 : 1));
  const headIndex = new Map<string, HeadWord>();
  for (const head of heads) if (!headIndex.has(head.head)) headIndex.set(head.head, head);
  return { places, gazetteer, knownForms, heads, headIndex, boundaries: words('boundaries.txt'), stopwords: words('stopwords.txt'), themes: words('themes.txt'), qualifiers: words('qualifiers.txt'), commonWords: words('common-words.txt') };
}

const JIEBA_TAGS = { place: 'ns', organization: 'nt', program: 'nz', project: 'nz', slogan: 'nz' } as const;

/**
 * jieba's user words: known names of three or more characters, so jieba keeps them whole. Two-character
 * short forms stay out: at a user word's frequency they would cut through other words (成/渝中/部地区).
 * Counties and districts are not known forms: 3,000 names such as 和平区 and 新城区 would cut
 * 和平区/域 and 新城区/建设; jieba's own dictionary knows most of them.
 */
export function userWords(lexicon: Lexicon): [string, string][] {
  return [...lexicon.knownForms].filter(([form]) => form.length >= 3).map(([form, known]) => [form, JIEBA_TAGS[known.type]]);
}

/**
 * The longest head word `text` ends with that leaves at least `minModifier` characters before it
 * (0: the head may be the whole text). A lookup per suffix length, as this runs for every candidate.
 */
export function headEnding(lexicon: Lexicon, text: string, minModifier = 0): HeadWord | undefined {
  for (let length = Math.min(lexicon.heads[0]?.head.length ?? 0, text.length - minModifier); length >= 1; length--) {
    const head = lexicon.headIndex.get(text.slice(text.length - length));
    if (head) return head;
  }
  return undefined;
}
