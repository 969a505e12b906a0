import type { Mention } from '../../core/types.js';
import type { Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from './analysis.js';
import { mention } from './span.js';
import { Trie } from './trie.js';

/** Besides places, the themes make programmes of these: 数字乡村, 美丽乡村, 智慧城市. */
const THEMED_SETTINGS = ['乡村', '城市'];

/**
 * 平安重庆, 健康中国, 书香重庆, 数字乡村: a theme word followed by a place names a standing programme,
 * not the place. Both parts must be whole words, so 数字重庆云平台 is left to the head words.
 */
export function themedPlaceMatcher(lexicon: Lexicon): (analysis: AnalyzedSentence) => Mention[] {
  const themes = new Trie<true>();
  for (const theme of lexicon.themes) themes.set(theme, true);
  const settings = new Trie<true>();
  for (const [form, known] of lexicon.knownForms) if (known.type === 'place' && form.length >= 2) settings.set(form, true);
  for (const setting of THEMED_SETTINGS) settings.set(setting, true);
  return (analysis) => {
    const found: Mention[] = [];
    const { text } = analysis;
    for (let start = 0; start < text.length; start++) {
      if (!analysis.boundaries.has(start)) continue;
      for (const { end: themeEnd } of themes.matchesAt(text, start)) {
        if (!analysis.boundaries.has(themeEnd)) continue;
        const setting = settings.matchesAt(text, themeEnd).find(({ end }) => analysis.boundaries.has(end));
        if (setting) found.push(mention(analysis, start, setting.end, 'program', 'pattern'));
      }
    }
    return found;
  };
}
