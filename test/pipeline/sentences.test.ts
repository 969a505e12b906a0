import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document, NormalizedDocument, Sentence } from '../../src/core/types.js';
import { readCorpus } from '../../src/pipeline/ingest.js';
import { normalizeDocument } from '../../src/pipeline/normalize.js';
import { splitSentences } from '../../src/pipeline/sentences.js';
import { rawDocumentText } from './arbitraries.js';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const LETTERS = /[\p{L}\p{N}]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const split = (document: Document) => splitSentences(normalizeDocument(document));
const seeds = (await readCorpus([SEEDS])).documents;
const seed = (prefix: string) => {
  const found = seeds.find((document) => document.meta.id.startsWith(prefix));
  if (!found) throw new Error(`no seed ${prefix}`);
  return found;
};

/** Whether `letters` occur in `text` in this order, other characters in between allowed. */
function inOrder(letters: string[], text: string): boolean {
  let from = 0;
  for (const letter of letters) {
    const at = text.indexOf(letter, from);
    if (at < 0) return false;
    from = at + letter.length;
  }
  return true;
}

/** Breaks of what every sentence list must satisfy against its document (none expected). */
function sentenceProblems(normalized: NormalizedDocument, sentences: Sentence[]): string[] {
  const { raw, text, rawOffsets, meta } = normalized;
  const problems: string[] = [];
  let previousEnd = 0;
  let covered = 0;
  for (const [index, sentence] of sentences.entries()) {
    const where = `sentence ${index} (${sentence.text.slice(0, 20)})`;
    if (sentence.id !== `${meta.id}#${index}` || sentence.index !== index || sentence.doc !== meta.id) problems.push(`${where}: id ${sentence.id}`);
    if (text.slice(sentence.cleanStart, sentence.cleanStart + sentence.text.length) !== sentence.text) problems.push(`${where}: not at cleanStart`);
    if (sentence.start < previousEnd || sentence.end <= sentence.start || sentence.end > raw.length) problems.push(`${where}: raw span ${sentence.start}–${sentence.end}`);
    for (let i = sentence.cleanStart; i < sentence.cleanStart + sentence.text.length; i++) {
      const offset = rawOffsets[i] ?? -1;
      if (offset < sentence.start || offset >= sentence.end) problems.push(`${where}: character ${i} maps outside its raw span`);
    }
    // The raw span holds the sentence's letters and digits in order, whatever layout was removed.
    if (!inOrder(sentence.text.match(LETTERS) ?? [], raw.slice(sentence.start, sentence.end))) problems.push(`${where}: letters not in its raw span`);
    if (!LETTERS.test(sentence.text)) problems.push(`${where}: no letter or digit`);
    LETTERS.lastIndex = 0;
    if (sentence.text.length > 400) problems.push(`${where}: ${sentence.text.length} characters long`);
    if (LONE_SURROGATE.test(sentence.text) && !LONE_SURROGATE.test(text)) problems.push(`${where}: cuts a surrogate pair`);
    covered += (sentence.text.match(LETTERS) ?? []).length;
    previousEnd = sentence.end;
  }
  // No letter or digit of the document is lost between sentences.
  const letters = (text.match(LETTERS) ?? []).length;
  if (covered !== letters) problems.push(`sentences hold ${covered} of the ${letters} letters and digits`);
  return problems.slice(0, 5);
}

describe('splitSentences on the seed documents', () => {
  it('gives sentences whose offsets point into the raw file as read from disk', () => {
    for (const document of seeds) {
      expect(document.raw).toBe(readFileSync(`${SEEDS}${document.meta.file}`, 'utf8'));
      expect(sentenceProblems(normalizeDocument(document), split(document))).toEqual([]);
    }
  });

  it('004: one sentence across a line break inside a word and a blank line', () => {
    const document = seed('004');
    const sentence = split(document).find((candidate) => candidate.text.includes('推动中铝高端'));
    expect(sentence?.text).toBe('材料产业，以基础材料和高性能材料为主攻方向，做大做强高端有色合金、高性能合成材料，推动中铝高端制造、重钢技改、华峰尼龙等项目建设。');
    expect(document.raw.slice(sentence?.start, sentence?.end)).toBe('材料产业，以基础材料和高性能\n材料为主攻方向，做大做强高端有色\n合金、高性能合成材料，推动中铝高端\n制造、重钢技改、华峰尼龙等项目建\n\n设。');
  });

  it('000: the title, then one sentence per full stop', () => {
    const document = seed('000');
    expect(split(document).slice(0, 3).map((sentence) => [sentence.id, sentence.text, document.raw.slice(sentence.start, sentence.end)])).toEqual([
      ['000_c37d2372885b0b4c#0', '牢记殷殷嘱托践行初心使命谱写高质量发展高品质生活新篇章', '牢记殷殷嘱托践行初心使命谱写高质量发展高品质生活新篇章'],
      ['000_c37d2372885b0b4c#1', '今年是中国共产党成立100周年。', '今年是中国共产党成立100周年。'],
      ['000_c37d2372885b0b4c#2', '重庆是一块英雄的土地，有着光荣的革命传统。', '重庆是一块英雄的土地，有着光荣的革命传统。'],
    ]);
  });

  it('001: a sentence keeps the raw span of its ASCII punctuation and its bold marks', () => {
    const document = seed('001');
    const sentence = split(document).find((candidate) => candidate.text.startsWith('这五年，我们全面深化改革开放'));
    expect(sentence?.text).toBe('这五年，我们全面深化改革开放，内陆开放高地建设实现新的突破。');
    expect(document.raw.slice(sentence?.start, sentence?.end)).toBe('这五年,我们全面深化改革开放,内陆开放高地建设实现新的突破。');
    expect(document.raw.slice((sentence?.start ?? 0) - 2, sentence?.start)).toBe('**');
  });

  it('gives the same ids on every run, and text added at the end leaves earlier sentences as they were', () => {
    for (const document of seeds) {
      const sentences = split(document);
      expect(split({ ...document })).toEqual(sentences);
      const longer = split({ ...document, raw: `${document.raw}\n\n附：新增段落。推动成渝地区双城经济圈建设。` });
      expect(longer.slice(0, sentences.length)).toEqual(sentences);
      expect(longer.slice(sentences.length).map((sentence) => sentence.text)).toEqual(['附：新增段落。', '推动成渝地区双城经济圈建设。']);
    }
  });
});

describe('splitSentences properties', () => {
  it('never throws; ids, clean text and raw spans hold for any document', () => {
    fc.assert(
      fc.property(rawDocumentText, (raw) => {
        const normalized = normalizeDocument({ meta: { id: 'doc', file: 'doc.txt', title: '' }, raw });
        expect(sentenceProblems(normalized, splitSentences(normalized))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
