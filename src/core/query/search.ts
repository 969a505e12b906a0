/**
 * Substring search over labels and aliases, for the explorer's search box and `yugraph search`.
 * Chinese has no spaces to split on, so the folded query is matched as one substring.
 */
import type { YuGraph } from '../graph-schema.js';
import { foldText } from '../text.js';
import type { EntityType } from '../types.js';
import { compareText } from './links.js';
import { resolve, type Suggestion } from './resolve.js';

export interface SearchOptions {
  /** Default 20. */
  limit?: number | undefined;
  /** Only entities of these types (all when absent or empty). */
  types?: readonly EntityType[] | undefined;
}

/** Scores by kind of match: the whole name, its beginning, anywhere inside it. */
const EXACT = 1;
const PREFIX = 0.75;
const INSIDE = 0.5;

/** Ranked exact > prefix > substring, then by mentions, then by label. */
export function search(graph: YuGraph, text: string, options: SearchOptions = {}): Suggestion[] {
  const query = foldText(text);
  if (query === '') return [];
  const types = options.types?.length ? new Set(options.types) : null;
  const hits: { suggestion: Suggestion; mentions: number }[] = [];
  graph.forEachNode((id, attributes) => {
    if (types && !types.has(attributes.type)) return;
    let best: Suggestion | undefined;
    for (const [index, candidate] of [attributes.label, ...attributes.aliases].entries()) {
      const folded = foldText(candidate);
      const score = folded === query ? EXACT : folded.startsWith(query) ? PREFIX : folded.includes(query) ? INSIDE : 0;
      if (score > (best?.score ?? 0)) {
        best = { id, label: attributes.label, type: attributes.type, matchedBy: index === 0 ? 'label' : 'alias', matchedText: candidate, score };
      }
    }
    if (best) hits.push({ suggestion: best, mentions: attributes.mentions });
  });
  hits.sort((a, b) => b.suggestion.score - a.suggestion.score || b.mentions - a.mentions || compareText(a.suggestion.label, b.suggestion.label));
  return hits.slice(0, Math.max(0, options.limit ?? 20)).map(({ suggestion }) => suggestion);
}

/**
 * What a search box offers for `text`, at most `limit`: exact and normalized name matches from
 * `resolve()` first, then `search()`'s substring hits, then `resolve()`'s fuzzy matches, which
 * include the names contained in what was typed (重庆市渝中区 → 渝中区, 重庆市), as the CLI's
 * "did you mean" lists them. One suggestion per entity.
 */
export function suggest(graph: YuGraph, text: string, limit = 12): Suggestion[] {
  const resolved = resolve(graph, text, limit);
  const ordered = [
    ...resolved.filter((suggestion) => suggestion.matchedBy !== 'fuzzy'),
    ...search(graph, text, { limit }),
    ...resolved.filter((suggestion) => suggestion.matchedBy === 'fuzzy'),
  ];
  const seen = new Set<string>();
  return ordered.filter((suggestion) => !seen.has(suggestion.id) && seen.add(suggestion.id)).slice(0, Math.max(0, limit));
}
