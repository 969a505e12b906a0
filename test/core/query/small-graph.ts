/**
 * A hand-made graph in the real schema, small enough to know every answer. It mirrors the seed
 * graph's shape: a pair with both a co-occurrence and a typed relation, a directed part_of, an
 * isolated entity, an alias, a quoted slogan.
 */
import { createGraph, type EdgeAttributes, type NodeAttributes, type YuGraph } from '../../../src/core/graph-schema.js';
import { TYPE_COLORS } from '../../../src/core/palette.js';
import type { EntityType, RelationKind } from '../../../src/core/types.js';

const DOC = 'doc_a';

export function node(label: string, type: EntityType, mentions: number, aliases: string[] = []): NodeAttributes {
  return {
    label, type, aliases, mentions, docs: [DOC], sentences: [], x: mentions, y: -mentions,
    size: 2 + mentions / 10, color: TYPE_COLORS[type], community: 0,
  };
}

export function edge(kind: RelationKind, evidence: string[], npmi = 0.25): EdgeAttributes {
  return { kind, weight: evidence.length, npmi: kind === 'cooccurs' ? npmi : 0, evidence };
}

export function smallGraph(): YuGraph {
  const graph = createGraph();
  const sentences: Record<string, { doc: string; start: number; end: number; text: string }> = {};
  const say = (id: number, text: string) => {
    sentences[`${DOC}#${id}`] = { doc: DOC, start: id * 100, end: id * 100 + text.length, text };
    return `${DOC}#${id}`;
  };
  graph.replaceAttributes({ name: 'small', formatVersion: 1, documents: [{ id: DOC, file: `${DOC}.txt`, title: '测试文件' }], sentences });

  graph.addNode('成渝地区双城经济圈', node('成渝地区双城经济圈', 'program', 20, ['双城经济圈']));
  graph.addNode('西部陆海新通道', node('西部陆海新通道', 'program', 9));
  graph.addNode('两江四岸', node('两江四岸', 'project', 8));
  graph.addNode('两江新区', node('两江新区', 'place', 6));
  graph.addNode('渝中区', node('渝中区', 'place', 10));
  graph.addNode('广阳岛', node('广阳岛', 'place', 4));
  graph.addNode('重庆', { ...node('重庆', 'place', 30, ['重庆市']), adcode: '500000' });
  graph.addNode('“两点”定位', node('“两点”定位', 'slogan', 3));
  graph.addNode('孤岛', node('孤岛', 'place', 1));

  const s1 = say(1, '推动成渝地区双城经济圈建设，加快西部陆海新通道建设。');
  const s2 = say(2, '西部陆海新通道与成渝地区双城经济圈联动。');
  const s3 = say(3, '双城经济圈依托西部陆海新通道扩大开放。');
  const s4 = say(4, '推进两江四岸治理提升，渝中区率先示范。');
  const s5 = say(5, '渝中区抓好两江四岸核心区建设。');
  const s6 = say(6, '渝中区位于重庆市中心。');
  const s7 = say(7, '两江新区是重庆的国家级新区。');
  const s8 = say(8, '重庆两江新区开放发展。');
  const s9 = say(9, '重庆广阳岛生态修复。');
  const s10 = say(10, '重庆全力推动成渝地区双城经济圈建设，这是一句特别长的句子，用来检验裁剪证据句子时是否围绕两个名称保留上下文而不是从头截断。');
  const s14 = say(14, '两江四岸延伸至广阳岛。');
  say(15, '牢记“两点”定位。');

  graph.addUndirectedEdgeWithKey('cooccurs:成渝地区双城经济圈|西部陆海新通道', '成渝地区双城经济圈', '西部陆海新通道', edge('cooccurs', [s1, s2, s3], 0.61));
  graph.addUndirectedEdgeWithKey('cooccurs:两江四岸|渝中区', '两江四岸', '渝中区', edge('cooccurs', [s4, s5], 0.42));
  graph.addUndirectedEdgeWithKey('cooccurs:渝中区|重庆', '渝中区', '重庆', edge('cooccurs', [s6], 0.1));
  graph.addDirectedEdgeWithKey('located_in:渝中区>重庆', '渝中区', '重庆', edge('located_in', [s6]));
  graph.addDirectedEdgeWithKey('part_of:两江新区>重庆', '两江新区', '重庆', edge('part_of', [s7, s8]));
  graph.addUndirectedEdgeWithKey('cooccurs:广阳岛|重庆', '广阳岛', '重庆', edge('cooccurs', [s9], 0.05));
  graph.addUndirectedEdgeWithKey('cooccurs:成渝地区双城经济圈|重庆', '成渝地区双城经济圈', '重庆', edge('cooccurs', [s1, s10, 'doc_a#11', 'doc_a#12', 'doc_a#13'], -0.2));
  graph.addUndirectedEdgeWithKey('cooccurs:两江四岸|广阳岛', '两江四岸', '广阳岛', edge('cooccurs', [s14], 0.3));

  graph.forEachNode((id, attributes) => {
    const forms = [attributes.label, ...attributes.aliases];
    graph.setNodeAttribute(id, 'sentences', Object.keys(sentences).filter((sentence) => forms.some((form) => sentences[sentence]?.text.includes(form))));
  });
  return graph;
}
