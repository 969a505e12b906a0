/**
 * Typed relations (expands_to, instance_of, part_of, located_in) as the pipeline finds them: on the
 * seed documents, and on sentences written for these tests that the seeds do not contain (new
 * slogans, every list shape, and the cases that must not be decoded).
 */
import { foldText } from '../../src/core/text.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typedRelationKey } from '../../src/core/graph-schema.js';
import type { RelationKind, TypedRelationKind } from '../../src/core/types.js';
import { runPipeline, type PipelineResult } from '../../src/pipeline/build.js';
import { sortSentenceIds } from '../../src/pipeline/relations.js';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

/** One document per case, so that no case sees another's lists (decoding looks two sentences around). */
const WRITTEN: Record<string, string> = {
  preceding: '全市要加快建设西部金融中心、国际消费中心城市。“两中心”建设是现代化的重要支撑。',
  parenthesized: '全面做好“六稳”（稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期）工作。',
  counted: '坚决打好防范化解重大风险、精准脱贫、污染防治“三大攻坚战”。',
  numbered: '深入落实“两个坚持”，一个是坚持稳中求进，一个是坚持以人民为中心。',
  walkthrough: '大力发展“光储充”产业。“光”，重点发展光伏组件。“储”，加快新型储能电站建设。“充”，完善充电基础设施。',
  quoted: '习近平总书记提出“推动高质量发展、创造高品质生活”。“两高”要求是中心任务。',
  subject: '全市推动智慧城市、创造美丽城市。“两城”目标深入人心。',
  'count-mismatch': '推动高质量发展、创造高品质生活、实现高水平安全。“两高”目标要求全市上下共同努力。',
  'explained-mismatch': '提出“三高”：高技术、高效益。',
  'repeated-modifier': '加强重点领域、重点行业监管。坚持“两点”要求。',
  'high-emission': '严格控制高耗能、高排放项目新增产能，坚决遏制“两高”项目盲目发展。全市落实“两高”要求。',
  'too-far': '建设智慧之园、生态之园。今年经济运行总体平稳。全市人口保持稳定。消费市场持续回暖。推进“两园”建设。',
  following: '推进“双区”建设。加快建设两江新区、重庆高新区。',
  // 开州 would do as well, but jieba cuts it 开/v 州/n, so the gazetteer never sees the word (a known miss).
  regions: '推动“两翼”协同发展。渝东北，支持万州、云阳加快发展。渝东南，支持黔江、秀山加快发展。主城新区包括璧山、江津和南川等区。',
  lonely: '渝东北，支持梁平加快发展。全市经济稳定增长。',
  categories: '推动华为、小米等项目建设。支持两江新区、重庆高新区等国家级开发区建设。谋划实施重庆与东盟等经贸合作规划。加快编制东部生态城、礼嘉悦来智慧园等重大专项规划。打通珊瑚公园、飞机码头等滨水连廊和视线通廊。黑系智能房车、榆树风电制氢合成氨等220个亿元以上产业项目开工建设。',
};

let seeds: PipelineResult;
let written: PipelineResult;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yugraph-typed-'));
  for (const [name, text] of Object.entries(WRITTEN)) writeFileSync(join(dir, `${name}.txt`), text);
  seeds = await runPipeline([SEEDS]);
  written = await runPipeline([dir]);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The entity a name refers to: its label or one of its aliases (the entity stage picks the label). */
function idOf(result: PipelineResult, name: string): string | undefined {
  return result.entities.find((candidate) => candidate.label === name || candidate.aliases.includes(name))?.id;
}

/** What `name` points to by `kind`; nothing when no entity has that name. */
function targets(result: PipelineResult, kind: TypedRelationKind, name: string): string[] {
  const id = idOf(result, name);
  return result.relations.filter((found) => found.kind === kind && found.source === id).map((found) => found.target).sort();
}

