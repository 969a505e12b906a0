import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TagResult } from 'nodejieba';
import { userWords, type Lexicon } from './lexicon.js';

/**
 * The one place that touches nodejieba. Its dictionary load costs ~2 s and a missing dictionary
 * path aborts the process (no exception), so it is loaded once, lazily, from a file we just wrote.
 */

/** The package's runtime also exports its default dictionary paths, which its typings omit. */
type Nodejieba = typeof import('nodejieba') & Record<'DEFAULT_DICT' | 'DEFAULT_HMM_DICT' | 'DEFAULT_STOP_WORD_DICT', string>;
let jieba: Nodejieba | undefined;

/** Frequency high enough that jieba keeps a user word whole against its own splits. */
const USER_WORD_FREQUENCY = 100000;

export interface Segmenter {
  tag(text: string): TagResult[];
  /** Words of at most `maxLength` characters: the parts of a long name. */
  parts(text: string, maxLength: number): string[];
}

/** The user words of the first call are the ones loaded: jieba keeps one dictionary per process. */
export function loadSegmenter(userWords: Iterable<[word: string, tag: string]>): Segmenter {
  if (!jieba) {
    const loaded = createRequire(import.meta.url)('nodejieba') as Nodejieba;
    const dir = mkdtempSync(join(tmpdir(), 'yugraph-jieba-'));
    const userDict = join(dir, 'user.dict.utf8');
    // The IDF table (6 MB) serves only keyword extraction, which yugraph never asks for: a one-line
    // table keeps jieba's loader satisfied and saves a few hundred milliseconds per process.
    const idfDict = join(dir, 'idf.utf8');
    try {
      const lines = [...userWords].map(([word, tag]) => `${word} ${USER_WORD_FREQUENCY} ${tag}`);
      writeFileSync(userDict, `${lines.join('\n')}\n`);
      writeFileSync(idfDict, '重庆 10.0\n');
      for (const path of [loaded.DEFAULT_DICT, loaded.DEFAULT_HMM_DICT, userDict, idfDict, loaded.DEFAULT_STOP_WORD_DICT]) {
        if (!existsSync(path)) throw new Error(`jieba dictionary missing: ${path}`);
      }
      loaded.load({ userDict, idfDict });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    jieba = loaded;
  }
  const segmenter = jieba;
  return {
    tag: (text) => segmenter.tag(text),
    parts: (text, maxLength) => segmenter.cutSmall(text, maxLength),
  };
}

/** jieba with the lexicon's known names as user words: what every stage that segments uses. */
export function segmenterFor(lexicon: Lexicon): Segmenter {
  return loadSegmenter(userWords(lexicon));
}
