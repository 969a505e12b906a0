/**
 * PDFs with a text layer, read by PDF.js (through unpdf, its build for servers). The text layer
 * holds positioned runs, not paragraphs: lines are rebuilt from the runs, and a line joins the next
 * unless it ends a paragraph (see paragraphBreak), because Chinese PDFs wrap lines inside words.
 */
import { getDocumentProxy } from 'unpdf';
import { BLOCK_START, CLOSERS, TERMINAL } from '../normalize.js';
import { dateInText, parseDate, type ReadOutcome } from './document.js';

interface Line {
  text: string;
  left: number;
  right: number;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
  /** Font size, in PDF units. */
  size: number;
  /** The page's text margins: where its leftmost line starts and its longest line ends. */
  margins: { left: number; right: number };
}

interface Run {
  str: string;
  hasEOL: boolean;
  width: number;
  height: number;
  transform: number[];
}

/** Running page numbers ("- 3 -", "— 12 —", "3") are page furniture, not text. */
const PAGE_NUMBER = /^[\s\-—–－]*\d{1,4}[\s\-—–－]*$/;

function pageLines(runs: Run[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const run of runs) {
    const [, , , , x = 0, y = 0] = run.transform;
    if (run.str !== '') {
      if (current === undefined) current = { text: '', left: x, right: x, y, size: run.height, margins: { left: 0, right: 0 } };
      current.text += run.str;
      current.right = Math.max(current.right, x + run.width);
      current.size = Math.max(current.size, run.height);
    }
    if (run.hasEOL && current !== undefined) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current !== undefined) lines.push(current);
  const kept = lines.filter((line) => line.text.trim() !== '' && !PAGE_NUMBER.test(line.text));
  const margins = { left: Math.min(...kept.map((line) => line.left)), right: Math.max(...kept.map((line) => line.right)) };
  for (const line of kept) line.margins = margins;
  return kept;
}

/** The lower median: with few lines, the usual leading rather than the one gap left by a blank line. */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[(values.length - 1) >> 1] ?? 0;

/**
 * Whether a paragraph ends between two lines of a page (`gap` is undefined across a page break):
 * the first line stops short of the right margin, the second is indented or starts a numbered
 * point, or the space between them is wider than the page's usual leading.
 */
function paragraphBreak(a: Line, b: Line, leading: number | undefined): boolean {
  const em = Math.max(a.size, b.size, 1);
  const last = a.text.trimEnd();
  const ended = TERMINAL.includes(last.at(-1) ?? '') || (CLOSERS.includes(last.at(-1) ?? '') && TERMINAL.includes(last.at(-2) ?? ''));
  if (a.right < a.margins.right - 1.5 * em) return true;
  if (b.left > b.margins.left + 1.5 * em) return true;
  if (BLOCK_START.test(b.text.trimStart())) return true;
  if (leading !== undefined && a.y - b.y > 1.6 * leading) return true;
  return ended && a.right < a.margins.right - 0.5 * em;
}

/** Lines → text: a wrapped line continues its paragraph (with a space only between two Latin words). */
function joinLines(pages: Line[][]): string {
  const parts: string[] = [];
  let previous: Line | undefined;
  for (const lines of pages) {
    const gaps = lines.slice(1).map((line, i) => (lines[i]?.y ?? 0) - line.y).filter((gap) => gap > 0);
    const leading = gaps.length > 0 ? median(gaps) : undefined;
    lines.forEach((line, i) => {
      if (previous !== undefined) {
        if (paragraphBreak(previous, line, i === 0 ? undefined : leading)) parts.push('\n');
        else if (/[A-Za-z0-9]$/.test(previous.text) && /^[A-Za-z0-9]/.test(line.text)) parts.push(' ');
      }
      parts.push(line.text.trim());
      previous = line;
    });
  }
  return parts.join('');
}

/** Producers put the source file's name in the title ("Microsoft Word - 通知.docx"): not a title. */
function usableTitle(title: unknown): string | undefined {
  if (typeof title !== 'string') return undefined;
  const clean = title.trim();
  return clean === '' || /^Microsoft Word - |\.(?:docx?|wps|pdf|txt)$/i.test(clean) ? undefined : clean;
}

/** A PDF → the text of its text layer in reading order, its title and date; scans and locked files are skipped. */
export async function readPdf(bytes: Uint8Array): Promise<ReadOutcome> {
  let pdf;
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    if ((error as Error).name === 'PasswordException') return { ok: false, reason: 'encrypted PDF: it needs a password' };
    return { ok: false, reason: `not a readable PDF (${(error as Error).message})` };
  }
  try {
    const pages: Line[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.flatMap((item) => ('str' in item ? [item] : []))));
      page.cleanup();
    }
    const text = joinLines(pages.filter((lines) => lines.length > 0));
    if (text.trim() === '') return { ok: false, reason: 'scanned PDF: no text layer' };
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    const title = usableTitle(info.Title);
    const date = dateInText(text) ?? parseDate(typeof info.CreationDate === 'string' ? info.CreationDate : '');
    return { ok: true, document: { text, ...(title && { title }), ...(date && { date }) } };
  } catch (error) {
    return { ok: false, reason: `damaged PDF (${(error as Error).message})` };
  } finally {
    await pdf.destroy();
  }
}
