import type { Document, NormalizedDocument } from '../core/types.js';
import { identityMapped, rewrite, type MappedText } from './mapped-text.js';

/**
 * Cleans a document for extraction while keeping a map back to the raw text. Paragraphs end up
 * separated by "\n" and nothing else is left of the page layout.
 */

export const TERMINAL = '。！？!?；;：:';
export const CLOSERS = '”’」』）)】';
const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';
/** Characters that make an ASCII punctuation mark "Chinese": Han and full-width punctuation. */
const CJK_CONTEXT = `[${HAN}\\u3000-\\u303f\\uff00-\\uffef“”‘’]`;
/** A line that starts a new block in any layout: numbered headings and dash-led points. */
export const BLOCK_START = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+[章节部分篇]|——|#)/;

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };

/** Newspaper columns break lines every dozen characters; report layouts put a paragraph on a line. */
export function isColumnLayout(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length < 8) return false;
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1] ?? 0;
  const ended = lines.filter((line) => TERMINAL.includes(line.at(-1) ?? '') || CLOSERS.includes(line.at(-1) ?? '')).length;
  return median < 40 && ended / lines.length < 0.5;
}

const passes: [RegExp, (match: RegExpExecArray) => string][] = [
  [/\r\n?/g, () => '\n'],
  [/[\u200b-\u200d\u2060\ufeff]/g, () => ''],
  // Newspaper jump markers: （上接2版） (下转4版)
  [/[（(]\s*[上下][接转]\s*[0-9０-９一二三四五六七八九十]+\s*版\s*[）)]/g, () => ''],
  // Document numbers on a line of their own: 渝中委发〔2020〕15号
  [/^[ \t\u3000]*[^\s〔]{1,16}[〔[【(（]\d{4}[〕\]】)）]\d+号[ \t\u3000]*$/gm, () => ''],
  // Credits: 本期统筹：…, 版式设计：…, （责编：…）
  [/[（(]?(?:本期统筹|版式设计|责任编辑|责编|编辑|记者|通讯员|摄影|审核|校对)[：:][^\n\u3000。（()）]*[）)]?/g, () => ''],
  [/^[ \t\u3000]*#{1,6}[ \t]*/gm, () => ''],
  [/\*\*/g, () => ''],
  [new RegExp(`(?<=${CJK_CONTEXT})[,;:()!?]|[,;:()!?](?=${CJK_CONTEXT})`, 'g'), (m) => FULL_WIDTH[m[0]] ?? m[0]],
  // Runs of ideographic spaces separate paragraphs in one-line documents and indent them in others.
  [/[ \t]*\u3000{2,}[ \t]*/g, () => '\n'],
  // Text taken from a PDF spaces out its quotes (“ 十三五 ” 规划): a space inside a quote, or between
  // a closing quote and the word it belongs to, is layout. (Before an opening quote it may part two phrases of a headline.)
  [new RegExp(`(?<=[“‘《])[ \\u3000]+|[ \\u3000]+(?=[”’》])|(?<=[”’》])[ \\u3000]+(?=[${HAN}])`, 'g'), () => ''],
];

/** A line this much shorter than the column is a heading, not a wrapped part of a paragraph. */
const HEADING_SHARE = 0.6;

/**
 * Joins the lines of hard-wrapped text. A line break, even a blank line, ends nothing by itself: a
 * line ends a paragraph only after sentence punctuation, before a numbered heading, or when it is
 * a heading itself (much shorter than the column). “巴味渝珍”⏎⏎“三峡”等 stays one sentence.
 */
function joinWrappedLines(source: MappedText): MappedText {
  const lengths = source.text.split('\n').map((line) => line.trim().length).filter((length) => length > 0).sort((a, b) => a - b);
  const column = lengths[lengths.length >> 1] ?? 0;
  return rewrite(source, /[ \t\u3000]*\n[\s\u3000]*/g, (match) => {
    const before = match.input[match.index - 1] ?? '';
    const after = match.input.slice(match.index + match[0].length, match.index + match[0].length + 12);
    const line = match.input.slice(match.input.lastIndexOf('\n', match.index - 1) + 1, match.index).trim();
    const ended = TERMINAL.includes(before) || (CLOSERS.includes(before) && TERMINAL.includes(match.input[match.index - 2] ?? ''));
    return ended || BLOCK_START.test(after) || line.length < HEADING_SHARE * column ? '\n' : '';
  });
}

export function normalizeDocument(document: Document): NormalizedDocument {
  let mapped = identityMapped(document.raw);
  for (const [pattern, replace] of passes) mapped = rewrite(mapped, pattern, replace);
  if (isColumnLayout(mapped.text)) mapped = joinWrappedLines(mapped);
  mapped = rewrite(mapped, /[ \t\u3000]*\n[\s\u3000]*/g, () => '\n');
  // A space inside a line is kept (once): in headlines and bylines it separates phrases.
  mapped = rewrite(mapped, /[ \t\u3000]{2,}|[\t\u3000]/g, () => ' ');
  mapped = rewrite(mapped, /^\s+|\s+$/g, () => '');
  return { meta: document.meta, raw: document.raw, text: mapped.text, rawOffsets: mapped.offsets };
}