function sources(result: PipelineResult, kind: TypedRelationKind, name: string): string[] {
  const id = idOf(result, name);
  return result.relations.filter((found) => found.kind === kind && found.target === id).map((found) => found.source).sort();
}

function relation(result: PipelineResult, kind: RelationKind, source: string, target: string) {
  const [from, to] = [idOf(result, source), idOf(result, target)];
  return result.relations.find((found) => found.kind === kind && found.source === from && found.target === to);
}

function texts(result: PipelineResult, ids: readonly string[]): string[] {
  return ids.map((id) => result.sentences.find((sentence) => sentence.id === id)?.text ?? '');
}

const sorted = (items: string[]) => [...items].sort();

describe('slogan decoding on the seeds', () => {
  it('decodes 两高 from the sentence that spells it out before abbreviating it', () => {
    expect(targets(seeds, 'expands_to', '两高')).toEqual(sorted(['高质量发展', '高品质生活']));
    const evidence = texts(seeds, relation(seeds, 'expands_to', '两高', '高质量发展')?.evidence ?? []);
    expect(evidence.some((text) => text.includes('推动高质量发展、创造高品质生活'))).toBe(true);
    expect(evidence.some((text) => text.includes('“两高”'))).toBe(true);
  });

  it('decodes 两地 to the two goals, not to the two contents its own sentence lists', () => {
    expect(targets(seeds, 'expands_to', '两地')).toEqual(sorted(['内陆开放高地', '山清水秀美丽之地']));
  });

  it('makes no node of a clause: 三个作用 spells out three clauses, not three names', () => {
    for (const part of targets(seeds, 'expands_to', '三个作用')) expect(part).not.toMatch(/^在推进/);
    expect(seeds.entities.some((entity) => /^在推进.+中发挥/.test(entity.label))).toBe(false);
  });

  it('decodes 一区两群 from the walk-through of its regions, and 一区 and 两群 written apart', () => {
    expect(targets(seeds, 'expands_to', '一区两群')).toEqual(sorted(['主城都市区', '渝东北三峡库区城镇群', '渝东南武陵山区城镇群']));
    expect(targets(seeds, 'expands_to', '一区')).toEqual(['主城都市区']);
    expect(targets(seeds, 'expands_to', '两群')).toEqual(sorted(['渝东北三峡库区城镇群', '渝东南武陵山区城镇群']));
  });

  it('makes no node of one character: 芯屏器核网 is spelled out character by character, and no character is a name', () => {
    expect(targets(seeds, 'expands_to', '芯屏器核网')).toEqual([]);
    expect(seeds.entities.filter((entity) => foldText(entity.label).length < 2).map((entity) => entity.label)).toEqual([]);
  });

  it('makes components that were not entities into entities mentioned where the text spells them out', () => {
    const component = seeds.entities.find((entity) => entity.id === '高质量发展');
    expect(component?.type).toBe('slogan');
    expect(component?.mentions.every((found) => texts(seeds, [found.sentence])[0]?.slice(found.start, found.end) === '高质量发展')).toBe(true);
    expect(seeds.graph.hasNode('芯')).toBe(false);
  });
});

