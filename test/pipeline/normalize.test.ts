import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document, NormalizedDocument } from '../../src/core/types.js';
import { readCorpus } from '../../src/pipeline/ingest.js';
import { isColumnLayout, normalizeDocument } from '../../src/pipeline/normalize.js';
import { rawDocumentText } from './arbitraries.js';

const document = (raw: string): Document => ({ meta: { id: 'doc', file: 'doc.txt', title: '' }, raw });
const LETTER = /[\p{L}\p{N}]/u;

/** Breaks of the layout-independent invariants of a normalized document (none expected, on any input). */
function mapBackProblems({ raw, text, rawOffsets }: NormalizedDocument): string[] {
  const problems: string[] = [];
  if (rawOffsets.length !== text.length + 1) problems.push(`${rawOffsets.length} offsets for ${text.length} characters`);
  if (rawOffsets[text.length] !== raw.length) problems.push(`end maps to ${rawOffsets[text.length]}, not ${raw.length}`);
  for (let i = 0; i < text.length && problems.length < 5; i++) {
    const offset = rawOffsets[i] ?? -1;
    // Strictly increasing: every clean character has a raw character of its own.
    if (offset <= (i === 0 ? -1 : (rawOffsets[i - 1] ?? 0)) || offset >= raw.length) problems.push(`character ${i} maps to ${offset}`);
    // Letters and digits are never rewritten, only moved: each one is the raw character it maps to.
    else if (LETTER.test(text[i] ?? '') && raw[offset] !== text[i]) problems.push(`character ${i} (${text[i]}) maps to ${raw[offset]}`);
  }
  return problems;
}

