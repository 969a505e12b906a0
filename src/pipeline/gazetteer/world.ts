import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { EntityType } from '../../core/types.js';

/**
 * Places abroad: countries with their Chinese names from i18n-iso-countries (ISO 3166-1, kept
 * current by its maintainers), and world regions and blocs from lexicon/world-regions.tsv.
 */

export interface WorldPlace {
  name: string;
  type: EntityType;
  kind: 'country' | 'region';
  shortForms: string[];
}

interface CountryLocale {
  countries: Record<string, string | string[]>;
}

/** China and its special regions are in the national code list, under their own names. */
const DOMESTIC = new Set(['CN', 'HK', 'MO', 'TW']);

export function countries(): WorldPlace[] {
  const locale = createRequire(import.meta.url)('i18n-iso-countries/langs/zh.json') as CountryLocale;
  return Object.entries(locale.countries)
    .filter(([code]) => !DOMESTIC.has(code))
    .map(([, names]): WorldPlace => {
      const [name = '', ...others] = Array.isArray(names) ? names : [names];
      return { name, type: 'place', kind: 'country', shortForms: others };
    })
    .filter((country) => country.name !== '');
}

const REGIONS_FILE = new URL('../../../src/pipeline/lexicon/world-regions.tsv', import.meta.url);
const REGION_TYPES = new Set<string>(['place', 'organization']);

/** World regions (东南亚, 中亚) and blocs (欧盟, 东盟); the blocs are organizations, as other bodies are. */
export function worldRegions(): WorldPlace[] {
  return readFileSync(REGIONS_FILE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line): WorldPlace => {
      const [name = '', type = '', others = ''] = line.trimEnd().split('\t');
      if (!REGION_TYPES.has(type)) throw new Error(`lexicon/world-regions.tsv: unknown type "${type}" for ${name}`);
      return { name, type: type as EntityType, kind: 'region', shortForms: others.split(',').filter((form) => form !== '') };
    });
}
