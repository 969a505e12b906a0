import { isHan } from '../../core/text.js';

/**
 * How a slogan abbreviates what it stands for. A numeral slogan counts its components and names
 * the word they share: paired, 两高 = two things with 高 (高质量发展, 高品质生活) and 一区两群 = one
 * 区 then two 群; counted, 三个作用 = three 作用. A character acronym takes one character per
 * component (芯屏器核网: 芯, 屏, 器, 核, 网).
 */
export interface SloganGroup {
  count: number;
  /** The word every component of the group contains (for an acronym: the component itself). */
  key: string;
}

export interface SloganForm {
  kind: 'paired' | 'counted' | 'acronym';
  groups: SloganGroup[];
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** Measure words of a counted slogan: 三个作用, 三大攻坚战, 八项行动计划. */
const COUNTED = /^(.)[个大项]([\u4e00-\u9fff]{2,4})$/u;
const MAX_KEY = 3;
/** More components than this is a list, not a slogan anyone decodes. */
const MAX_COMPONENTS = 10;
const ACRONYM_LENGTH = { min: 3, max: 6 };

function pairedGroups(core: string): SloganGroup[] | undefined {
  const groups: SloganGroup[] = [];
  for (const char of core) {
    const value = NUMERALS[char];
    const last = groups.at(-1);
    if (value !== undefined) {
      // Two numerals in a row are a number (十三五), not a slogan.
      if (last?.key === '') return undefined;
      groups.push({ count: value, key: '' });
    } else if (!last || !isHan(char) || last.key.length >= MAX_KEY) {
      return undefined;
    } else {
      last.key += char;
    }
  }
  return groups.length > 0 && groups.every((group) => group.key !== '') ? groups : undefined;
}

/** The form of a slogan's core text (without quotes), or undefined when it abbreviates nothing countable. */
export function sloganForm(core: string): SloganForm | undefined {
  const counted = COUNTED.exec(core);
  const count = counted ? NUMERALS[counted[1] ?? ''] : undefined;
  if (counted && count !== undefined) return { kind: 'counted', groups: [{ count, key: counted[2] ?? '' }] };
  const groups = pairedGroups(core);
  // A single component (一区) is decoded only together with the slogan written next to it (“一区”、“两群”).
  if (groups) return componentCount({ kind: 'paired', groups }) <= MAX_COMPONENTS ? { kind: 'paired', groups } : undefined;
  const chars = Array.from(core);
  if (chars.length < ACRONYM_LENGTH.min || chars.length > ACRONYM_LENGTH.max || !chars.every(isHan)) return undefined;
  if (chars.some((char) => NUMERALS[char] !== undefined)) return undefined;
  return { kind: 'acronym', groups: chars.map((char) => ({ count: 1, key: char })) };
}

export function componentCount(form: SloganForm): number {
  return form.groups.reduce((sum, group) => sum + group.count, 0);
}

/** The group key each component position must contain, in order. */
export function keysInOrder(form: SloganForm): string[] {
  // Plain loops: this runs for every slogan occurrence of the corpus, and Array.from({ length }) is slow.
  const keys: string[] = [];
  for (const group of form.groups) for (let i = 0; i < group.count; i++) keys.push(group.key);
  return keys;
}
