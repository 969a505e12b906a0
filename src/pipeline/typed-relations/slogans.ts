import { append } from '../append.js';
import { foldText } from '../../core/text.js';
import type { Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from '../mentions/analysis.js';
import { decodeDocument, type DecodedComponent, type Decoding } from './decoding.js';
import { headType } from './head-type.js';
import type { Occurrence } from './occurrences.js';
import type { EntityRegistry, Span } from './registry.js';

/**
 * Slogan decoding, corpus-wide (expands_to: slogan → component). A slogan node has one reading:
 * when its uses decode to different component lists, the list most uses agree on wins. Slogans and
 * components that are not entities yet become entities, with the decoding sentences as mentions.
 */

function spanOf(analysis: AnalyzedSentence, start: number, end: number): Span {
  return { sentence: analysis.sentence.id, start, end };
}

/** A character acronym's component is its character (芯), whatever the walk-through says after it. */
function labelOf(owner: Occurrence, decoded: DecodedComponent): string | undefined {
  return owner.form.kind === 'acronym' ? decoded.header?.core : undefined;
}

function identity(owner: Occurrence, decoded: DecodedComponent): string {
  const { analysis, component } = decoded;
  return component.entity ?? foldText(labelOf(owner, decoded) ?? analysis.text.slice(component.start, component.end));
}

function sloganId(owner: Occurrence, registry: EntityRegistry): string {
  return owner.entity ?? registry.ensure(spanOf(owner.analysis, owner.start, owner.end), 'slogan', 'quote', owner.core);
}

/** jieba tags that open a clause, never a name: prepositions and conjunctions (在推进…中发挥…作用). */
const CLAUSE_OPENERS = new Set(['p', 'c']);

function isPhrase(analysis: AnalyzedSentence, start: number, end: number, text: string): boolean {
  const opener = analysis.tokenAt.get(start);
  return foldText(text).length >= 2 && !(opener !== undefined && opener.end < end && CLAUSE_OPENERS.has(opener.tag));
}

export function decodeSlogans(documents: readonly (readonly AnalyzedSentence[])[], lexicon: Lexicon, registry: EntityRegistry): void {
  const occurrences: Occurrence[] = [];
  const readings = new Map<string, Map<string, Decoding[]>>();
  for (const document of documents) {
    const found = decodeDocument(document, lexicon, registry);
    // A loop, not push(...): one long document has more occurrences than a call has room for arguments.
    for (const occurrence of found.occurrences) occurrences.push(occurrence);
    for (const decoding of found.decodings) {
      const { owner } = decoding;
      const slogan = owner.entity ?? registry.named(owner.core) ?? `“${owner.core}”`;
      const reading = decoding.components.map((decoded) => identity(owner, decoded)).join('\u0000');
      const bySlogan = readings.get(slogan) ?? new Map<string, Decoding[]>();
      append(bySlogan, reading, decoding);
      readings.set(slogan, bySlogan);
    }
  }
  const decoded = new Set<string>();
  for (const bySlogan of readings.values()) {
    // Sorting is stable, so among equally supported readings the first found wins.
    const [winner = []] = [...bySlogan.values()].sort((a, b) => b.length - a.length);
    for (const { owner, components } of winner) {
      const slogan = sloganId(owner, registry);
      decoded.add(slogan);
      for (const part of components) {
        const { analysis, component } = part;
        const label = labelOf(owner, part);
        const text = label ?? analysis.text.slice(component.start, component.end);
        // A part that no mention names becomes a node only if it is a phrase: not one character (芯 of 芯屏器核网), not a clause.
        if (component.entity === undefined && !isPhrase(analysis, component.start, component.end, text)) continue;
        const id = component.entity ?? registry.ensure(spanOf(analysis, component.start, component.end), headType(text, lexicon) ?? 'slogan', 'list', label);
        registry.relate('expands_to', slogan, id, [owner.analysis.sentence.id, analysis.sentence.id]);
      }
    }
  }
  // A decoded slogan's other quoted uses that no mention covers (“两地”, which no extractor keeps) become its mentions.
  for (const owner of occurrences) {
    const id = owner.entity === undefined && owner.decodable ? registry.named(owner.core) : undefined;
    if (id !== undefined && decoded.has(id)) registry.ensure(spanOf(owner.analysis, owner.start, owner.end), 'slogan', 'quote', owner.core);
  }
}
