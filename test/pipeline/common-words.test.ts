import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_FREQUENCY, commonWordsFromJieba, commonWordsOf } from '../../src/pipeline/common-words.js';
import { COMMON_WORDS_FILE, loadLexicon } from '../../src/pipeline/lexicon.js';

/** The everyday words: read off the installed jieba dictionary, and the committed file is what it reads. */
describe('common words', () => {
  it('keeps the frequent words of two to four Han characters of a dictionary, sorted, once each', () => {
    const dictionary = ['科技 15691 n', '横琴 5 n', '教育 23961 vn', '科技 400 n', '中 243191 f', '一带一路 500 nz', '社会主义现代化 900 l', 'ABC 900 eng', ''].join('\n');
    expect(commonWordsOf(dictionary)).toEqual(['一带一路', '教育', '科技']);
    expect(COMMON_FREQUENCY).toBeGreaterThan(5);
  });

  it('is committed as the installed nodejieba dictionary gives it (npm run common-words writes it again)', () => {
    expect(readFileSync(COMMON_WORDS_FILE, 'utf8')).toBe(commonWordsFromJieba());
  });

  it('holds the everyday words a list of places also has, not the rare place names jieba tags as nouns', () => {
    const { commonWords } = loadLexicon();
    for (const word of ['科技', '教育', '发展', '数据']) expect(commonWords.has(word)).toBe(true);
    for (const word of ['横琴', '前海', '铜梁', '璧山']) expect(commonWords.has(word)).toBe(false);
  });
});
