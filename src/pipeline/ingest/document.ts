/**
 * What every format reader hands to the ingest stage: the text as extracted from the file (every
 * evidence offset of the pipeline points into it) and the metadata the file itself carries.
 */
import { stripVTControlCharacters } from 'node:util';

export interface Extracted {
  /** The document's text, paragraphs separated by line breaks. */
  text: string;
  title?: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date?: string;
  issuer?: string;
}

/** A reader's answer: the text and metadata, or why the file is skipped (shown to the user). */
export type ReadOutcome = { ok: true; document: Extracted } | { ok: false; reason: string };

/** One module per format: bytes of a file → its text. Never throws for a bad file; says why instead. */
export type FormatReader = (bytes: Uint8Array) => Promise<ReadOutcome>;

/**
 * Kangxi radicals (⼯ U+2F2F), CJK radicals supplement and compatibility ideographs: PDF text
 * layers often carry these in place of the ideographs they look like, so 郑万高铁 comes out as
 * 郑万⾼铁. NFKC maps each to its ideograph; it is applied to these characters only, because on
 * the whole text it would also turn full-width punctuation (，：) into ASCII.
 */
const LOOKALIKE_IDEOGRAPHS = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/g;

/**
 * The text every reader returns goes through here: terminal escape sequences (ESC[32m, pasted from
 * a terminal) are removed, and radicals are folded into ideographs. Both would otherwise split
 * names: "[32m" would stay inside a label, and ⾼ would not match 高.
 */
export function cleanExtractedText(text: string): string {
  return stripVTControlCharacters(text).replace(LOOKALIKE_IDEOGRAPHS, (char) => char.normalize('NFKC'));
}

/** Dates as documents write them: 2021-03-15, 2021/3/15, 2021年3月15日, PDF's D:20210315… → `YYYY-MM-DD`. */
export function parseDate(text: string): string | undefined {
  const match = /(?:D:)?(\d{4})(?:[-/.年]\s*(\d{1,2})(?:[-/.月]\s*(\d{1,2})日?)?|(\d{2})(\d{2}))?/.exec(text);
  if (!match) return undefined;
  const [, year, month = match[4], day = match[5]] = match;
  const pad = (part: string) => part.padStart(2, '0');
  if (month === undefined) return year;
  if (Number(month) < 1 || Number(month) > 12) return undefined;
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date line in the text itself: "发布时间：2021-03-15", "成文日期：…", or a signature date on a line
 * of its own ("2021年3月15日", as official documents end). Searched in that order.
 */
export function dateInText(text: string): string | undefined {
  const labelled = /(?:发布时间|发布日期|成文日期|印发日期|日期)\s*[:：]\s*(\d{4}[-/.年]\s*\d{1,2}[-/.月]\s*\d{1,2}日?)/.exec(text);
  if (labelled?.[1]) return parseDate(labelled[1]);
  const signed = /^[ \t\u3000]*(\d{4}年\d{1,2}月\d{1,2}日)[ \t\u3000]*$/m.exec(text);
  return signed?.[1] ? parseDate(signed[1]) : undefined;
}
