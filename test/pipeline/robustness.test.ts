/**
 * Bad input and bad luck: a corpus in every encoding with files that cannot be read, built by the
 * real CLI; atomic writes; and the guard that keeps nodejieba from aborting the process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedYuGraph } from '../../src/core/graph-schema.js';
import { removeTemporaryFiles, writeFileAtomic, writeFilesAtomic } from '../../src/pipeline/atomic-write.js';
import { ROOT, runCli, runCommand, type CliResult } from '../cli/run-cli.js';
import { encodeGbk, encodeUtf16, encodeUtf8 } from './encodings.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yugraph-robustness-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('yugraph build on a corpus in every encoding, with files it cannot read', () => {
  /** The documents' text as written, before encoding: what the graph's raw offsets must point into. */
  const documents = {
    gbk: '区域协同发展\r\n全力推动成渝地区双城经济圈建设，唱好“双城记”。\r\n',
    utf16le: '对外开放\r\n加快建设西部陆海新通道，提升开放水平。\r\n',
    utf16be: '生态保护\r深度融入长江经济带发展。\r',
    bom: '开放平台\n中欧班列运营水平保持全国领先。\n',
    // Names graphology cannot hold as nodes, in the same sentence so that they would be linked.
    identifiers: '对外合作\n推动“toString”“constructor”“__proto__”与“RCEP”衔接，建设内陆开放高地。\n',
  };
  let corpus: string;
  let out: string;
  let result: CliResult;
  let graph: SerializedYuGraph;

  beforeAll(async () => {
    corpus = join(dir, 'corpus');
    out = join(dir, 'out');
    mkdirSync(corpus);
    const files: Record<string, Uint8Array | string> = {
      'gbk.txt': encodeGbk(documents.gbk),
      'utf16le.txt': encodeUtf16(documents.utf16le, 'le'),
      'utf16be.md': encodeUtf16(documents.utf16be, 'be'),
      'bom.txt': encodeUtf8(documents.bom, true),
      'identifiers.txt': documents.identifiers,
      'empty.txt': '',
      'binary.txt': Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]),
      'invalid.md': Uint8Array.from([0xff, 0xfd, 0xff, 0xfe, 0x80, 0xff, 0x41]),
      'damaged.txt': Buffer.concat([encodeUtf8(`${documents.bom}${documents.bom}`), Uint8Array.from([0xe4, 0xb8]), encodeUtf8(documents.bom)]),
      'scan.pdf': '%PDF-1.7',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(corpus, name), content);
    // Root (the tests' user) reads through chmod 000: a dangling link and a named pipe stand in for unreadable files.
    symlinkSync(join(corpus, 'deleted.txt'), join(corpus, 'dangling.txt'));
    execFileSync('mkfifo', [join(corpus, 'fifo.txt')]);
    result = await runCli(['build', corpus, '--out', out]);
    graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as SerializedYuGraph;
  });

  it('exits 0, warns on stderr about each skipped file with its reason, and prints nothing else but the summary', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n');
    expect(lines.slice(0, -2)).toEqual([
      `yugraph: skipped ${join(corpus, 'binary.txt')}: binary file (contains NUL bytes, and is not UTF-16 text either)`,
      `yugraph: skipped ${join(corpus, 'damaged.txt')}: damaged UTF-8 text (invalid bytes on line 5)`,
      `yugraph: skipped ${join(corpus, 'dangling.txt')}: unreadable: broken symbolic link to ${join(corpus, 'deleted.txt')}`,
      `yugraph: skipped ${join(corpus, 'empty.txt')}: empty file`,
      `yugraph: skipped ${join(corpus, 'fifo.txt')}: not a regular file (named pipe)`,
      `yugraph: skipped ${join(corpus, 'invalid.md')}: unknown encoding: not UTF-8 or UTF-16, and the detector is unsure of GB18030 or Big5 (its best guess is windows-1250 at 42%)`,
      `yugraph: skipped ${join(corpus, 'scan.pdf')}: not a readable PDF (Invalid PDF structure.)`,
    ]);
    // A pipe gets no progress line: the summary is the last line, and nothing is redrawn.
    expect(lines.at(-2)).toMatch(new RegExp(`^yugraph: \\d+ entities, \\d+ links from \\d+ sentences → ${out}/graph.json, ${out}/graph.gexf \\(\\d+\\.\\d s\\)$`));
    expect(lines.at(-1)).toBe('');
    expect(result.stderr).not.toContain('\r');
  });

  it('reads the GBK, UTF-16LE, UTF-16BE and UTF-8-with-BOM documents, titles from their first line', () => {
    // Lengths are the code points other than whitespace of the text as written, whatever the encoding.
    const chars = (text: string) => Array.from(text).filter((char) => !/\s/u.test(char)).length;
    expect(graph.attributes.documents).toEqual([
      { id: 'bom', file: 'bom.txt', format: 'txt', title: '开放平台', chars: chars(documents.bom) },
      { id: 'gbk', file: 'gbk.txt', format: 'txt', title: '区域协同发展', chars: chars(documents.gbk) },
      { id: 'identifiers', file: 'identifiers.txt', format: 'txt', title: '对外合作', chars: chars(documents.identifiers) },
      { id: 'utf16be', file: 'utf16be.md', format: 'md', title: '生态保护', chars: chars(documents.utf16be) },
      { id: 'utf16le', file: 'utf16le.txt', format: 'txt', title: '对外开放', chars: chars(documents.utf16le) },
    ]);
  });

  it('finds each document’s entity: 成渝地区双城经济圈 from GBK, 西部陆海新通道 from UTF-16LE, 长江经济带 from UTF-16BE, 中欧班列 from UTF-8 with BOM', () => {
    const docsOf = (key: string) => graph.nodes.find((node) => node.key === key)?.attributes?.docs;
    expect(docsOf('成渝地区双城经济圈')).toEqual(['gbk']);
    expect(docsOf('西部陆海新通道')).toEqual(['utf16le']);
    expect(docsOf('长江经济带')).toEqual(['utf16be']);
    expect(docsOf('中欧班列')).toEqual(['bom']);
  });

  it('leaves out names that are JavaScript object members, and keeps the rest of their sentence', () => {
    const keys = graph.nodes.map((node) => node.key);
    expect(keys.filter((key) => key in Object.prototype || /toString|constructor|__proto__/.test(key))).toEqual([]);
    expect(graph.nodes.find((node) => node.key === 'RCEP')?.attributes?.docs).toEqual(['identifiers']);
  });

  it('stores sentences whose raw offsets point into the decoded documents, across CRLF and CR line ends', () => {
    const sentences = Object.entries(graph.attributes.sentences);
    expect(sentences.map(([id]) => id).sort()).toEqual(['bom#1', 'gbk#1', 'identifiers#1', 'utf16be#1', 'utf16le#1']);
    for (const [, { doc, start, end, text }] of sentences) expect(documents[doc as keyof typeof documents].slice(start, end)).toBe(text);
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const target = join(dir, 'atomic', 'graph.json');
    writeFileAtomic(target, 'old');
    writeFileAtomic(target, '新的内容');
    expect(readFileSync(target, 'utf8')).toBe('新的内容');
    expect(readdirSync(join(dir, 'atomic'))).toEqual(['graph.json']);
  });

  it('fails without touching what is there and without leaving a temporary file', () => {
    const target = join(dir, 'blocked', 'graph.json');
    mkdirSync(join(target, 'inside'), { recursive: true });
    expect(() => { writeFileAtomic(target, 'data'); }).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(join(dir, 'blocked'))).toEqual(['graph.json']);
    expect(readdirSync(target)).toEqual(['inside']);
  });

  it('replaces a pair of files both or neither: graph.json stays old when graph.gexf is a folder', () => {
    const folder = join(dir, 'pair');
    mkdirSync(join(folder, 'graph.gexf', 'inside'), { recursive: true });
    writeFileSync(join(folder, 'graph.json'), 'old graph');
    for (const order of [['graph.json', 'graph.gexf'], ['graph.gexf', 'graph.json']]) {
      expect(() => { writeFilesAtomic(order.map((name): [string, string] => [join(folder, name), `new ${name}`])); }).toThrow(/EISDIR|ENOTEMPTY|EEXIST|EPERM/);
      expect(readFileSync(join(folder, 'graph.json'), 'utf8')).toBe('old graph');
      expect(readdirSync(folder).sort()).toEqual(['graph.gexf', 'graph.json']);
    }
  });

  it('removeTemporaryFiles removes only the temporary files of the given process', () => {
    const folder = join(dir, 'temps');
    mkdirSync(folder);
    const names = ['.graph.json.4242.tmp', '.graph.gexf.4242.tmp', '.graph.json.42.tmp', 'graph.json', 'graph.json.4242.tmp'];
    for (const name of names) writeFileSync(join(folder, name), '');
    expect(removeTemporaryFiles(folder, 4242).sort()).toEqual(['.graph.gexf.4242.tmp', '.graph.json.4242.tmp']);
    expect(readdirSync(folder).sort()).toEqual(['.graph.json.42.tmp', 'graph.json', 'graph.json.4242.tmp']);
    expect(removeTemporaryFiles(join(dir, 'no-such-folder'), 4242)).toEqual([]);
  });
});

describe('the nodejieba guard', () => {
  const jieba = pathToFileURL(join(ROOT, 'lib', 'pipeline', 'jieba.js')).href;
  /** Runs `body` in a fresh Node process where `jieba` is the package as loadSegmenter loads it. */
  const inNode = (body: string) =>
    runCommand(process.execPath, ['--input-type=module', '-e', `import { createRequire } from 'node:module'; const jieba = createRequire('${jieba}')('nodejieba'); ${body}`]);

  it('is needed: nodejieba aborts the whole process when a dictionary is missing', async () => {
    const result = await inNode(`jieba.load({ dict: '/no/such/jieba.dict.utf8' });`);
    expect(result.signal).toBe('SIGABRT');
  });

  it('turns a missing dictionary into a thrown Error the process survives', async () => {
    const result = await inNode(`
      jieba.DEFAULT_DICT = '/no/such/jieba.dict.utf8';
      const { loadSegmenter } = await import('${jieba}');
      try { loadSegmenter([]); } catch (error) { console.log(error instanceof Error, error.message); }
      console.log('still running');`);
    expect(result).toMatchObject({ code: 0, signal: null, stdout: 'true jieba dictionary missing: /no/such/jieba.dict.utf8\nstill running\n' });
  });
});
