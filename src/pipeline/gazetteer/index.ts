import type { EntityType } from '../../core/types.js';
import { chinaUnits, type AdminLevel, type AdminUnit } from './china.js';
import { countries, worldRegions } from './world.js';

export type { AdminLevel, AdminUnit } from './china.js';

/**
 * The national gazetteer: China's administrative units (GB/T 2260), countries, world regions and
 * blocs, as the surface forms the extractor matches and the units behind each name.
 */

export interface GazetteerForm {
  /** The entity's name this form stands for (垫江 → 垫江县, 重庆市 → 重庆). */
  name: string;
  type: EntityType;
  /** The gazetteer's kind of the place: province, municipality, city, district, county, country, region. */
  kind: string;
  level?: AdminLevel;
  /**
   * A form of two characters from the code list or the country list (垫江, 长安, 越南): many are
   * also common words, so the extractor wants support from the context. The curated world
   * regions (中亚, 欧盟) are not guarded.
   */
  guarded: boolean;
  /** The 2-digit province codes of the units of this name (50 for 江北区 in 重庆, 33 in 宁波); empty abroad. */
  provinces: string[];
}

export interface Gazetteer {
  /** Units by adcode. */
  units: ReadonlyMap<string, AdminUnit>;
  /** Units by entity name: several where the name recurs (江北区 in 重庆 and 宁波; 吉林 province and city). */
  unitsByName: ReadonlyMap<string, readonly AdminUnit[]>;
  /**
   * Every form → what it names. A form that is the name of one place and the short form of
   * another belongs to the name (和田 is 和田市, not 和田县); a short form of places with different
   * names (朝阳: 朝阳区, 朝阳市, 朝阳县) is left out, as it could be any of them.
   */
  forms: ReadonlyMap<string, GazetteerForm>;
  /** The kind of each name, for the hierarchy's rules (what contains, what is a member). */
  kinds: ReadonlyMap<string, string>;
}

/** Forms this short (和平, 长寿, 朝阳, 加纳) are often common words or parts of them. */
const GUARDED_LENGTH = 2;

function kindOf(unit: AdminUnit): string {
  if (unit.level === 'province') return unit.fullName.endsWith('市') ? 'municipality' : 'province';
  if (unit.level === 'prefecture') return 'city';
  return unit.fullName.endsWith('区') ? 'district' : 'county';
}

interface Candidate {
  place: GazetteerForm;
  /** The form is the place's own name, not a short form of it. */
  own: boolean;
}

export function loadGazetteer(): Gazetteer {
  const units = chinaUnits();
  const unitsByName = new Map<string, AdminUnit[]>();
  const candidates = new Map<string, Candidate[]>();
  const offer = (form: string, place: GazetteerForm) => {
    const list = candidates.get(form) ?? [];
    list.push({ place, own: form === place.name });
    candidates.set(form, list);
  };
  for (const unit of units) {
    const list = unitsByName.get(unit.name) ?? [];
    list.push(unit);
    unitsByName.set(unit.name, list);
  }
  const provincesOf = new Map<string, string[]>();
  for (const [name, same] of unitsByName) provincesOf.set(name, [...new Set(same.map((unit) => unit.adcode.slice(0, 2)))]);
  for (const unit of units) {
    const provinces = provincesOf.get(unit.name) ?? [];
    // One record for the long forms and one for the short: a few thousand objects, not ten.
    const long: GazetteerForm = { name: unit.name, type: 'place', kind: kindOf(unit), level: unit.level, guarded: false, provinces };
    const short: GazetteerForm = { ...long, guarded: true };
    for (const form of [unit.name, ...unit.shortForms]) offer(form, form.length <= GUARDED_LENGTH ? short : long);
  }
  for (const abroad of countries()) {
    for (const form of [abroad.name, ...abroad.shortForms]) offer(form, { name: abroad.name, type: abroad.type, kind: abroad.kind, guarded: form.length <= GUARDED_LENGTH, provinces: [] });
  }
  for (const region of worldRegions()) {
    for (const form of [region.name, ...region.shortForms]) offer(form, { name: region.name, type: region.type, kind: region.kind, guarded: false, provinces: [] });
  }
  const forms = new Map<string, GazetteerForm>();
  const kinds = new Map<string, string>();
  for (const [form, offered] of candidates) {
    const owners = offered.filter((candidate) => candidate.own);
    const pool = owners.length > 0 ? owners : offered;
    const names = new Set(pool.map((candidate) => candidate.place.name));
    const [first] = pool;
    if (names.size === 1 && first) forms.set(form, first.place);
  }
  for (const place of forms.values()) if (!kinds.has(place.name)) kinds.set(place.name, place.kind);
  return { units: new Map(units.map((unit) => [unit.adcode, unit])), unitsByName, forms, kinds };
}
