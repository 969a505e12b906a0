import type { Entity } from '../../core/types.js';
import type { AdminUnit, Gazetteer } from './index.js';
import { documentOf } from '../../core/sentence-id.js';

/**
 * Which unit a place entity is, where its name recurs (江北区: 重庆 500105 and 宁波 330205; 吉林:
 * the province and its city). The rule, in order:
 * 1. one unit of that name: that unit;
 * 2. the unit whose province, then whose prefecture, the documents naming it mention most: every
 *    other place entity of those documents whose units all lie in one province (or prefecture)
 *    votes for it with its mention count, so a Chongqing text's 江北区 is 重庆's (the document's
 *    main jurisdiction outvotes a passing mention of 浙江);
 * 3. failing a majority, the unit that contains all the others tied with it (吉林 the province
 *    over 吉林 the city);
 * 4. otherwise none: the name stays without an adcode rather than guess.
 */

type Votes = Map<string, Map<string, number>>;

function provinceOf(unit: AdminUnit): string {
  return unit.adcode.slice(0, 2);
}

function prefectureOf(unit: AdminUnit): string | undefined {
  if (unit.level === 'prefecture') return unit.adcode.slice(0, 4);
  return unit.level === 'county' ? unit.adcode.slice(0, 4) : undefined;
}

/** The one value every unit shares, if they do. */
function shared(units: readonly AdminUnit[], key: (unit: AdminUnit) => string | undefined): string | undefined {
  const values = new Set(units.map(key));
  const [value] = values;
  return values.size === 1 ? value : undefined;
}

function vote(votes: Votes, doc: string, area: string | undefined, count: number): void {
  if (area === undefined) return;
  const byArea = votes.get(doc) ?? new Map<string, number>();
  byArea.set(area, (byArea.get(area) ?? 0) + count);
  votes.set(doc, byArea);
}

function tally(votes: Votes, docs: readonly string[], area: string | undefined): number {
  return area === undefined ? 0 : docs.reduce((sum, doc) => sum + (votes.get(doc)?.get(area) ?? 0), 0);
}

function contains(whole: AdminUnit, part: AdminUnit, gazetteer: Gazetteer): boolean {
  for (let parent = part.parent; parent !== undefined; parent = gazetteer.units.get(parent)?.parent) if (parent === whole.adcode) return true;
  return false;
}

/**
 * The gazetteer name an entity stands for: its id, or the name its gazetteer mentions link to
 * (an entity only ever written 城口 is 城口县).
 */
function unitName(gazetteer: Gazetteer, entity: Entity): string | undefined {
  if (gazetteer.unitsByName.has(entity.id)) return entity.id;
  for (const found of entity.mentions) for (const name of found.sameAs ?? []) if (gazetteer.unitsByName.has(name)) return name;
  return undefined;
}

/**
 * Document id → how many of the entity's mentions lie in a sentence whose id starts with `${doc}#`,
 * in one pass over the mentions (counting per document by filtering was docs × mentions). A
 * sentence id is `${doc}#${index}`; a document id that itself holds '#' also counts for each of
 * its '#'-prefixes, as the prefix test did.
 */
function mentionsPerDoc(entity: Entity): Map<string, number> {
  const bySentenceDoc = new Map<string, number>();
  for (const found of entity.mentions) {
    const doc = documentOf(found.sentence);
    bySentenceDoc.set(doc, (bySentenceDoc.get(doc) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [doc, count] of bySentenceDoc) {
    for (let cut = doc.indexOf('#'); cut !== -1; cut = doc.indexOf('#', cut + 1)) {
      const prefix = doc.slice(0, cut);
      counts.set(prefix, (counts.get(prefix) ?? 0) + count);
    }
    counts.set(doc, (counts.get(doc) ?? 0) + count);
  }
  return counts;
}

/** Place entities (by id) → their unit in the national code list, by the rule above. */
export function resolveUnits(gazetteer: Gazetteer, entities: readonly Entity[]): Map<string, AdminUnit> {
  const places: { entity: Entity; units: readonly AdminUnit[] }[] = [];
  for (const entity of entities) {
    const name = entity.type === 'place' ? unitName(gazetteer, entity) : undefined;
    if (name !== undefined) places.push({ entity, units: gazetteer.unitsByName.get(name) ?? [] });
  }
  const provinceVotes: Votes = new Map();
  const prefectureVotes: Votes = new Map();
  for (const { entity, units } of places) {
    const counts = mentionsPerDoc(entity);
    for (const doc of entity.docs) {
      const count = counts.get(doc) ?? 0;
      vote(provinceVotes, doc, shared(units, provinceOf), count);
      vote(prefectureVotes, doc, shared(units, prefectureOf), count);
    }
  }
  const resolved = new Map<string, AdminUnit>();
  for (const { entity, units } of places) {
    const scored = units.map((unit) => ({ unit, province: tally(provinceVotes, entity.docs, provinceOf(unit)), prefecture: tally(prefectureVotes, entity.docs, prefectureOf(unit)) }));
    // Its own mentions voted for every candidate alike only when all share the area, so they never decide.
    scored.sort((a, b) => b.province - a.province || b.prefecture - a.prefecture);
    const [best] = scored;
    if (!best) continue;
    const tied = scored.filter((other) => other.province === best.province && other.prefecture === best.prefecture).map((other) => other.unit);
    const container = tied.find((unit) => tied.every((other) => other === unit || contains(unit, other, gazetteer)));
    const unit = tied.length === 1 ? best.unit : container;
    if (unit) resolved.set(entity.id, unit);
  }
  return resolved;
}

/** Place entity id → its 6-digit adcode, for the entities resolveUnits places. */
export function placeAdcodes(gazetteer: Gazetteer, entities: readonly Entity[]): Map<string, string> {
  return new Map([...resolveUnits(gazetteer, entities)].map(([id, unit]) => [id, unit.adcode]));
}
