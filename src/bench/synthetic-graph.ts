import { cooccurrenceKey, type YuGraph } from '../core/graph-schema.js';
import { ENTITY_TYPES, type Entity, type EntityType, type Relation, type Sentence, type TypedRelationKind } from '../core/types.js';
import { assembleGraph } from '../pipeline/assemble.js';
import { seededRandom } from '../pipeline/layout.js';
import { sentenceId } from '../core/sentence-id.js';

/**
 * A deterministic synthetic graph in the real file format, for measuring the explorer at a scale
 * the seed corpus does not reach. It is made the way the pipeline makes one: sentences mention a
 * few entities, and every pair in a sentence co-occurs. Entities fall into communities of
 * decreasing size; a sentence draws mostly from one community and favours its first members, so
 * hubs emerge; a few percent of links are typed relations. Each community is laid out as a
 * Gaussian cluster (ForceAtlas2 on 100k edges would take longer than the whole bench). Everything
 * goes through the pipeline's assembleGraph, so sizes, colours, npmi and key order are a real build's.
 *
 * The first entity, the largest hub, sits at the centre of the layout's extent: that is the
 * centre of sigma's viewport before any camera move, where the bench hovers it.
 */

/** BMP Han characters only, so splitting by code point is safe. */
const HAN = Array.from('渝江川山城乡岸新东西南北中长嘉陵巴蜀科技产业数字智能绿色开放创新生态文化旅游交通物流金融医疗教育农业水利能源港口航空铁路公路');
const SUFFIXES: Record<EntityType, string[]> = {
  place: ['区', '县', '镇', '街道', '片区'],
  program: ['计划', '工程', '行动', '战略'],
  project: ['项目', '园区', '基地', '中心'],
  slogan: ['发展', '建设', '振兴'],
  organization: ['委员会', '局', '办公室', '集团'],
};
const VERBS = ['推进', '加快建设', '支持', '统筹', '深化'];
const TYPED_KINDS: TypedRelationKind[] = ['expands_to', 'instance_of', 'part_of', 'located_in'];
const COMMUNITIES = 120;
const SENTENCES_PER_DOCUMENT = 400;
const TYPED_SHARE = 0.03;
/** Share of a sentence's entities drawn from any community rather than the sentence's own. */
const BRIDGE_SHARE = 0.15;
const round = (value: number) => Math.round(value * 100) / 100;

interface Node {
  entity: Entity;
  community: number;
  /** Ids of the sentences that mention the entity, in document order. */
  sentences: string[];
}