describe('slogan decoding on written sentences', () => {
  it('decodes a new slogan from a list in the sentence before', () => {
    expect(targets(written, 'expands_to', '两中心')).toEqual(sorted(['西部金融中心', '国际消费中心城市']));
  });

  it('decodes from parentheses, from a counted apposition, from 一个是…一个是…, and from a walk-through', () => {
    expect(targets(written, 'expands_to', '六稳')).toEqual(sorted(['稳就业', '稳金融', '稳外贸', '稳外资', '稳投资', '稳预期']));
    expect(targets(written, 'expands_to', '三大攻坚战')).toEqual(sorted(['防范化解重大风险', '精准脱贫', '污染防治']));
    expect(targets(written, 'expands_to', '两个坚持')).toEqual(sorted(['坚持稳中求进', '坚持以人民为中心']));
    // 光储充 spells out single characters: no node for any of them.
    expect(targets(written, 'expands_to', '光储充')).toEqual([]);
  });

  it('trims the clause around the first item: a quote, a subject, a verb', () => {
    expect(targets(written, 'expands_to', '两城')).toEqual(sorted(['智慧城市', '美丽城市']));
    const evidence = relation(written, 'expands_to', '两高', '高质量发展')?.evidence ?? [];
    expect(evidence.some((id) => id.startsWith('quoted#'))).toBe(true);
  });

  it('does not decode with a list whose length is not the numeral', () => {
    const evidence = ['高质量发展', '高品质生活'].flatMap((component) => relation(written, 'expands_to', '两高', component)?.evidence ?? []);
    expect(evidence.filter((id) => id.startsWith('count-mismatch#'))).toEqual([]);
    expect(targets(written, 'expands_to', '三高')).toEqual([]);
  });

  it('does not take a key character that only sits in a repeated modifier', () => {
    expect(targets(written, 'expands_to', '两点')).toEqual([]);
  });

  it('keeps “两高”项目 (high energy use, high emission) apart from the 两高 of 高质量发展 and 高品质生活', () => {
    expect(targets(written, 'expands_to', '两高')).toEqual(sorted(['高质量发展', '高品质生活']));
    const decodingSentences = written.relations.filter((found) => found.kind === 'expands_to').flatMap((found) => found.evidence);
    expect(decodingSentences.filter((id) => id.startsWith('high-emission#'))).toEqual([]);
    expect(written.entities.some((entity) => /耗能|排放/.test(entity.label) && written.relations.some((found) => found.kind === 'expands_to' && found.target === entity.id))).toBe(false);
  });

  it('looks no further than two sentences, and not at plain lists after the slogan', () => {
    expect(targets(written, 'expands_to', '两园')).toEqual([]);
    expect(targets(written, 'expands_to', '双区')).toEqual([]);
  });
});

describe('instance_of', () => {
  it('makes every platform of the seeds’ enumeration an instance of 国家级开放平台', () => {
    const platforms = sources(seeds, 'instance_of', '国家级开放平台');
    for (const name of ['中新互联互通项目', '重庆自由贸易试验区', '两江新区', '西部（重庆）科学城', '重庆高新区', '重庆经开区']) {
      expect(platforms, name).toContain(idOf(seeds, name) ?? name);
    }
    expect(seeds.entities.find((entity) => entity.id === '国家级开放平台')?.type).toBe('project');
  });

  it('adds the category as a node typed by its head word', () => {
    expect(sources(written, 'instance_of', '国家级开发区')).toEqual(sorted(['两江新区', '重庆高新区']));
    expect(written.entities.find((entity) => entity.id === '国家级开发区')?.type).toBe('project');
  });

  it('needs a category that is a name, of the items’ kind (not 滨水连廊和视线, whose 线 closes 视线, nor a class bounded by an amount)', () => {
    const categories = written.relations.filter((found) => found.kind === 'instance_of').map((found) => found.target);
    expect([...new Set(categories)]).toEqual(['国家级开发区']);
  });
});

