import type { Mention } from '../../core/types.js';
import type { Lexicon } from '../lexicon.js';
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

/**
 * A five-year plan's title written without marks, by its fixed formula: 国民经济和社会发展, the plan's
 * ordinal, and the long-range goals it goes with, after the jurisdiction it is the plan of
 * (宜昌市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要, 广西第十四个五年规划和二〇三五年远景目标建议),
 * and the party committee whose proposal it is (中共四川省委关于制定四川省…第十五个五年规划的建议).
 * The formula fixes both edges as the marks do; the 和 inside it joins no two names. The zero is
 * written as the source writes it (二〇, 二○, 二O), and so is the year (2035年).
 */
const FIVE_YEAR_PLAN = /(国民经济和社会发展)?第[一二三四五六七八九十]{1,3}个五年(?:规划|计划)(?:纲要)?(?:和(?:二[〇○OＯ零]三五|2035)年远景目标(?:纲要)?)?(?:的建议|建议)?/g;
/** The longest place form the jurisdiction of a plan is written with (重庆市黔江区 is two). */
const LONGEST_UNIT = 8;

/** Where the places written right before `end` start (重庆市黔江区 → its 重), or `end` if none are. */
function jurisdictionStart(text: string, end: number, lexicon: Lexicon): number {
  let start = end;
  for (let found = true; found; ) {
    found = false;
    for (let length = Math.min(LONGEST_UNIT, start); length >= 2; length--) {
      const form = text.slice(start - length, start);
      if (lexicon.gazetteer.forms.has(form) || lexicon.knownForms.get(form)?.type === 'place') {
        start -= length;
        found = true;
        break;
      }
    }
  }
  return start;
}

/** A party committee proposing a plan: 中共四川省委 or 中共重庆市委员会 right before 关于制定. */
const PROPOSING_BODY = /中共[\u4e00-\u9fff]{2,14}?(?:委员会|委)关于制定$/;
const LONGEST_PROPOSING_BODY = 24;

/** Where the title starts when the plan is the body's proposal (中共四川省委关于制定…的建议): at the body; else `start`. */
function proposingBodyStart(text: string, start: number, formula: string): number {
  if (!formula.endsWith('建议')) return start;
  const before = PROPOSING_BODY.exec(text.slice(Math.max(0, start - LONGEST_PROPOSING_BODY), start));
  return before === null ? start : start - before[0].length;
}

/** Five-year plans named by the formula (FIVE_YEAR_PLAN) outside 《》, with their jurisdiction or 国民经济和社会发展. Type program, source `title`. */
export function planTitleMentions(analysis: AnalyzedSentence, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  const { text } = analysis;
  FIVE_YEAR_PLAN.lastIndex = 0;
  for (let match = FIVE_YEAR_PLAN.exec(text); match !== null; match = FIVE_YEAR_PLAN.exec(text)) {
    const end = match.index + match[0].length;
    const start = proposingBodyStart(text, jurisdictionStart(text, match.index, lexicon), match[0]);
    // Inside 《》 the marks already name it; without a jurisdiction or the formula's field it is an ordinal of plans (第十四个五年规划期间).
    if (text.charAt(start - 1) === '《' || (start === match.index && match[1] === undefined)) continue;
    found.push(mention(analysis, start, end, 'program', 'title'));
  }
  return found;
}