export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 7): YuGraph {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

  // Community k gets a share ∝ 1/(k+2); the rounding remainder goes to the largest.
  const harmonic = Array.from({ length: COMMUNITIES }, (_, k) => 1 / (k + 2));
  const total = harmonic.reduce((sum, share) => sum + share, 0);
  const sizes = harmonic.map((share) => Math.max(1, Math.floor((share / total) * nodeCount)));
  sizes[0] = (sizes[0] ?? 0) + nodeCount - sizes.reduce((sum, size) => sum + size, 0);

  const labels = new Set<string>();
  const nodes: Node[] = [];
  const members = sizes.map((size, community) => Array.from({ length: size }, () => {
    const type = pick(ENTITY_TYPES);
    let label: string;
    do label = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(HAN)).join('') + pick(SUFFIXES[type]);
    while (labels.has(label));
    labels.add(label);
    // Every fifth entity also goes by a longer name, as “重庆…” forms do in the corpus.
    const aliases = nodes.length % 5 === 0 ? [`重庆${label}`] : [];
    const node: Node = { entity: { id: label, label, type, aliases, mentions: [], docs: [] }, community, sentences: [] };
    nodes.push(node);
    return node;
  }));
  // Cubing a uniform draw piles choices onto a community's first members: its hubs.
  const member = (community: number): Node => {
    const list = members[community] ?? [];
    return list[Math.floor(list.length * random() ** 3)] ?? pick(nodes);
  };
  const anyCommunity = () => pick(nodes).community;

  const sentences: Sentence[] = [];
  const cooccurrences = new Map<string, { source: string; target: string; evidence: string[] }>();
  const typedCount = Math.round(edgeCount * TYPED_SHARE);
  let offset = 0;
  /** A sentence mentioning `mentioned`; its new pairs become co-occurrences until there are enough. */
  const say = (mentioned: Node[]): string => {
    const unique = [...new Set(mentioned)];
    const index = sentences.length % SENTENCES_PER_DOCUMENT;
    const doc = `synthetic_${String(Math.floor(sentences.length / SENTENCES_PER_DOCUMENT)).padStart(4, '0')}`;
    // Ids are made in document order, so every list of them below is sorted as the format requires.
    const id = sentenceId(doc, index);
    const text = `${pick(VERBS)}${unique.map((node) => node.entity.label).join('、')}协同发展。`;
    if (index === 0) offset = 0;
    sentences.push({ id, doc, index, text, cleanStart: offset, start: offset, end: offset + text.length });
    offset += text.length;
    for (const node of unique) node.sentences.push(id);
    for (const [i, a] of unique.entries()) {
      for (const b of unique.slice(i + 1)) {
        // Co-occurrence is unordered: the pipeline records it with source < target.
        const [source, target] = a.entity.id < b.entity.id ? [a.entity.id, b.entity.id] : [b.entity.id, a.entity.id];
        const key = cooccurrenceKey(source, target);
        const pair = cooccurrences.get(key);
        if (pair) pair.evidence.push(id);
        else if (cooccurrences.size < edgeCount - typedCount) cooccurrences.set(key, { source, target, evidence: [id] });
      }
    }
    return id;
  };

  // Every entity is mentioned at least once: in pairs, with a hub of its community (or of the largest, if alone).
  for (const [community, list] of members.entries()) {
    for (let rank = 0; rank < list.length; rank += 2) {
      const [first, second] = list.slice(rank, rank + 2);
      if (!first) continue;
      let hub: Node;
      do hub = member(list.length > 1 ? community : 0);
      while (hub === first);
      say([first, second ?? hub, hub]);
    }
  }
  const typed: Relation[] = [];
  const typedPairs = new Set<string>();
  while (typed.length < typedCount) {
    const [source, target] = [member(anyCommunity()), member(anyCommunity())];
    const key = cooccurrenceKey(source.entity.id, target.entity.id);
    if (source === target || typedPairs.has(key)) continue;
    typedPairs.add(key);
    typed.push({ kind: pick(TYPED_KINDS), source: source.entity.id, target: target.entity.id, evidence: [say([source, target])] });
  }
  // Two to six entities a sentence, mostly few.
  while (cooccurrences.size < edgeCount - typedCount) {
    const community = anyCommunity();
    say(Array.from({ length: 2 + Math.floor(random() ** 2 * 5) }, () => member(random() < BRIDGE_SHARE ? anyCommunity() : community)));
  }

  for (const { entity, sentences: ids } of nodes) {
    entity.mentions = ids.map((sentence) => ({ sentence, start: 0, end: entity.label.length, surface: entity.label, type: entity.type, source: 'gazetteer' }));
    entity.docs = [...new Set(ids.map((id) => id.slice(0, id.lastIndexOf('#'))))];
  }
  const documents = [...new Set(sentences.map((sentence) => sentence.doc))].map((id) => ({ id, file: `${id}.txt`, title: `合成文件 ${id}` }));
  const relations: Relation[] = [...[...cooccurrences.values()].map((pair) => ({ kind: 'cooccurs' as const, ...pair })), ...typed];
  const graph = assembleGraph({ name: 'synthetic', documents, sentences, entities: nodes.map((node) => node.entity), relations });

  // Communities sit on a disk of clusters; each cluster's spread grows with its size.
  const radius = 40 * Math.sqrt(nodeCount);
  const centres = sizes.map((size) => {
    const angle = 2 * Math.PI * random();
    const distance = radius * Math.sqrt(random());
    return { x: distance * Math.cos(angle), y: distance * Math.sin(angle), spread: 12 * Math.sqrt(size) };
  });
  const positions = new Map(nodes.map(({ entity, community }) => {
    const { x, y, spread } = centres[community] ?? { x: 0, y: 0, spread: 0 };
    return [entity.id, { x: round(x + spread * gaussian()), y: round(y + spread * gaussian()), community }];
  }));
  const [hub] = nodes;
  if (hub) {
    positions.delete(hub.entity.id);
    const extent = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
    for (const { x, y } of positions.values()) {
      extent.minX = Math.min(extent.minX, x);
      extent.maxX = Math.max(extent.maxX, x);
      extent.minY = Math.min(extent.minY, y);
      extent.maxY = Math.max(extent.maxY, y);
    }
    positions.set(hub.entity.id, { x: round((extent.minX + extent.maxX) / 2), y: round((extent.minY + extent.maxY) / 2), community: 0 });
  }
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...positions.get(node) }));
  return graph;
}
