import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Everyday words, read off jieba's own dictionary: the words it has seen often (frequency ≥ 300 in
 * its corpus). jieba tags many proper names as plain nouns or verbs (横琴/n 5 times, 兴发/v 31), but
 * it saw them rarely, while the everyday words a list or a modifier is also made of (科技/n 15,691,
 * 教育/vn 23,961) are frequent. So a word outside this set is evidence of a name whatever its tag.
 * The set is kept in lexicon/common-words.txt, one word a line, because reading the 8.5 MB dictionary
 * costs 0.7 s per process; `npm run common-words` writes it again from the installed nodejieba, and
 * a test checks the two agree.
 */

/** How often jieba must have seen a word for it to be everyday. Proper names jieba knows mostly sit below 100, everyday nouns above 1,000. */
export const COMMON_FREQUENCY = 300;
/** Only words of two to four Han characters are kept: single characters are morphemes, longer entries are idioms and names. */
const COMMON_WORD = /^[\u4e00-\u9fff]{2,4}$/;

/** The path of jieba's main dictionary in the installed nodejieba (the package's runtime exports it). */
export function jiebaDictionaryPath(): string {
  const nodejieba = createRequire(import.meta.url)('nodejieba') as { DEFAULT_DICT: string };
  return nodejieba.DEFAULT_DICT;
}

/**
 * The everyday words of a jieba dictionary, sorted by code point. `dictionary`: the dictionary's
 * text, one `word frequency tag` entry a line.
 */
export function commonWordsOf(dictionary: string): string[] {
  const words: string[] = [];
  for (const line of dictionary.split('\n')) {
    const [word = '', frequency = ''] = line.split(' ');
    if (COMMON_WORD.test(word) && Number(frequency) >= COMMON_FREQUENCY) words.push(word);
  }
  return [...new Set(words)].sort();
}

/** The file's text for `words`: a header that says where the list comes from, then one word a line. */
export function commonWordsFile(words: readonly string[]): string {
  return `# Everyday words: jieba's dictionary entries of 2-4 Han characters seen ${COMMON_FREQUENCY} times or more.\n# Written by \`npm run common-words\` from the installed nodejieba; do not edit by hand.\n${words.join('\n')}\n`;
}

/** The file as `npm run common-words` writes it from the installed nodejieba. */
export function commonWordsFromJieba(): string {
  return commonWordsFile(commonWordsOf(readFileSync(jiebaDictionaryPath(), 'utf8')));
}
