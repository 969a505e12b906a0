import type { Mention } from '../../core/types.js';
import type { AnalyzedSentence } from './analysis.js';
import { mention } from './span.js';

/**
 * Book-title marks delimit a document's, plan's or law's name whatever its length:
 * 《重庆市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》. The marks are not part of the
 * name; a nested title keeps its 〈〉 (贯彻落实〈成渝地区双城经济圈建设规划纲要〉联合实施方案).
 */
const TITLE = /《([^《》\n]{2,120})》/g;
/** A title that is only a kind of document names no particular one: 《政府工作报告》, 《报告》. */
const GENERIC_TITLE = /^(?:(?:政府)?工作)?报告$/;

export function titleMentions(analysis: AnalyzedSentence): Mention[] {
  const found: Mention[] = [];
  TITLE.lastIndex = 0;
  for (let match = TITLE.exec(analysis.text); match !== null; match = TITLE.exec(analysis.text)) {
    const start = match.index + 1;
    if (GENERIC_TITLE.test(match[1] ?? '')) continue;
    found.push(mention(analysis, start, start + (match[1] ?? '').length, 'program', 'title'));
  }
  return found;
}
