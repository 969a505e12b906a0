import type { EntityType } from '../../core/types.js';
import type { Lexicon } from '../lexicon.js';

/**
 * The type a name's head word gives it (国家级开放平台 → program), as the mention stage types
 * names; undefined when no head word ends it after a long enough modifier.
 */
export function headType(name: string, lexicon: Lexicon): EntityType | undefined {
  const head = lexicon.heads.find((candidate) => name.endsWith(candidate.head) && name.length - candidate.head.length >= Math.max(1, candidate.minModifier));
  return head?.type;
}
