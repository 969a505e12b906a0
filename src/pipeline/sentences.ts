import type { NormalizedDocument, Sentence } from '../core/types.js';
import { sentenceId } from '../core/sentence-id.js';

const END = /[。！？!?；;]+[”’」』）)】]*|\n/g;
/** Longer runs (a document with no punctuation) are cut at a comma, so evidence stays readable. */
const MAX_SENTENCE = 400;

function pieces(text: string, start: number, end: number, out: [number, number][]): void {
  while (end - start > MAX_SENTENCE) {
    const window = text.slice(start, start + MAX_SENTENCE);
    const comma = Math.max(window.lastIndexOf('，'), window.lastIndexOf(','));
    let cut = comma > MAX_SENTENCE / 4 ? start + comma + 1 : start + MAX_SENTENCE;
    // Never between the two halves of a character outside the BMP (𠀀 in a name, an emoji).
    if (/[\udc00-\udfff]/.test(text[cut] ?? '')) cut--;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, end]);
}

/** Splits a normalized document into sentences (clauses ending in 。！？ or ；) with raw offsets. */
export function splitSentences(document: NormalizedDocument): Sentence[] {
  const { text, rawOffsets } = document;
  const spans: [number, number][] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let match = END.exec(text); match !== null; match = END.exec(text)) {
    const end = match[0] === '\n' ? match.index : match.index + match[0].length;
    pieces(text, start, end, spans);
    start = match.index + match[0].length;
  }
  pieces(text, start, text.length, spans);
  const sentences: Sentence[] = [];
  for (const [from, to] of spans) {
    const content = text.slice(from, to);
    if (!/[\p{L}\p{N}]/u.test(content)) continue;
    const index = sentences.length;
    sentences.push({
      id: sentenceId(document.meta.id, index),
      doc: document.meta.id,
      index,
      text: content,
      cleanStart: from,
      start: rawOffsets[from] ?? 0,
      end: (rawOffsets[to - 1] ?? 0) + 1,
    });
  }
  return sentences;
}
