/**
 * Benchmark of the ingest stage on a long PDF: the seed documents' text laid out as a 100-page
 * PDF with a CJK text layer (lines wrapped every 38 characters, as a report exported from Word),
 * read back through readCorpus: PDF.js text extraction, line joining and cleaning.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpus } from '../pipeline/ingest.js';
import { makePdf } from './pdf-writer.js';

const LINE = 38;
const LINES_PER_PAGE = 40;

/** Seed paragraphs wrapped into lines of LINE characters, indented like a report, cut into `pages` pages. */
function seedPages(seeds: string, pages: number): string[][] {
  const lines: string[] = [];
  const paragraphs = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort()
    .flatMap((name) => readFileSync(join(seeds, name), 'utf8').split('\n'))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  for (let i = 0; lines.length < pages * LINES_PER_PAGE; i++) {
    const paragraph = `\u3000\u3000${paragraphs[i % paragraphs.length] ?? ''}`;
    for (let start = 0; start < paragraph.length; start += LINE) lines.push(paragraph.slice(start, start + LINE));
  }
  return Array.from({ length: pages }, (_, page) => lines.slice(page * LINES_PER_PAGE, (page + 1) * LINES_PER_PAGE));
}

export interface IngestFigures {
  pdf_pages: number;
  pdf_kb: number;
  pdf_characters: number;
  /** Seconds to read the PDF into a Document, best of three. */
  pdf_ingest_s: number;
}

export async function benchIngest(seeds: string, pages = 100): Promise<IngestFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'yugraph-ingest-bench-'));
  try {
    const bytes = makePdf({ pages: seedPages(seeds, pages), title: 'ingest benchmark' });
    writeFileSync(join(dir, 'report.pdf'), bytes);
    let best = Infinity;
    let characters = 0;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const corpus = await readCorpus([dir]);
      best = Math.min(best, (performance.now() - started) / 1000);
      characters = corpus.documents[0]?.raw.length ?? 0;
    }
    return { pdf_pages: pages, pdf_kb: Math.round(bytes.length / 1024), pdf_characters: characters, pdf_ingest_s: Math.round(best * 1000) / 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
