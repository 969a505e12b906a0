import { beforeAll, describe, expect, it } from 'vitest';
import type { Mention } from '../../src/core/types.js';
import { enumerationMentions } from '../../src/pipeline/mentions/enumerations.js';
import { gazetteerMatcher } from '../../src/pipeline/mentions/gazetteer.js';
import { headWordMatcher } from '../../src/pipeline/mentions/headwords.js';
import { extractMentions, extractors, resolveOverlaps } from '../../src/pipeline/mentions/index.js';
import { propagateNames } from '../../src/pipeline/propagate.js';
import { numeralMentions } from '../../src/pipeline/mentions/numerals.js';
import { quoteMatcher } from '../../src/pipeline/mentions/quotes.js';
import { themedPlaceMatcher } from '../../src/pipeline/mentions/themed-places.js';
import { loadTools } from './segmenter.js';

let tools: ReturnType<typeof loadTools>;
beforeAll(() => {
  tools = loadTools();
});

const surfaces = (mentions: Mention[]) => mentions.map((found) => `${found.surface}/${found.type}`);
/** The whole extractor on one sentence: every signal's candidates, the scorer and its best reading. */
const all = (text: string) => surfaces(extractMentions([tools.analyze(text).sentence], tools.lexicon, tools.segmenter)[0]?.mentions ?? []);

describe('head-word names', () => {
  // The hand rule's left edge: the head-word signal's one strong candidate (the other edges are weak, for the scorer).
  const heads = (text: string) => surfaces(headWordMatcher(tools.lexicon)(tools.analyze(text)).filter((found) => !found.weak));

  it('trims the verb on the left and the verbal noun on the right (seed 000)', () => {
    expect(heads('发挥“三个作用”和推动成渝地区双城经济圈建设等重要指示要求')).toContain('成渝地区双城经济圈/program');
  });

  it('finds names no list contains, of the type their head gives', () => {
    // An innovation zone is built (a project); a pilot or demonstration zone names a policy (a program).
    expect(heads('加快建设两江协同创新区，集聚高端研发机构')).toEqual(['两江协同创新区/project']);
    expect(heads('推进渝北临空经济示范区建设')).toEqual(['渝北临空经济示范区/program']);
    expect(heads('支持长寿经开区与涪陵综保区联动发展')).toEqual(['长寿经开区/project', '涪陵综保区/project']);
    expect(heads('加快建设万州新田港二期工程码头')).toContain('万州新田港二期工程码头/project');
    expect(heads('引进华峰化工集团')).toEqual(['华峰化工集团/organization']);
  });

  it('cuts set phrases of boundary words (全面落实/i) off the name', () => {
    expect(heads('全面落实长江保护法，统筹山水林田湖草系统治理')).toEqual(['长江保护法/program']);
    expect(heads('全面实施河长制、湖长制')).toEqual(['河长制/program', '湖长制/program']);
  });

  it('keeps a word that only starts like a verb (服务业 is not 服务 + 业)', () => {
    expect(heads('开展服务业扩大开放综合试点')).toEqual(['服务业扩大开放综合试点/program']);
  });

  it('does not take a head that modifies the next noun, nor a bare or counted head', () => {
    expect(heads('我们要抢抓战略机遇，保持战略定力')).toEqual([]);
    expect(heads('推动中心城区强核提能级')).toEqual([]);
    expect(heads('实施一批重大项目')).toEqual([]);
    expect(heads('建好两个中心城市')).toEqual([]);
    expect(heads('发挥好两个中心城市带动作用')).toEqual([]);
    // Seed 003 and 001: 精神卫生 is mental health; 行动上 closes 在…上.
    expect(heads('重视精神卫生和心理健康')).toEqual([]);
    expect(heads('始终在思想上政治上行动上同党中央保持高度一致')).toEqual([]);
  });

  it('takes no category made only of qualifiers, but a name with a qualifier in it (seed 001)', () => {
    expect(all('强化重点产业园区合作，加强高能级科创平台建设')).toEqual([]);
    expect(all('打造西部陆海新通道联动发展的战略性枢纽')).not.toContain('战略性枢纽/project');
    expect(all('支持长寿经开区建设重点产业园区')).toEqual(['长寿经开区/project']);
    // 国家重点实验室 is a designation many labs hold, not one lab.
    expect(all('培育国家重点实验室和重庆高新技术产业开发区')).toEqual(['重庆高新技术产业开发区/project']);
  });

  it('takes a named spirit, but not the 精神 of a congress, plenum or document (seed 001)', () => {
    expect(heads('弘扬红岩精神，传承红色基因')).toEqual(['红岩精神/slogan']);
    expect(heads('认识和把握发展规律，发扬斗争精神')).toEqual(['斗争精神/slogan']);
    expect(heads('全面贯彻党的二十大精神，深入贯彻党的十九大和十九届历次全会精神')).toEqual([]);
    expect(heads('深入贯彻中央经济工作会议精神和习近平总书记重要讲话精神')).toEqual([]);
  });

  it('stops at an organization: 国务院 is not part of the programme', () => {
    expect(heads('国务院成渝地区双城经济圈建设规划纲要')).not.toContain('国务院成渝地区双城经济圈/program');
  });
});

