import type { EntityType, RelationKind } from './types.js';

/** Colour-blind-safe hues (Okabe–Ito), written as rgb() because GEXF readers reject other forms. */
export const TYPE_COLORS: Record<EntityType, string> = {
  place: 'rgb(0,114,178)',
  program: 'rgb(213,94,0)',
  project: 'rgb(0,158,115)',
  slogan: 'rgb(230,159,0)',
  organization: 'rgb(204,121,167)',
};

export const RELATION_COLORS: Record<RelationKind, string> = {
  cooccurs: 'rgb(190,190,190)',
  expands_to: 'rgb(230,159,0)',
  instance_of: 'rgb(86,180,233)',
  part_of: 'rgb(0,0,0)',
  located_in: 'rgb(120,120,120)',
};
