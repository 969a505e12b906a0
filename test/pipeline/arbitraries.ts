/**
 * fast-check generators of raw document text: arbitrary Unicode mixed with the layout the cleaning
 * passes look for (page markers, document numbers, markdown, ideographic spaces, every line end,
 * ASCII punctuation among Han), so that properties exercise the passes and not just plain text.
 */
import fc from 'fast-check';

const LAYOUT = [
  '重庆', '成渝地区双城经济圈', '推动', '建', '设', '2021', 'ABC', '𠀀', '😀',
  '。', '，', '、', '；', '：', '！', '？', '“', '”', '（', '）',
  ',', ';', ':', '(', ')', '!', '?', '.',
  '\n', '\n\n', '\r\n', '\r', ' ', '\t', '\u3000', '\u3000\u3000', '\u200b', '\ufeff',
  '# ', '## ', '**', '一、', '（一）', '1.', '——',
  '（上接2版）', '(下转4版)', '渝中委发〔2020〕15号', '（责编：张三）', '记者：李四',
];

/** Short pieces of layout and arbitrary Unicode (any code point, controls included), joined. */
export const layoutText = fc
  .array(fc.oneof(fc.constantFrom(...LAYOUT), fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: 'binary-ascii', maxLength: 3 })), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** Newspaper columns: many short lines without end punctuation, blank lines inside sentences. */
export const columnText = fc
  .array(fc.tuple(fc.constantFrom('推动中铝高端', '制造、重钢技改', '华峰尼龙等项目建', '设。', '（二）推动成渝', '地区双城经济圈'), fc.constantFrom('\n', '\n\n', '\r\n')), { minLength: 8, maxLength: 40 })
  .map((lines) => lines.flat().join(''));

/** Long runs without end punctuation, with and without commas, which sentence splitting must cut. */
const longRun = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { minLength: 350, maxLength: 1300 }).map((chars) => chars.join(''));
const HAN_AND_ASTRAL = ['重', '庆', '𠀀', '😀', 'a', ' '];

export const rawDocumentText = fc.oneof(layoutText, columnText, longRun(HAN_AND_ASTRAL), longRun([...HAN_AND_ASTRAL, '，']));