describe('quoted names', () => {
  const quotes = (text: string) => quoteMatcher(tools.lexicon)(tools.analyze(text));

  it('fuses a quote with the noun it qualifies and remembers the bare core (seed 000)', () => {
    const [fused] = quotes('坚持“两点”定位、“两地”“两高”目标');
    expect(fused?.surface).toBe('“两点”定位');
    expect(fused?.sameAs).toEqual(['两点']);
    expect(surfaces(quotes('坚持“两点”定位、“两地”“两高”目标'))).toEqual(['“两点”定位/slogan', '“两地”/slogan', '“两高”/slogan']);
  });

  it('types a quote by its head word and skips emphasis', () => {
    expect(surfaces(quotes('深入实施“八项行动计划”，联动全域创新“赋能”'))).toEqual(['“八项行动计划”/program']);
    expect(surfaces(quotes('做好“六稳”工作、落实“六保”任务'))).toEqual(['“六稳”/slogan', '“六保”/slogan']);
  });

  it('offers a place written right before the quote both inside the name and outside it (seed 001)', () => {
    expect(surfaces(quotes('完成长江“十年禁渔”退捕任务'))).toEqual(['“十年禁渔”/program', '长江“十年禁渔”/program']);
    // A quoted new town is typed by its head, as a built zone (the conventions' project).
    expect(surfaces(quotes('对接澳门“横琴新城”发展规划'))).toContain('“横琴新城”/project');
  });
});

describe('numeral slogans', () => {
  const numerals = (text: string) => numeralMentions(tools.analyze(text), tools.lexicon);

  it('finds paired numeral slogans without quotes', () => {
    expect(surfaces(numerals('推动一区两群协调发展，建设两江四岸核心区'))).toEqual(['一区两群/slogan', '两江四岸/slogan']);
  });

  it('ignores quantities and idioms', () => {
    expect(numerals('全面贯彻党的十九大、十九届二中三中四中全会精神')).toEqual([]);
    expect(numerals('一年多来，三次会议一心一意，促进农村一二三产业融合发展')).toEqual([]);
  });

  it('marks counted phrases weak: plain counting until the corpus quotes them', () => {
    const [counted] = numerals('发挥三个作用');
    expect(counted?.surface).toBe('三个作用');
    expect(counted?.weak).toBe(true);
  });
});

describe('enumerations', () => {
  const lists = (text: string) => surfaces(enumerationMentions(tools.analyze(text), tools.lexicon));

  it('types every item by the category, trimming the verb off the first (seed 004)', () => {
    // 领巢9挡自动变速器 is lost: jieba cuts the brand into 领/v 巢/nr, so nothing in it looks named.
    expect(lists('推动博世庆铃氢燃料发动机、比亚迪动力电池、领巢9挡自动变速器等项目建设')).toEqual([
      '博世庆铃氢燃料发动机/project',
      '比亚迪动力电池/project',
    ]);
  });

  it('leaves sectors out: an all-dictionary item names a topic, not a thing', () => {
    expect(lists('加快建设5G、工业互联网、物联网等新基建项目')).toEqual([]);
    expect(lists('促进区块链、大数据、人工智能、云计算等新兴产业项目落地')).toEqual([]);
  });

  it('needs a category with a head word after 等', () => {
    expect(lists('扩大长安、金康、吉利等新能源汽车产销规模')).toEqual([]);
  });
});

describe('gazetteer', () => {
  const places = (text: string) => surfaces(gazetteerMatcher(tools.lexicon)(tools.analyze(text)));

  it('finds full names and whole-word short forms, mapped to the full name', () => {
    const [found] = gazetteerMatcher(tools.lexicon)(tools.analyze('紧密结合渝中实际'));
    expect(found?.sameAs).toEqual(['渝中区']);
    expect(places('完善重庆高新区和北碚、沙坪坝、九龙坡、江津、璧山5个行政区协同联动机制')).toEqual([
      '重庆/place', '北碚/place', '沙坪坝/place', '九龙坡/place', '江津/place', '璧山/place',
    ]);
  });

  it('does not cut a short form out of another word', () => {
    expect(places('围绕成渝中部地区协同发展')).not.toContain('渝中/place');
  });
});

describe('theme + place programmes', () => {
  const themed = (text: string) => surfaces(themedPlaceMatcher(tools.lexicon)(tools.analyze(text)));

  it('names a programme from a theme word and a place, 乡村 or 城市 (seeds 001, 003)', () => {
    expect(themed('平安重庆建设更加有效')).toEqual(['平安重庆/program']);
    expect(themed('倡导全民阅读，建设书香重庆')).toEqual(['书香重庆/program']);
    expect(themed('推进数字乡村建设，打造智慧城市')).toEqual(['数字乡村/program', '智慧城市/program']);
  });

  it('needs both parts whole, and leaves longer names to the other signals', () => {
    expect(themed('身体健康重要')).toEqual([]);
    expect(all('建成数字重庆云平台')).toEqual(['数字重庆云平台/project']);
  });
});

describe('corpus-wide names', () => {
  const corpus = (...texts: string[]) => propagateNames(texts.map((text) => {
    const analysis = tools.analyze(text);
    return { analysis, mentions: resolveOverlaps(extractors(tools.lexicon).flatMap((extract) => extract(analysis))) };
  })).map(({ mentions }) => surfaces(mentions));

  it('finds a quoted name where it is written without quotes (seeds 000 and 001)', () => {
    const [quoted, bare] = corpus('实施更多“川渝通办”事项', '推出两批共210项川渝通办事项');
    expect(quoted).toContain('“川渝通办”/slogan');
    expect(bare).toContain('川渝通办/slogan');
  });

  it('leaves a short quoted slogan alone where it is a plain word', () => {
    const [, plain] = corpus('推动“两高”落地见效', '两高人员');
    expect(plain).toEqual([]);
  });
});

describe('all signals together', () => {
  it('keeps the longest reading of a span', () => {
    expect(all('深度融入共建“一带一路”和长江经济带发展，西部陆海新通道建设上升为国家战略')).toEqual([
      '“一带一路”/program',
      '长江经济带/program',
      '西部陆海新通道/program',
    ]);
  });
});