describe('part_of and located_in', () => {
  it('keeps the gazetteer hierarchy: districts in the municipality, landmarks in their district', () => {
    expect(relation(seeds, 'part_of', '渝中区', '重庆')).toBeDefined();
    expect(relation(seeds, 'located_in', '解放碑', '渝中区')).toBeDefined();
  });

  it('cites for a gazetteer relation the sentences that name both places, where there are any', () => {
    const textOf = new Map(seeds.sentences.map((sentence) => [sentence.id, sentence.text]));
    const evidence = relation(seeds, 'part_of', '渝中区', '重庆')?.evidence ?? [];
    expect(evidence.length).toBeGreaterThan(0);
    for (const id of evidence) expect(textOf.get(id)).toMatch(/渝中[\s\S]*重庆|重庆[\s\S]*渝中/);
    // No sentence of the seeds names 解放碑 with 渝中区: its own sentences stand in.
    for (const id of relation(seeds, 'located_in', '解放碑', '渝中区')?.evidence ?? []) expect(textOf.get(id)).toContain('解放碑');
  });

  it('links the 一区两群 regions to the districts and counties their paragraphs name', () => {
    expect(sources(seeds, 'part_of', '主城都市区')).toEqual(expect.arrayContaining(['中心城区', '璧山区', '江津区', '永川区', '荣昌区']));
    expect(sources(seeds, 'part_of', '渝东北三峡库区城镇群')).toEqual(expect.arrayContaining(['万州区', '城口县']));
    expect(sources(seeds, 'part_of', '渝东南武陵山区城镇群')).toEqual(expect.arrayContaining(['黔江区', '彭水苗族土家族自治县']));
    // The river its paragraph names runs through the region; it is no part of it.
    expect(relation(seeds, 'part_of', '乌江', '渝东南武陵山区城镇群')).toBeUndefined();
  });

  it('reads members off a walk-through of regions and off 包括, but not off a single heading', () => {
    expect(sources(written, 'part_of', '渝东北')).toEqual(sorted(['万州区', '云阳县']));
    expect(sources(written, 'part_of', '渝东南')).toEqual(sorted(['秀山土家族苗族自治县', '黔江区']));
    // 南川 after 和 is a borderline candidate for the scorer (a known miss); no member may be wrong.
    const newDistricts = sources(written, 'part_of', '主城新区');
    expect(newDistricts).toEqual(expect.arrayContaining(['江津区', '璧山区']));
    for (const member of newDistricts) expect(['南川区', '江津区', '璧山区']).toContain(member);
    expect(relation(written, 'part_of', '梁平区', '渝东北')).toBeUndefined();
  });

  it('locates a name where its place prefix or bracketed place says, when the prefix is a place', () => {
    expect(relation(seeds, 'located_in', '重庆高新区', '重庆')).toBeDefined();
    expect(relation(seeds, 'located_in', '西部（重庆）科学城', '重庆')).toBeDefined();
    // A plan is Chongqing's, not in it.
    expect(targets(seeds, 'located_in', '重庆英才计划')).toEqual([]);
    // An airport is named for the city it serves: 江北机场 lies in 渝北区, not 江北区.
    expect(targets(seeds, 'located_in', '江北机场')).toEqual([]);
    expect(relation(seeds, 'located_in', '重庆第二国际机场', '重庆')).toBeDefined();
  });
});

describe('every typed relation', () => {
  it('links two distinct entities, once per ordered pair, with sorted evidence from the corpus', () => {
    for (const result of [seeds, written]) {
      const ids = new Set(result.entities.map((entity) => entity.id));
      const sentences = new Set(result.sentences.map((sentence) => sentence.id));
      const pairs = new Set<string>();
      for (const found of result.relations) {
        if (found.kind === 'cooccurs') continue;
        expect(ids.has(found.source) && ids.has(found.target) && found.source !== found.target).toBe(true);
        expect(found.evidence.length).toBeGreaterThan(0);
        expect(found.evidence.every((id) => sentences.has(id))).toBe(true);
        expect(found.evidence).toEqual(sortSentenceIds(found.evidence));
        const pair = `${found.source}>${found.target}`;
        expect(pairs.has(pair)).toBe(false);
        pairs.add(pair);
      }
    }
  });

  it('is a directed edge of the graph, weighted by its evidence', () => {
    const typed = seeds.relations.filter((found) => found.kind !== 'cooccurs');
    for (const found of typed) {
      const key = typedRelationKey(found.kind, found.source, found.target);
      expect(seeds.graph.getEdgeAttributes(key)).toMatchObject({ kind: found.kind, weight: found.evidence.length, evidence: found.evidence });
      expect(seeds.graph.isDirected(key)).toBe(true);
    }
    expect(typed.length).toBeGreaterThan(0);
  });
});
