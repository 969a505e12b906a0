import { append } from '../append.js';
import type { Entity, Relation } from '../../core/types.js';
import type { Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from '../mentions/analysis.js';
import type { SentenceMentions } from '../mentions/index.js';
import { extractInstances } from './enumerations.js';
import { gazetteerHierarchy, placePrefixes, regionMembers } from './hierarchy.js';
import { EntityRegistry } from './registry.js';
import { decodeSlogans } from './slogans.js';

export interface TypedRelationInput {
  /** Every sentence in document order, with its analysis and its mentions (after propagation). */
  mentionsBySentence: readonly SentenceMentions[];
  entities: readonly Entity[];
  lexicon: Lexicon;
}

export interface TypedRelationResult {
  /** The input entities, with the mentions this stage found, plus the entities it introduced (slogan components, categories). */
  entities: Entity[];
  /** Directed relations: expands_to, instance_of, part_of, located_in. */
  relations: Relation[];
}

function byDocument(sentences: readonly AnalyzedSentence[]): AnalyzedSentence[][] {
  const documents = new Map<string, AnalyzedSentence[]>();
  for (const analysis of sentences) {
    append(documents, analysis.sentence.doc, analysis);
  }
  return [...documents.values()].map((document) => document.sort((a, b) => a.sentence.index - b.sentence.index));
}

/**
 * Typed relations beyond co-occurrence: slogan decoding, is-a from enumerations, and the place
 * hierarchy. Slogans go first, so that the names they introduce can be listed and located too.
 */
export function extractTypedRelations(input: TypedRelationInput): TypedRelationResult {
  const { lexicon } = input;
  const sentences = input.mentionsBySentence.map(({ analysis }) => analysis);
  const documents = byDocument(sentences);
  const byId = new Map(sentences.map((analysis) => [analysis.sentence.id, analysis]));
  const registry = new EntityRegistry(input.entities, byId);
  decodeSlogans(documents, lexicon, registry);
  extractInstances(sentences, lexicon, registry);
  gazetteerHierarchy(lexicon, registry);
  placePrefixes(byId, lexicon, registry);
  regionMembers(documents, lexicon, registry);
  return registry.result();
}
