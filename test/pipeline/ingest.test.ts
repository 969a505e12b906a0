import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, readCorpus } from '../../src/pipeline/ingest.js';
import { encodeGbk, encodeUtf16, encodeUtf8 } from './encodings.js';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
let dir: string;
const path = (...parts: string[]) => join(dir, ...parts);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yugraph-ingest-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let folders = 0;
/** A fresh folder under the test's temp dir holding `files` (name → bytes or text). */
function folder(name: string, files: Record<string, Uint8Array | string>): string {
  const root = path(`${name}-${++folders}`);
  mkdirSync(root);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  return root;
}

describe('readCorpus on the seed folder', () => {
  it('reads the five seed documents with their manifest metadata and skips nothing', async () => {
    const corpus = await readCorpus([SEEDS]);
    expect(corpus.skipped).toEqual([]);
    expect(corpus.documents.map((document) => document.meta.id)).toEqual(readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)).sort());
    expect(corpus.documents[3]?.meta).toEqual({
      id: '003_b6b5f0b0bde89f4e',
      file: '003_b6b5f0b0bde89f4e.txt',
      format: 'txt',
      title: '中共重庆市渝中区委关于制定渝中区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议',
      date: '2020-12-11',
      issuer: '中共重庆市渝中区委',
      kind: '规划建议',
      number: '渝中委发〔2020〕15号',
      // Its length: the code points that are not whitespace, counted here one by one.
      chars: Array.from(readFileSync(join(SEEDS, '003_b6b5f0b0bde89f4e.txt'), 'utf8')).filter((char) => !/\s/u.test(char)).length,
    });
  });
});

describe('readCorpus on a folder of mixed files', () => {
  const text = '推动成渝地区双城经济圈建设。';
  let root: string;
  beforeAll(() => {
    root = folder('mixed', {
      'a-utf8.txt': encodeUtf8(`# 标题\n${text}`),
      'b-bom.md': encodeUtf8(text, true),
      'c-utf16le.txt': encodeUtf16(text, 'le'),
      'd-utf16be.TXT': encodeUtf16(text, 'be'),
      'e-gbk.txt': encodeGbk(`标题\r\n${text}\r\n`),
      'empty.txt': '',
      'blank.md': '\n \u3000\n',
      'binary.txt': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
      'notes.pdf': '%PDF-1.4',
      'nested/f-deeper.txt': `第二层。${text}`,
      '.hidden.txt': text,
      '.git/config.txt': text,
    });
    symlinkSync(join(root, 'missing-target.txt'), join(root, 'dangling.txt'));
    symlinkSync(join(root, 'loop.txt'), join(root, 'loop.txt'));
    symlinkSync(join(root, 'a-utf8.txt'), join(root, 'g-link.txt'));
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
  });

  it('reads every document encoding, walks sub-folders, and follows good links', async () => {
    const { documents } = await readCorpus([root]);
    expect(documents.map((document) => [document.meta.id, document.raw])).toEqual([
      ['a-utf8', `# 标题\n${text}`],
      ['b-bom', text],
      ['c-utf16le', text],
      ['d-utf16be', text],
      ['e-gbk', `标题\r\n${text}\r\n`],
      ['g-link', `# 标题\n${text}`],
      ['f-deeper', `第二层。${text}`],
    ]);
    expect(documents.map((document) => document.meta.title)).toEqual(['标题', text, text, text, '标题', '标题', `第二层。${text}`]);
  });

  it('skips empty, binary, unreadable, special and non-document files with a reason each, and hidden ones silently', async () => {
    expect((await readCorpus([root])).skipped).toEqual([
      { file: join(root, 'binary.txt'), reason: 'binary file (contains NUL bytes, and is not UTF-16 text either)' },
      { file: join(root, 'blank.md'), reason: 'no text (only white space)' },
      { file: join(root, 'dangling.txt'), reason: `unreadable: broken symbolic link to ${join(root, 'missing-target.txt')}` },
      { file: join(root, 'empty.txt'), reason: 'empty file' },
      { file: join(root, 'loop.txt'), reason: 'unreadable: symbolic link loop' },
      { file: join(root, 'notes.pdf'), reason: 'not a readable PDF (Invalid PDF structure.)' },
      { file: join(root, 'pipe.txt'), reason: 'not a regular file (named pipe)' },
    ]);
  });

  // Root reads through chmod 000, so this only runs as an ordinary user; the dangling link above
  // takes the same path (statSync succeeds on neither) when the tests run as root.
  it.skipIf(process.getuid?.() === 0)('skips a file it has no permission to read', async () => {
    const locked = folder('locked', { 'ok.txt': text, 'secret.txt': text });
    chmodSync(join(locked, 'secret.txt'), 0o000);
    expect((await readCorpus([locked])).skipped).toEqual([{ file: join(locked, 'secret.txt'), reason: 'unreadable: permission denied' }]);
  });
});

