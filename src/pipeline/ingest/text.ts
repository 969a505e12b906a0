import { decodeText } from '../decode.js';
import type { ReadOutcome } from './document.js';

/** Plain text and markdown: decoded (see decode.ts); the title comes from a manifest or the first line. */
export function readText(bytes: Uint8Array): Promise<ReadOutcome> {
  const decoded = decodeText(bytes);
  return Promise.resolve(decoded.ok ? { ok: true, document: { text: decoded.text } } : decoded);
}
