import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mention } from '../../src/core/types.js';
import { runPipeline, type PipelineResult } from '../../src/pipeline/build.js';
import { placeStem } from '../../src/pipeline/gazetteer/china.js';
import { gazetteerMatcher } from '../../src/pipeline/mentions/gazetteer.js';
import { loadTools } from './segmenter.js';

/**
 * The national gazetteer on sentences written for these tests: which forms fire, which units
 * ambiguous names resolve to, the adcodes the graph carries and the part_of chain of the code list.
 */

let tools: ReturnType<typeof loadTools>;
let dirs: string[] = [];
const corpora = new Map<string, PipelineResult>();

async function build(name: string, files: Record<string, string>): Promise<PipelineResult> {
  const dir = mkdtempSync(join(tmpdir(), `yugraph-gazetteer-${name}-`));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return runPipeline([dir]);
}

beforeAll(async () => {
  tools = loadTools();
  corpora.set('sichuan', await build('sichuan', {
    'sichuan.txt': '四川省达州市宣汉县加快建设天然气化工产业园。宣汉县与达州市其他区县协同推进乡村振兴，达州还将承接重庆产业转移。',
  }));
  corpora.set('ningbo', await build('ningbo', {
    'ningbo.txt': '浙江省宁波市积极推进港口建设。江北区加快发展现代服务业，宁波市江北区人民政府出台新措施。宁波继续深化开放合作。',
  }));
  corpora.set('chongqing', await build('chongqing', {
    'chongqing.txt': '重庆市持续推动城市更新。江北区加快建设金融集聚区，江北区与渝中区联动发展。重庆将继续扩大开放。',
  }));
}, 120_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

const node = (corpus: string, id: string) => {
  const entity = corpora.get(corpus)?.entities.find((candidate) => candidate.id === id);
  return entity && corpora.get(corpus)?.graph.getNodeAttributes(entity.id);
};
const partOf = (corpus: string, source: string) =>
  corpora.get(corpus)?.relations.filter((found) => found.kind === 'part_of' && found.source === source).map((found) => found.target) ?? [];

describe('national gazetteer: names', () => {
  it('takes the place word out of official names, nationalities and levels included', () => {
    expect(placeStem('广西壮族自治区')).toBe('广西');
    expect(placeStem('彭水苗族土家族自治县')).toBe('彭水');
    expect(placeStem('凉山彝族自治州')).toBe('凉山');
    // Never a single character: 内蒙古 keeps its 蒙古, 忠县 stays whole.
    expect(placeStem('内蒙古自治区')).toBe('内蒙古');
    expect(placeStem('忠县')).toBe('忠县');
  });

  it('names provinces and prefecture cities without their level, counties and districts with it', () => {
    const forms = tools.lexicon.gazetteer.forms;
    expect(forms.get('四川省')?.name).toBe('四川');
    expect(forms.get('达州市')?.name).toBe('达州');
    expect(forms.get('垫江')?.name).toBe('垫江县');
    expect(forms.get('广西壮族自治区')?.name).toBe('广西');
    // 朝阳 shortens 朝阳区, 朝阳县 and names 朝阳 the city: a short form of several names is no form.
    expect(forms.get('朝阳')?.name).toBe('朝阳');
    expect(forms.has('和平')).toBe(false);
  });
});

describe('national gazetteer: matching', () => {
  const found = (text: string): Mention[] => gazetteerMatcher(tools.lexicon)(tools.analyze(text));
  const strong = (text: string) => found(text).filter((mention) => !mention.weak).map((mention) => mention.surface);

  it('finds a county of another province by its full name, linked to its entity name', () => {
    const [county] = found('会议在达州市宣汉县召开').filter((mention) => mention.surface === '宣汉县');
    expect(county).toMatchObject({ type: 'place', source: 'gazetteer', sameAs: ['宣汉县'] });
    expect(found('会议在达州市宣汉县召开').find((mention) => mention.surface === '达州市')?.sameAs).toEqual(['达州']);
  });

  it('lets a short form stand in a list of places, not alone where it is also a word', () => {
    expect(strong('城口、巫溪、酉阳等县加快发展')).toEqual(['城口', '巫溪', '酉阳']);
    // 长安 the car maker, 江山 "the country", 山城 "mountain city": short forms of 长安区, 江山市, 山城区.
    expect(strong('支持长安汽车新品研发投放')).toEqual([]);
    expect(strong('江山就是人民，人民就是江山')).toEqual([]);
    expect(strong('发扬山城人民的实干精神')).toEqual([]);
  });

  it('never cuts a name out of a longer word', () => {
    expect(found('维护世界和平与发展').map((mention) => mention.surface)).toEqual([]);
    expect(found('推动和平区域合作').map((mention) => mention.surface)).not.toContain('和平区');
  });

  it('finds foreign countries, world regions and blocs', () => {
    const abroad = found('货物经钦州港发往越南，再转运至东南亚和欧洲，并与东盟、德国企业合作');
    const typed = Object.fromEntries(abroad.filter((mention) => !mention.weak).map((mention) => [mention.surface, mention.type]));
    expect(typed).toMatchObject({ 越南: 'place', 东南亚: 'place', 欧洲: 'place', 德国: 'place', 东盟: 'organization' });
  });
});

describe('national gazetteer: adcodes and hierarchy', () => {
  it('gives a county of another province its adcode, and part_of follows the code list', () => {
    expect(node('sichuan', '宣汉县')).toMatchObject({ type: 'place', adcode: '511722' });
    expect(node('sichuan', '达州')).toMatchObject({ type: 'place', adcode: '511700' });
    expect(node('sichuan', '达州')?.aliases).toContain('达州市');
    expect(node('sichuan', '四川')).toMatchObject({ adcode: '510000' });
    expect(partOf('sichuan', '宣汉县')).toEqual(['达州']);
    expect(partOf('sichuan', '达州')).toEqual(['四川']);
  });

  it('cites sentences that name both places for a code-list relation', () => {
    const result = corpora.get('sichuan');
    const relation = result?.relations.find((found) => found.kind === 'part_of' && found.source === '宣汉县');
    const text = new Map(result?.sentences.map((sentence) => [sentence.id, sentence.text]));
    expect(relation?.evidence.length).toBeGreaterThan(0);
    for (const id of relation?.evidence ?? []) expect(text.get(id)).toMatch(/宣汉县[\s\S]*达州|达州[\s\S]*宣汉县/);
  });

  it('resolves a name several provinces share to the one the corpus is about', () => {
    expect(node('ningbo', '江北区')?.adcode).toBe('330205');
    expect(partOf('ningbo', '江北区')).toEqual(['宁波']);
    expect(node('chongqing', '江北区')?.adcode).toBe('500105');
    // A municipality's districts are part of the municipality itself.
    expect(partOf('chongqing', '江北区')).toEqual(['重庆']);
    expect(partOf('chongqing', '渝中区')).toEqual(['重庆']);
  });

  it('leaves foreign places and names outside the code list without an adcode', () => {
    const graph = corpora.get('chongqing')?.graph;
    graph?.forEachNode((_key, attributes) => {
      if (attributes.adcode !== undefined) expect(attributes.adcode).toMatch(/^\d{6}$/);
      if (attributes.type !== 'place') expect(attributes.adcode).toBeUndefined();
    });
  });
});
