/**
 * The ingest stage on real files of every accepted format, written to disk: a government web
 * page (test/fixtures/gov-page.html, UTF-8 and GBK), a .docx package, PDFs with a CJK text layer
 * (make-pdf.ts), Big5 and unmarked UTF-16 text, and the files that must be skipped with a reason.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stats } from '../../src/core/query/stats.js';
import { runPipeline, type PipelineResult } from '../../src/pipeline/build.js';
import { readCorpus, type Corpus } from '../../src/pipeline/ingest.js';
import { encodeBig5, encodeGbk } from './encodings.js';
import { makeDocx } from './make-docx.js';
import { makePdf } from '../../src/bench/pdf-writer.js';

const GOV_PAGE = readFileSync(new URL('../fixtures/gov-page.html', import.meta.url), 'utf8');
/** Page furniture of the fixture: none of it may reach the text. */
const FURNITURE = ['字体', '打印', '关闭', '当前位置', '网站首页', '政务公开', '相关阅读', 'ICP', '网站标识码', '分享到', '统计代码', 'jquery', '主办'];

const PDF_LINES = [
  '关于加快郑万⾼铁重庆段建设的通知',
  '　　各区县人民政府，市政府有关部门：',
  '　　为推动成渝地区双城经济圈建设，加快郑万⾼',
  '铁重庆段和渝湘⾼铁建设，打造内陆开放⾼地，现将',
  '有关事项通知如下。',
  '　　一、加快西部陆海新通道建设，做好果园港扩能',
  '⼯作。',
];

const TRADITIONAL = '推動成渝地區雙城經濟圈建設，高品質建設「兩江四岸」核心區。\n加快西部陸海新通道建設，打造內陸開放高地。\n';

let dir: string;
let corpus: Corpus;
let built: PipelineResult;
const byFile = (file: string) => {
  const document = corpus.documents.find((found) => found.meta.file === file);
  if (!document) throw new Error(`${file} was not read: ${JSON.stringify(corpus.skipped)}`);
  return document;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yugraph-formats-'));
  const files: Record<string, Uint8Array | string> = {
    'page.html': GOV_PAGE,
    'page-gbk.htm': encodeGbk(GOV_PAGE.replace('charset=utf-8', 'charset=gb2312')),
    'plan.docx': await makeDocx({
      paragraphs: ['关于推进西部陆海新通道建设的实施方案', '各区县人民政府：', '加快建设西部陆海新通道，推动中新（重庆）战略性互联互通示范项目提质增效。'],
      table: [['项目', '责任单位'], ['果园港扩能', '两江新区管委会']],
      title: '西部陆海新通道实施方案',
      created: '2021-05-20T09:00:00Z',
    }),
    'notice.pdf': makePdf({ pages: [PDF_LINES, ['　　二、2021年底前完成两江四岸治理提升。', '', '重庆市人民政府', '2021年1月20日']], title: 'Microsoft Word - 通知.docx', creationDate: "D:20210125093000+08'00'" }),
    'big5.txt': encodeBig5(TRADITIONAL),
    'utf16.txt': Buffer.from('推动成渝地区双城经济圈建设。\n两江四岸核心区。', 'utf16le'),
    'terminal.md': '# 会议纪要\n推进\x1b[32m“两江四岸”\x1b[0m治理提升，\x1b[1;31m建设\x1b[0m山清水秀美丽之地。\n',
    'report.txt': '重庆市政府工作报告\n推动成渝地区双城经济圈建设，建设西部陆海新通道。\n',
    'scan.pdf': makePdf({ pages: [[''], ['']], scanned: true }),
    'locked.pdf': makePdf({ pages: [['机密文件。']], passwordProtected: true }),
    'broken.docx': (await makeDocx({ paragraphs: ['被截断的文件。'] })).subarray(0, 200),
    'old.doc': Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, 'empty'));
  corpus = await readCorpus([dir]);
  built = await runPipeline([dir]);
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('HTML pages saved from a government site', () => {
  it('keeps the article and its headline, and none of the page furniture', () => {
    const { raw } = byFile('page.html');
    expect(raw.split('\n')[0]).toBe('重庆市人民政府关于推进两江四岸治理提升的实施意见');
    expect(raw).toContain('推进“两江四岸”治理提升，实施“清水绿岸”工程');
    expect(raw).toContain('市住房城乡建委、渝中区政府 2022年底');
    for (const furniture of FURNITURE) expect(raw).not.toContain(furniture);
  });

  it('takes title, date and issuer from the ArticleTitle, PubDate and ContentSource meta tags', () => {
    expect(byFile('page.html').meta).toEqual({
      id: 'page', file: 'page.html', format: 'html',
      title: '重庆市人民政府关于推进两江四岸治理提升的实施意见', date: '2021-03-15', issuer: '重庆市人民政府办公厅',
      // Code points other than whitespace, counted here on their own.
      chars: Array.from(byFile('page.html').raw).filter((char) => !/\s/u.test(char)).length,
    });
  });

  it('decodes a page in the charset it declares (gb2312, read as GBK) to the same text', () => {
    expect(byFile('page-gbk.htm').raw).toBe(byFile('page.html').raw);
  });
});

