import type { Mention } from '../../core/types.js';
import type { Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from './analysis.js';
import { mention } from './span.js';
import { Trie } from './trie.js';

/** Besides places, the themes make programmes of these: 数字乡村, 美丽乡村, 智慧城市. */
const THEMED_SETTINGS = ['乡村', '城市'];

/**
 * A vision of a jurisdiction's future, in the formula the provinces share since 2022: 现代化新重庆,
 * 社会主义现代化新湖南, 现代化美好安徽, 新时代新征程新重庆. It is a slogan, written before a place.
 */
const VISION_BEFORE = /(?:(?:社会主义)?现代化(?:新|美好|美丽|幸福)|新时代新征程新)$/;
const LONGEST_VISION = '社会主义现代化美好'.length;
const VISION_LAST = new Set(['新', '好', '丽', '福']);

/**
 * A cheap test before the pattern: every vision ends in one of VISION_LAST and holds 现代化 or 新征程
 * within reach (新 alone is in every other word of a report).
 */
function mayEndVision(text: string, start: number): boolean {
  if (!VISION_LAST.has(text.charAt(start - 1))) return false;
  const from = start - LONGEST_VISION;
  return text.lastIndexOf('现代化', start - 2) >= from || text.lastIndexOf('新征程', start - 2) >= from;
}

/** Every place form of two characters or more, the gazetteer's and the lexicon's: built once per lexicon, as extraction asks per document. */
const placeTries = new WeakMap<Lexicon, Trie<true>>();

function placeTrie(lexicon: Lexicon): Trie<true> {
  let places = placeTries.get(lexicon);
  if (places === undefined) {
    places = new Trie<true>();
    for (const form of lexicon.gazetteer.forms.keys()) if (form.length >= 2) places.set(form, true);
    for (const [form, known] of lexicon.knownForms) if (known.type === 'place' && form.length >= 2) places.set(form, true);
    placeTries.set(lexicon, places);
  }
  return places;
}

/**
 * 平安重庆, 健康中国, 书香重庆, 数字乡村: a theme word followed by a place names a standing programme,
 * not the place. Both parts must be whole words, so 数字重庆云平台 is left to the head words.
 * A vision (VISION_BEFORE) before a place, a county's short form too (现代化新武隆), names a slogan.
 */
export function themedPlaceMatcher(lexicon: Lexicon): (analysis: AnalyzedSentence) => Mention[] {
  const themes = new Trie<true>();
  for (const theme of lexicon.themes) themes.set(theme, true);
  const settings = new Trie<true>();
  for (const [form, known] of lexicon.knownForms) if (known.type === 'place' && form.length >= 2) settings.set(form, true);
  for (const setting of THEMED_SETTINGS) settings.set(setting, true);
  const places = placeTrie(lexicon);
  return (analysis) => {
    const found: Mention[] = [];
    const { text } = analysis;
    for (let start = 0; start < text.length; start++) {
      if (!analysis.boundaries.has(start)) continue;
      const vision = mayEndVision(text, start) ? VISION_BEFORE.exec(text.slice(Math.max(0, start - LONGEST_VISION), start)) : null;
      const place = vision ? places.matchesAt(text, start).find(({ end }) => analysis.boundaries.has(end)) : undefined;
      if (vision && place) found.push(mention(analysis, start - vision[0].length, place.end, 'slogan', 'pattern'));
      for (const { end: themeEnd } of themes.matchesAt(text, start)) {
        if (!analysis.boundaries.has(themeEnd)) continue;
        const setting = settings.matchesAt(text, themeEnd).find(({ end }) => analysis.boundaries.has(end));
        if (setting) found.push(mention(analysis, start, setting.end, 'program', 'pattern'));
      }
    }
    return found;
  };
}
