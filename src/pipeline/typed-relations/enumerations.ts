import type { EntityType } from '../../core/types.js';
import { headEnding, type Lexicon } from '../lexicon.js';
import type { AnalyzedSentence } from '../mentions/analysis.js';
import { closesKnownWord } from '../mentions/headwords.js';
import { headType } from './head-type.js';
import type { EntityRegistry, PlacedMention } from './registry.js';

/**
 * instance_of from enumerations "A、B和C等W": every listed entity is an instance of W when W is a
 * name of its own — it ends in a head word after a long enough modifier (等国家级开放平台, not
 * 等项目). W becomes a node typed by its head word.
 */

const SEPARATORS = ['、', '以及', '和', '与', '及', '或'];
/** A count between 等 and the category: 等19个国家级开放平台. */
const COUNT = /^(?:[0-9]+|[一二两三四五六七八九十]+)[个家项所座条大批]/;
const MAX_CATEGORY = 12;
const AMOUNT_BOUND = /[万亿]元|以上|以下/;
/**
 * Heads of plans and campaigns. "A、B等重大专项规划" are plans for A and B, not A and B; the items
 * are instances only when they are plans themselves (供给侧结构性改革、…等重点领域改革).
 */
const ACTIVITY_HEAD = /(?:规划|计划|方案|行动|改革|工程|战略)$/;

/** The listed entities that end at `end`, each joined to the next by a separator, in text order. */
function listEndingAt(analysis: AnalyzedSentence, mentions: readonly PlacedMention[], end: number): PlacedMention[] {
  const items: PlacedMention[] = [];
  for (let position = end; ; ) {
    const item = mentions.find((mention) => mention.end === position);
    if (!item) break;
    items.unshift(item);
    const separator = SEPARATORS.find((word) => analysis.text.startsWith(word, item.start - word.length));
    // A conjunction must be a word of its own: 和 in 共和国 joins nothing.
    if (!separator || (separator !== '、' && analysis.tokenAt.get(item.start - separator.length)?.word !== separator)) break;
    position = item.start - separator.length;
  }
  return items;
}

/** Whether `text` starts with a boundary word of two characters or more: its prefixes are looked up, not the word list scanned. */
function opensWithBoundaryWord(text: string, lexicon: Lexicon): boolean {
  for (let length = 2; length <= text.length; length++) if (lexicon.boundaries.has(text.slice(0, length))) return true;
  return false;
}

/** The category after 等: the entity named there, else the shortest run of words a head word ends. */
function categoryAt(analysis: AnalyzedSentence, mentions: readonly PlacedMention[], start: number, lexicon: Lexicon): { end: number; type: EntityType; entity?: string } | undefined {
  const named = mentions.find((mention) => mention.start === start);
  const namedType = named && headType(analysis.text.slice(start, named.end), lexicon);
  if (named && namedType) return { end: named.end, type: namedType, entity: named.entity };
  const { text } = analysis;
  for (let end = start + 1; end <= Math.min(text.length, start + MAX_CATEGORY); end++) {
    // A category is a name: it holds neither punctuation nor 的 (等重点要素市场的改革发展).
    if (!/[\u4e00-\u9fff]/.test(text.charAt(end - 1)) || analysis.tokenAt.get(end - 1)?.tag === 'uj') return undefined;
    const category = text.slice(start, end);
    if (!analysis.boundaries.has(end) || lexicon.stopwords.has(category)) continue;
    // A class bounded by an amount (亿元以上产业项目, 5000万元以上项目) is a threshold, not a name.
    if (AMOUNT_BOUND.test(category)) return undefined;
    if (opensWithBoundaryWord(category, lexicon)) return undefined;
    const type = headType(category, lexicon);
    // 视线 is no line: a head that closes a word jieba knows names no category either.
    const head = headEnding(lexicon, category, 1);
    if (type && !(head && closesKnownWord(analysis, end - head.head.length, end, head))) return { end, type };
  }
  return undefined;
}

export function extractInstances(sentences: readonly AnalyzedSentence[], lexicon: Lexicon, registry: EntityRegistry): void {
  for (const analysis of sentences) {
    const id = analysis.sentence.id;
    const mentions = registry.mentionsIn(analysis.sentence);
    // Each 等 is found in the text and a list must end right before it, before its token is asked
    // for: most sentences have no such 等, and their tokens are then never built (and kept) at all.
    for (let at = analysis.text.indexOf('等'); at >= 0; at = analysis.text.indexOf('等', at + 1)) {
      if (!mentions.some((mention) => mention.end === at)) continue;
      const token = analysis.tokenAt.get(at);
      if (token?.word !== '等' || token.tag !== 'u') continue;
      const items = listEndingAt(analysis, mentions, token.start);
      if (items.length < 2) continue;
      const start = token.end + (COUNT.exec(analysis.text.slice(token.end))?.[0].length ?? 0);
      const category = categoryAt(analysis, mentions, start, lexicon);
      if (!category) continue;
      const activity = ACTIVITY_HEAD.exec(analysis.text.slice(start, category.end))?.[0];
      // A place is an instance of a kind of place only: 重庆与东盟等经贸合作规划 lists partners.
      const instances = items.filter((item) => {
        const entity = registry.get(item.entity);
        return entity !== undefined && (entity.type === 'place') === (category.type === 'place') && (activity === undefined || entity.label.endsWith(activity));
      });
      if (instances.length < 2) continue;
      const span = { sentence: id, start, end: category.end };
      const target = category.entity ?? registry.ensure(span, category.type, 'pattern');
      for (const item of instances) registry.relate('instance_of', item.entity, target, [id]);
    }
  }
}