describe('readCorpus on folders with symbolic links', () => {
  it('reads each real folder once, however many links lead back to it, and says which links it skipped', async () => {
    const root = folder('links', { 'report.txt': '推动成渝地区双城经济圈建设。', 'sub/plan.md': '建设西部陆海新通道。' });
    symlinkSync('.', join(root, 'self'));
    symlinkSync('..', join(root, 'sub', 'up'));
    symlinkSync(join(root, 'sub'), join(root, 'sub-again'));
    const corpus = await readCorpus([root]);
    expect(corpus.documents.map((document) => document.meta.file)).toEqual(['report.txt', 'plan.md']);
    expect(corpus.skipped).toEqual([
      { file: join(root, 'self'), reason: `folder already read as ${root} (a symbolic link leads back to it)` },
      { file: join(root, 'sub-again'), reason: `folder already read as ${join(root, 'sub')} (a symbolic link leads back to it)` },
      { file: join(root, 'sub', 'up'), reason: `folder already read as ${root} (a symbolic link leads back to it)` },
    ]);
  });
});

describe('readCorpus input errors', () => {
  it('names a missing input path', async () => {
    const missing = path('no-such-folder');
    await expect(readCorpus([SEEDS, missing])).rejects.toThrow(new InputError(`${missing}: no such file or directory`));
  });

  it('lists what it skipped when a folder has no readable document', async () => {
    const root = folder('nothing', { 'empty.txt': '', 'scan.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) });
    await expect(readCorpus([root])).rejects.toThrow(
      new InputError(`no readable document in ${root}\n  skipped ${join(root, 'empty.txt')}: empty file\n  skipped ${join(root, 'scan.png')}: not a document (read: .txt .md .markdown .html .htm .shtml .xhtml .docx .pdf)`),
    );
  });
});

describe('readCorpus manifests', () => {
  it('reads a manifest saved with a byte-order mark', async () => {
    const root = folder('bom-manifest', {
      'doc.txt': '重庆市人民政府工作报告',
      'manifest.json': encodeUtf8(JSON.stringify({ documents: [{ file: 'doc.txt', title: '政府工作报告', date: '2021' }] }), true),
    });
    // 重庆市人民政府工作报告 is 11 characters.
    expect((await readCorpus([root])).documents[0]?.meta).toEqual({ id: 'doc', file: 'doc.txt', format: 'txt', title: '政府工作报告', date: '2021', chars: 11 });
  });

  it.each([
    ['null', 'expected {"documents": [...]}'],
    ['{"documents": {}}', 'expected {"documents": [...]}'],
    ['{"documents": [{"title": "no file"}]}', 'every document needs a "file" string'],
    ['{"documents": [', 'not valid JSON'],
  ])('names the manifest when it holds %s', async (manifest, problem) => {
    const root = folder('manifest', { 'doc.txt': '重庆。', 'manifest.json': manifest });
    await expect(readCorpus([root])).rejects.toThrow(InputError);
    await expect(readCorpus([root])).rejects.toThrow(`${join(root, 'manifest.json')}: ${problem}`);
  });

  it('gives documents that share a name distinct ids', async () => {
    const root = folder('twins', { 'report.md': '一。', 'report.txt': '二。', 'sub/report.txt': '三。' });
    copyFileSync(join(root, 'report.md'), join(root, 'sub', 'report.md'));
    expect((await readCorpus([root])).documents.map((document) => [document.meta.id, document.raw])).toEqual([
      ['report', '一。'],
      ['report-2', '二。'],
      ['report-3', '一。'],
      ['report-4', '三。'],
    ]);
  });
});
