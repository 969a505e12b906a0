/**
 * `yugraph explain` as users run it: the compiled CLI in a child process, on a graph of the seeds
 * built by the compiled CLI.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, type CliResult } from './run-cli.js';

interface Related {
  id: string;
  label: string;
  type: string;
  relation: string;
  evidence: { doc: string; sentence: string; text: string }[];
}

interface Explanation {
  query: string;
  entity: { id: string; label: string; type: string; aliases: string[] };
  components: Related[];
  instances: Related[];
  parts: Related[];
}

let dir: string;
let graph: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yugraph-explain-'));
  const built = await runCli(['build', join(ROOT, 'seeds'), '--out', dir, '--quiet']);
  expect(built.code, built.stderr).toBe(0);
  graph = join(dir, 'graph.json');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const explain = (...args: string[]): Promise<CliResult> => runCli(['explain', ...args, '--graph', graph]);

async function explainJson(name: string): Promise<Explanation> {
  const result = await explain(name, '--json');
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Explanation;
}

describe('yugraph explain', () => {
  it('prints what 两高 stands for as JSON, with the sentences that say so', async () => {
    const explanation = await explainJson('两高');
    expect(explanation.entity).toMatchObject({ id: '两高', label: '两高', type: 'slogan' });
    expect(explanation.components.map((component) => component.label)).toEqual(['高质量发展', '高品质生活']);
    for (const component of explanation.components) {
      expect(component).toMatchObject({ type: 'slogan', relation: 'expands_to' });
      expect(component.evidence.every((item) => item.doc !== '' && item.text !== '')).toBe(true);
      expect(component.evidence.some((item) => item.text.includes('推动高质量发展、创造高品质生活'))).toBe(true);
      expect(component.evidence.some((item) => item.text.includes('“两高”'))).toBe(true);
    }
  });

  it('lists components in the order the text spells them out', async () => {
    const explanation = await explainJson('一区两群');
    expect(explanation.components.map((component) => component.label)).toEqual(['主城都市区', '渝东北三峡库区城镇群', '渝东南武陵山区城镇群']);
  });

  it('lists the instances of a category and the parts of a region', async () => {
    const platform = await explainJson('国家级开放平台');
    expect(platform.components).toEqual([]);
    expect(platform.instances.map((instance) => instance.label)).toEqual(expect.arrayContaining(['两江新区', '重庆高新区', '重庆经开区']));
    const region = await explainJson('主城都市区');
    expect(region.parts.map((part) => part.label)).toEqual(expect.arrayContaining(['中心城区', '璧山区']));
    expect(region.parts.every((part) => part.relation === 'part_of')).toBe(true);
  });

  it('prints each component with the sentence that writes it', async () => {
    const result = await explain('一区两群');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('stands for (3):');
    expect(result.stdout).toMatch(/1\. 主城都市区 {2}\(place\)\n {5}“主城都市区，.*” {2}\[002_2628194e4fe465e0#194\]/);
    const pair = await explain('两高');
    expect(pair.stdout).toMatch(/1\. 高质量发展 {2}\(slogan\)/);
  });

  it('fails with suggestions for an unknown name', async () => {
    const close = await explain('芯屏器核');
    expect(close.code).toBe(1);
    expect(close.stdout).toBe('');
    expect(close.stderr).toContain('did you mean');
    expect(close.stderr).toContain('芯屏器核网');
    const unrelated = await explain('完全无关的东西');
    expect(unrelated.code).toBe(1);
    expect(unrelated.stderr).toContain('no entity matches');
  });

  it('needs exactly one name', async () => {
    const result = await runCli(['explain', '--graph', graph]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('usage: yugraph explain');
  });
});
