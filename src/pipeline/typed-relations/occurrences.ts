import type { AnalyzedSentence } from '../mentions/analysis.js';
import type { EntityRegistry } from './registry.js';
import { sloganForm, type SloganForm } from './slogan-forms.js';

/** Where a sentence writes a slogan that abbreviates something: quoted (“两高”) or a slogan entity's mention (一区两群). */
export interface Occurrence {
  analysis: AnalyzedSentence;
  /** The slogan as written, quotes included. */
  start: number;
  end: number;
  /** The slogan without quotes. */
  core: string;
  form: SloganForm;
  /** The entity of the mention covering it; none for a quoted slogan no extractor kept (“两地”). */
  entity?: string;
  /** False when the slogan qualifies a noun (“两高”项目): it then names those things, not what it abbreviates. */
  decodable: boolean;
}

const QUOTED = /“([^“”]{2,10})”/g;
/** Nouns a slogan qualifies rather than frames: “两高”项目 are projects, while “两高”要求 is the slogan itself. */
const MEMBER_NOUN = /^(?:[（(][^）)]*[）)])?(?:项目|企业|行业|产业|产品)/;

export function occurrencesIn(analysis: AnalyzedSentence, registry: EntityRegistry): Occurrence[] {
  const { text } = analysis;
  const mentions = registry.mentionsIn(analysis.sentence);
  const found: Occurrence[] = [];
  const add = (start: number, end: number, core: string) => {
    const form = sloganForm(core);
    if (!form || found.some((other) => other.start === start)) return;
    const covering = mentions.find((mention) => mention.start <= start && mention.end >= end);
    // Only a numeral slogan is reused that way; “芯屏器核网”产业 is still the five parts' industry.
    const decodable = form.kind === 'acronym' || !MEMBER_NOUN.test(text.slice(end));
    found.push({ analysis, start, end, core, form, decodable, ...(covering ? { entity: covering.entity } : {}) });
  };
  QUOTED.lastIndex = 0;
  for (let match = QUOTED.exec(text); match !== null; match = QUOTED.exec(text)) add(match.index, match.index + match[0].length, match[1] ?? '');
  for (const mention of mentions) {
    if (registry.get(mention.entity)?.type !== 'slogan') continue;
    const surface = text.slice(mention.start, mention.end);
    if (!surface.includes('“')) add(mention.start, mention.end, surface);
  }
  return found.sort((a, b) => a.start - b.start);
}