describe('Word documents', () => {
  it('reads paragraphs and table cells, with title and date from the document properties', () => {
    const document = byFile('plan.docx');
    expect(document.meta).toMatchObject({ format: 'docx', title: '西部陆海新通道实施方案', date: '2021-05-20' });
    expect(document.raw).toContain('推动中新（重庆）战略性互联互通示范项目提质增效。');
    expect(document.raw).toContain('果园港扩能');
    expect(document.raw).toContain('两江新区管委会');
  });
});

describe('PDFs with a text layer', () => {
  it('folds radical code points into ideographs and joins lines wrapped inside words', () => {
    const lines = byFile('notice.pdf').raw.split('\n');
    expect(lines).toEqual([
      '关于加快郑万高铁重庆段建设的通知',
      '各区县人民政府，市政府有关部门：',
      '为推动成渝地区双城经济圈建设，加快郑万高铁重庆段和渝湘高铁建设，打造内陆开放高地，现将有关事项通知如下。',
      '一、加快西部陆海新通道建设，做好果园港扩能工作。',
      '二、2021年底前完成两江四岸治理提升。',
      '重庆市人民政府',
      '2021年1月20日',
    ]);
  });

  it('dates the document by its signature line, and ignores a title that is only a file name', () => {
    expect(byFile('notice.pdf').meta).toMatchObject({ format: 'pdf', title: '关于加快郑万高铁重庆段建设的通知', date: '2021-01-20' });
  });
});

describe('encodings and terminal escapes', () => {
  it('reads Big5 as traditional text and UTF-16 without a byte-order mark', () => {
    expect(byFile('big5.txt').raw).toBe(TRADITIONAL);
    expect(byFile('utf16.txt').raw).toBe('推动成渝地区双城经济圈建设。\n两江四岸核心区。');
  });

  it('strips ANSI colour codes before extraction', () => {
    expect(byFile('terminal.md').raw).toBe('# 会议纪要\n推进“两江四岸”治理提升，建设山清水秀美丽之地。\n');
    expect(built.graph.hasNode('两江四岸')).toBe(true);
    expect(built.graph.filterNodes((_, attributes) => attributes.label.includes('['))).toEqual([]);
  });
});

describe('files that cannot be read', () => {
  it('are skipped with a named reason each while the rest of the folder builds', () => {
    expect(corpus.skipped).toEqual([
      { file: join(dir, 'broken.docx'), reason: "corrupt .docx (Corrupted zip: can't find end of central directory)" },
      { file: join(dir, 'locked.pdf'), reason: 'encrypted PDF: it needs a password' },
      { file: join(dir, 'old.doc'), reason: 'old Word format (.doc) is not read: save it as .docx' },
      { file: join(dir, 'scan.pdf'), reason: 'scanned PDF: no text layer' },
    ]);
    expect(corpus.documents).toHaveLength(8);
  });
});

describe('one graph from every format', () => {
  it('gives every document entities, a title and a format, and counts the formats', () => {
    const { documents } = built.graph.getAttributes();
    for (const meta of documents) {
      expect(meta.title).not.toBe('');
      expect(built.graph.filterNodes((_, attributes) => attributes.docs.includes(meta.id)).length, meta.file).toBeGreaterThan(0);
    }
    expect(stats(built.graph).byFormat).toEqual({ txt: 3, md: 1, html: 2, docx: 1, pdf: 1 });
  });

  it('makes no node of page furniture', () => {
    const labels = built.graph.mapNodes((_, attributes) => attributes.label).join('\n');
    for (const furniture of FURNITURE) expect(labels).not.toContain(furniture);
  });

  it('points every evidence sentence at its text in the extracted document', () => {
    const raws = new Map(corpus.documents.map((document) => [document.meta.id, document.raw]));
    for (const record of Object.values(built.graph.getAttribute('sentences'))) {
      const written = raws.get(record.doc)?.slice(record.start, record.end) ?? '';
      expect(written.replace(/\s/g, '')).toContain(record.text.replace(/\s/g, '').slice(0, 4));
    }
  });
});
