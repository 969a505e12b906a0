import type { TypedRelationKind } from '../../core/types.js';
import { resolveUnits } from '../gazetteer/resolve.js';
import type { Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from '../mentions/analysis.js';
import { sortSentenceIds } from '../relations.js';
import { clauseEnd } from './lists.js';
import type { EntityRegistry } from './registry.js';
import { headerRuns } from './walkthroughs.js';

/**
 * Where things are (part_of, located_in): the gazetteer's hierarchy, names that start with a
 * place (重庆高新区 located_in 重庆市) or hold one in brackets (西部（重庆）科学城), and the members
 * of a region where the text lists them (主城都市区包括…; a walk-through of regions, each
 * paragraph naming its districts and counties).
 */

/** Administrative units are part of their parent; other places there (a landmark, a mountain) are located in it. */
const ADMINISTRATIVE = new Set(['country', 'province', 'municipality', 'city', 'district', 'county', 'region', 'area']);
/** Units a region is made of: a walk-through paragraph's other places (a river, a neighbouring region) are not its members. */
const MEMBER_KINDS = new Set(['district', 'county', 'area']);
/** How many of the part's sentences a gazetteer relation cites: the gazetteer, not the text, is its source. */
const GAZETTEER_EVIDENCE = 3;
const BRACKETED = /[（(]([^）)]{2,8})[）)]/g;
/** Places whose name, written first, says where a thing is: not a country (中国畜牧科技城 is national, not "in China"), not a river or an area (三峡集团). */
const CONTAINER_KINDS = new Set(['province', 'municipality', 'city', 'district', 'county', 'region']);
/** Lines are named after their ends (渝西高铁 runs to Xi'an), not after where they lie. */
const LINE_HEADS = new Set(['高铁', '铁路', '班列', '轨道']);
const MEMBERSHIP = /^(?:包括|包含|涵盖|[（(])/;
/** Airports are named after the city they serve and often lie in another district (江北机场 is in 渝北区). */
const AIRPORT = /机场/;
const LOCAL_KINDS = new Set(['district', 'county']);

function kindOf(kind: string): TypedRelationKind {
  return ADMINISTRATIVE.has(kind) ? 'part_of' : 'located_in';
}

/** The country the national code list is of: its provinces are part of it when the corpus names it. */
const COUNTRY = '中国';

/**
 * The administrative hierarchy, between entities the corpus names: the hand-kept places' parents
 * (渝中区 is where 解放碑 is) and the national code list's (垫江县 part_of 重庆, 达州 part_of 四川;
 * a county whose prefecture the corpus never names is part of its province). Ambiguous names
 * take the unit resolveUnits picks for this corpus.
 */
export function gazetteerHierarchy(lexicon: Lexicon, registry: EntityRegistry): void {
  // Many parts share a whole (重庆市, with tens of thousands of mentions in a large corpus): its sentences are collected once.
  const sentencesOf = new Map<string, Set<string>>();
  const relate = (kind: TypedRelationKind, partName: string, wholeName: string) => {
    const part = registry.get(partName);
    const whole = registry.get(wholeName);
    if (!part || !whole || part === whole) return;
    // Sentences that name both show the two together; failing those, sentences that name the part.
    const wholeSentences = sentencesOf.get(whole.id) ?? new Set(whole.mentions.map((found) => found.sentence));
    sentencesOf.set(whole.id, wholeSentences);
    const partSentences = sortSentenceIds(part.mentions.map((found) => found.sentence));
    const together = partSentences.filter((id) => wholeSentences.has(id));
    registry.relate(kind, part.id, whole.id, (together.length > 0 ? together : partSentences).slice(0, GAZETTEER_EVIDENCE));
  };
  for (const place of lexicon.places) if (place.partOf !== undefined) relate(kindOf(place.kind), place.name, place.partOf);
  const { units } = lexicon.gazetteer;
  const resolved = resolveUnits(lexicon.gazetteer, registry.all());
  for (const [id, unit] of resolved) {
    if (unit.parent === undefined) relate('part_of', id, COUNTRY);
    for (let parent = units.get(unit.parent ?? ''); parent; parent = units.get(parent.parent ?? '')) {
      // The parent's name must stand for the parent here: 船营区 is part of 吉林 the city only where 吉林 is the city.
      if (resolved.get(parent.name)?.adcode !== parent.adcode) continue;
      relate('part_of', id, parent.name);
      break;
    }
  }
}

/** A known place's entity, when the corpus names it; counties' two-character forms (渝中) are only in the gazetteer. */
function placeEntity(form: string, lexicon: Lexicon, registry: EntityRegistry): string | undefined {
  const known = lexicon.knownForms.get(form) ?? lexicon.gazetteer.forms.get(form);
  return known?.type === 'place' && registry.get(known.name) ? known.name : undefined;
}

/**
 * Whether a name's rest, after a place, is a thing that can lie there: a project, an organization,
 * or a zone (…区, …城); not a plan or a campaign (重庆英才计划 is Chongqing's, not in it).
 */
function isSited(rest: string, lexicon: Lexicon): boolean {
  const head = lexicon.heads.find((candidate) => rest.endsWith(candidate.head));
  if (!head || LINE_HEADS.has(head.head)) return false;
  return head.type === 'project' || head.type === 'organization' || /[区城]$/.test(head.head);
}

/** What a name's text says of the place it is in, whatever sentence writes it (see `namePlaces`). */
interface NamePlaces {
  /** A place in brackets (西部（重庆）科学城): it decides. */
  bracketed?: string;
  /** Places at the start followed by a thing that is sited (重庆 + 高新区), longest first, each with the place it gives. */
  prefixes: { length: number; place: string | undefined }[];
}

/**
 * Reads a name's places off its text: a gazetteer form at its start gives its place only if a
 * container (not a river or an area), and none at all for an airport named after its city.
 */
function namePlaces(surface: string, lexicon: Lexicon, registry: EntityRegistry): NamePlaces {
  BRACKETED.lastIndex = 0;
  for (let match = BRACKETED.exec(surface); match !== null; match = BRACKETED.exec(surface)) {
    const place = placeEntity(match[1] ?? '', lexicon, registry);
    if (place) return { bracketed: place, prefixes: [] };
  }
  const prefixes: NamePlaces['prefixes'] = [];
  for (let length = surface.length - 1; length >= 2; length--) {
    const place = placeEntity(surface.slice(0, length), lexicon, registry);
    if (!place || !isSited(surface.slice(length), lexicon)) continue;
    const kind = placeKind(lexicon, place) ?? '';
    const airport = AIRPORT.test(surface.slice(length)) && LOCAL_KINDS.has(kind);
    prefixes.push({ length, place: !airport && CONTAINER_KINDS.has(kind) ? place : undefined });
  }
  return { prefixes };
}

/** The place a mention's name is in: the bracketed one, else the longest place at its start that is a whole word of the sentence. */
function placeInName(analysis: AnalyzedSentence, start: number, places: NamePlaces): string | undefined {
  return places.bracketed ?? places.prefixes.find(({ length }) => analysis.boundaries.has(start + length))?.place;
}

export function placePrefixes(sentences: ReadonlyMap<string, AnalyzedSentence>, lexicon: Lexicon, registry: EntityRegistry): void {
  // A name is written at thousands of mentions: what its text says is read once per surface (this
  // stage adds no entity, so placeEntity's answers hold throughout); only the word boundaries are the sentence's.
  const bySurface = new Map<string, NamePlaces>();
  for (const entity of registry.all()) {
    for (const found of entity.mentions) {
      const analysis = sentences.get(found.sentence);
      if (!analysis) continue;
      const surface = analysis.text.slice(found.start, found.end);
      let places = bySurface.get(surface);
      if (!places) {
        places = namePlaces(surface, lexicon, registry);
        bySurface.set(surface, places);
      }
      const place = placeInName(analysis, found.start, places);
      if (place) registry.relate(entity.type === 'place' ? 'part_of' : 'located_in', entity.id, place, [found.sentence]);
    }
  }
}

/** The kind of a place the hand list or the national gazetteer knows (district, city, region, …). */
function placeKind(lexicon: Lexicon, name: string): string | undefined {
  return lexicon.places.find((place) => place.name === name)?.kind ?? lexicon.gazetteer.kinds.get(name);
}

/** Places of the gazetteer's member kinds mentioned in [start, end) of a sentence. */
function membersIn(analysis: AnalyzedSentence, start: number, end: number, lexicon: Lexicon, registry: EntityRegistry): string[] {
  return registry.mentionsIn(analysis.sentence)
    .filter((found) => found.start >= start && found.end <= end)
    .map((found) => found.entity)
    .filter((id) => MEMBER_KINDS.has(placeKind(lexicon, id) ?? ''));
}

/** A region, not a district or county: the only kind of place a list of districts can make up. */
function isRegion(id: string | undefined, lexicon: Lexicon, registry: EntityRegistry): id is string {
  if (id === undefined || registry.get(id)?.type !== 'place') return false;
  const kind = placeKind(lexicon, id);
  return kind === undefined || kind === 'region';
}

/**
 * Regions and their members where the text lists them: "R包括A、B和C", "R（A、B、C）", and a walk-
 * through of regions (主城都市区，…推进璧山、江津…; 渝东北三峡库区城镇群，…支持万州…).
 */
export function regionMembers(documents: readonly (readonly AnalyzedSentence[])[], lexicon: Lexicon, registry: EntityRegistry): void {
  for (const document of documents) {
    for (const run of headerRuns(document, registry)) {
      if (!run.every((header) => isRegion(header.entity, lexicon, registry))) continue;
      for (const header of run) {
        const region = header.entity ?? '';
        const { analysis } = header;
        for (const member of membersIn(analysis, header.end, analysis.text.length, lexicon, registry)) registry.relate('part_of', member, region, [analysis.sentence.id]);
      }
    }
    for (const analysis of document) {
      for (const found of registry.mentionsIn(analysis.sentence)) {
        const marker = MEMBERSHIP.exec(analysis.text.slice(found.end));
        if (!marker || !isRegion(found.entity, lexicon, registry)) continue;
        const start = found.end + marker[0].length;
        for (const member of membersIn(analysis, start, clauseEnd(analysis.text, start), lexicon, registry)) {
          registry.relate('part_of', member, found.entity, [analysis.sentence.id]);
        }
      }
    }
  }
}