describe('normalizeDocument on the seed documents', () => {
  const seeds = new Map<string, NormalizedDocument>();
  beforeAll(async () => {
    for (const seed of (await readCorpus([new URL('../../seeds/', import.meta.url).pathname])).documents) seeds.set(seed.meta.id.slice(0, 3), normalizeDocument(seed));
  });
  const seed = (prefix: string) => {
    const normalized = seeds.get(prefix);
    if (!normalized) throw new Error(`no seed ${prefix}`);
    return normalized;
  };

  it('keeps a map from every clean character back to the raw file', () => {
    for (const normalized of seeds.values()) expect(mapBackProblems(normalized)).toEqual([]);
  });

  it('004 (newspaper columns): joins lines broken inside words and sentences split by a blank line', () => {
    const { raw, text, rawOffsets } = seed('004');
    expect(isColumnLayout(raw)).toBe(true);
    expect(raw).toContain('推动中铝高端\n制造、重钢技改、华峰尼龙等项目建\n\n设。');
    const at = text.indexOf('推动中铝高端制造、重钢技改、华峰尼龙等项目建设。');
    expect(at).toBeGreaterThan(0);
    // The clean sentence spans exactly the raw text it came from, line breaks and all.
    const sentence = '推动中铝高端制造、重钢技改、华峰尼龙等项目建设。';
    expect(raw.slice(rawOffsets[at], (rawOffsets[at + sentence.length - 1] ?? 0) + 1)).toBe('推动中铝高端\n制造、重钢技改、华峰尼龙等项目建\n\n设。');
    // Paragraphs still end at their last full stop, and numbered headings start their own line.
    expect(text).toContain('增强区域协同创新能力；深化高校、院所、企业合作，加快构建产学研深度融合的技术创新体系。\n培育壮大创新主体。');
    expect(text).toContain('\n（二）推动成渝地区双城经济圈建设');
  });

  it('drops the page-jump markers （上接2版） (上接1版) (下转4版)', () => {
    expect(seed('004').raw.trimStart()).toMatch(/^（上接2版）/);
    expect(seed('004').text).toMatch(/^联动全域创新“赋能”，强化“五区联动”/);
    expect(seed('001').raw).toContain('(上接1版)每年滚动实施');
    expect(seed('001').raw).toContain('(下转4版)');
    for (const normalized of seeds.values()) expect(normalized.text).not.toMatch(/[上下][接转]\d+版/);
    expect(seed('001').text).toContain('\n每年滚动实施民生实事事，群众急难愁盼问题得到有效解决。');
  });

  it('001 (markdown): removes heading marks and bold, keeping headings as paragraphs of their own', () => {
    const { raw, text } = seed('001');
    expect(raw).toMatch(/^# 要闻$/m);
    expect(text).not.toMatch(/#|\*\*/);
    expect(text).toMatch(/^要闻\n沿着习近平总书记指引的方向坚定前行 推动高质量发展/);
    expect(text).toContain('\n这五年，我们全面深化改革开放，内陆开放高地建设实现新的突破。坚持对标对表抓改革');
  });

  it('001: turns ASCII punctuation between Chinese characters full-width', () => {
    const { raw, text } = seed('001');
    expect(raw).toContain('民生实事事,群众');
    expect(raw).toContain('西部(重庆)科学城');
    expect(text).toContain('民生实事事，群众');
    expect(text).toContain('西部（重庆）科学城');
    expect(text).not.toMatch(/[\u4e00-\u9fff][,;:()!?]|[,;:()!?][\u4e00-\u9fff]/);
  });

  it('000 (one line): splits paragraphs at runs of ideographic spaces and drops the credits', () => {
    const { raw, text } = seed('000');
    expect(raw.split('\n').filter((line) => line.trim() !== '')).toHaveLength(1);
    expect(text).toMatch(/^牢记殷殷嘱托践行初心使命谱写高质量发展高品质生活新篇章\n今年是中国共产党成立100周年。/);
    expect(text).toContain('推动重庆各项事业迈上新台阶。\n持续营造良好政治生态。');
    expect(text).not.toContain('\u3000');
    // Ten space-separated parts: eight paragraphs, then the two credit lines (本期统筹：…, 版式设计：…), which go.
    expect(raw.split(/\u3000{2,}/)).toHaveLength(10);
    expect(text.split('\n')).toHaveLength(8);
    expect(text).toMatch(/向着实现第二个百年奋斗目标奋勇前进。$/);
  });

  it('003: drops the document number on its own line, which the manifest keeps', () => {
    const { raw, text, meta } = seed('003');
    expect(raw.split('\n')[0]?.trim()).toBe('渝中委发〔2020〕15号');
    expect(meta.number).toBe('渝中委发〔2020〕15号');
    expect(text).not.toContain('渝中委发');
    expect(text).toMatch(/^中共重庆市渝中区委\n/);
  });

  it('reads CRLF and CR line ends as LF, with offsets into the original', () => {
    const lf = seed('003').raw;
    for (const raw of [lf.replaceAll('\n', '\r\n'), lf.replaceAll('\n', '\r')]) {
      const normalized = normalizeDocument({ ...document(raw), meta: seed('003').meta });
      expect(normalized.text).toBe(seed('003').text);
      expect(mapBackProblems(normalized)).toEqual([]);
    }
  });
});

describe('normalizeDocument on text taken from a PDF', () => {
  it('closes the spaces a PDF leaves inside quotes and after a closing quote, with offsets into the original', () => {
    const normalized = normalizeDocument(document('“ 十三五 ” 规划目标圆满完成,开展《 重庆市 条例 》 宣传。'));
    expect(normalized.text).toBe('“十三五”规划目标圆满完成，开展《重庆市 条例》宣传。');
    expect(mapBackProblems(normalized)).toEqual([]);
  });

  it('keeps a space before an opening quote, which parts the phrases of a headline', () => {
    expect(normalizeDocument(document('重庆 “十四五”规划发布')).text).toBe('重庆 “十四五”规划发布');
  });
});

describe('normalizeDocument properties', () => {
  it('never throws, and maps every clean character back into the raw text in order', () => {
    fc.assert(
      fc.property(rawDocumentText, (raw) => {
        expect(mapBackProblems(normalizeDocument(document(raw)))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no page layout: carriage returns, ideographic spaces, tabs, zero-width marks, blank lines, outer white space', () => {
    fc.assert(
      fc.property(rawDocumentText, (raw) => {
        const { text } = normalizeDocument(document(raw));
        expect(text).not.toMatch(/[\r\t\u3000\u200b\ufeff]|\n\s*\n|^\s|\s$/);
      }),
      { numRuns: 300 },
    );
  });
});
