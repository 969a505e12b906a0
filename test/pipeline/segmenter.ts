import type { Sentence } from '../../src/core/types.js';
import { segmenterFor, type Segmenter } from '../../src/pipeline/jieba.js';
import { loadLexicon, type Lexicon } from '../../src/pipeline/lexicon.js';
import { analyzeSentence, type AnalyzedSentence } from '../../src/pipeline/mentions/analysis.js';

/** The lexicon and jieba loaded as the build loads them: one dictionary load per test file. */
export function loadTools(): { lexicon: Lexicon; segmenter: Segmenter; analyze: (text: string) => AnalyzedSentence } {
  const lexicon = loadLexicon();
  const segmenter = segmenterFor(lexicon);
  const analyze = (text: string) => {
    const sentence: Sentence = { id: 'test#0', doc: 'test', index: 0, text, cleanStart: 0, start: 0, end: text.length };
    return analyzeSentence(sentence, segmenter);
  };
  return { lexicon, segmenter, analyze };
}
