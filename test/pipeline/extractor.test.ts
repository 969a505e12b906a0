import { beforeAll, describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/types.js';
import { foldText } from '../../src/core/text.js';
import { buildEntities } from '../../src/pipeline/entities.js';
import { extractCandidates, extractMentions } from '../../src/pipeline/mentions/index.js';
import { shapedCandidates } from '../../src/pipeline/scorer/score.js';
import { propagateNames } from '../../src/pipeline/propagate.js';
import { loadTools } from './segmenter.js';

/**
 * The extractor as the build runs it (every signal's candidates → the learned scorer → the name-shape
 * rules → one best reading), one test per kind of error the extraction issue names, on sentences
 * written for these tests rather than taken from the seeds.
 */

let tools: ReturnType<typeof loadTools>;
beforeAll(() => {
  tools = loadTools();
});

const sentencesOf = (texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ id: `t#${index}`, doc: 't', index, text, cleanStart: 0, start: 0, end: text.length }));
const names = (...texts: string[]): string[] =>
  extractMentions(sentencesOf(texts), tools.lexicon, tools.segmenter).flatMap(({ mentions }) => mentions.map((found) => `${found.surface}/${found.type}`));
const entities = (...texts: string[]) =>
  buildEntities(propagateNames(extractMentions(sentencesOf(texts), tools.lexicon, tools.segmenter)), tools.lexicon, tools.segmenter);
/** The candidates of `texts` that the name-shape rules let through to the scorer, as surfaces. */
const offeredIn = (...texts: string[]): string[] =>
  extractCandidates(sentencesOf(texts), tools.lexicon, tools.segmenter).flatMap((sentence) => shapedCandidates(sentence, tools.lexicon).map(({ candidate }) => candidate.mention.surface));

describe('1. a generic phrase is a kind, not a name', () => {
  it('takes no head word whose modifier only counts, ranks or scopes', () => {
    expect(names('今年共安排第四期项目和十大工程，新建首家绿色银行和340个项目。')).toEqual([]);
    expect(names('区里安排了第三期项目和八大工程，引进首家外资银行和120个项目。')).toEqual([]);
    expect(names('全区建设市级物流园区和国际性会展中心，打造综合性服务平台。')).toEqual([]);
    // A count that jieba writes as a number and its measure (102/m 项/n) counts all the same.
    expect(names('纳入国家102项重大工程，新增省级20项重点工程。')).toEqual([]);
  });

  it('takes no arrangement (机制, 制度, 政策, 改革) that everyday words qualify, but a quoted or numbered one', () => {
    expect(names('区里将完善人才评价机制、容错纠错机制和就业优先政策，深化科技体制改革。')).toEqual([]);
    expect(names('县里健全联席会议制度和定期走访机制，落实就业帮扶政策。')).toEqual([]);
    expect(names('全面推行“林长制”。')).toEqual(['“林长制”/program']);
  });

  it('needs no anchor before a head that marks a name by itself (…博会)', () => {
    // The rules offer all three; the scorer weighs the last, a word jieba knows as an abbreviation (农博会/j), near its threshold.
    expect(offeredIn('办好酒博会、茶博会和农博会。')).toEqual(expect.arrayContaining(['酒博会', '茶博会', '农博会']));
    expect(names('办好酒博会、茶博会和农博会。')).toEqual(expect.arrayContaining(['酒博会/project', '茶博会/project']));
  });

  it('reads a local place name that jieba cuts into everyday words as an anchor (钓鱼/n 城/n, 光明/n 村/zg)', () => {
    expect(names('推进钓鱼城遗址保护。')).toEqual(['钓鱼城遗址/place']);
    expect(names('建设光明村车站。')).toEqual(['光明村车站/project']);
  });

  it('reads a toponym that jieba splits unevenly (铁/n 峰山/n) as an anchor, but no hub named by a sector (汽车港)', () => {
    expect(names('歌乐山隧道和铁峰山隧道全线贯通。')).toEqual(['歌乐山隧道/project', '铁峰山隧道/project']);
    expect(names('建设汽车港、数字港和金融港。')).toEqual([]);
  });

  it('keeps a name whose modifier has an anchor: a place, a brand, digits', () => {
    expect(names('加快长安汽车新能源基地建设。')).toContain('长安汽车新能源基地/project');
    expect(names('建设3D打印产业园和5G网络建设工程。')).toEqual(['3D打印产业园/project', '5G网络建设工程/program']);
  });
});

describe('2. a name never starts with a verb, preposition, reporting frame or time word', () => {
  it('leaves the verb and the reporting frame outside', () => {
    expect(names('受区人民政府委托，现将情况报告如下。')).toEqual(['区人民政府/organization']);
    expect(names('受市人民政府委托，我向大会报告工作。')).toEqual(['市人民政府/organization']);
    // The frame's preposition stays out even where jieba glues it to the body's level (从市/x).
    expect(names('记者从市交通局获悉，渝万高铁即将开工。')).toEqual(['市交通局/organization', '渝万高铁/project']);
    expect(names('记者从省文化和旅游厅获悉，黄山风景区客流创新高。')).toContain('省文化和旅游厅/organization');
    // A locating verb ends a name on its left (该项目位于…).
    for (const name of names('该项目位于天府国际生物城，总投资50亿元。')) expect(name).not.toMatch(/位于/);
  });

  it('leaves out a verb that governs the name as its object, listed or not, and 经 before an approving body', () => {
    for (const name of names('优化职责体系，实行政府权责清单制度。', '各地推行河湖长制和林长制。')) expect(name).not.toMatch(/^(?:实行|推行)/);
    // A campaign is named by what it does, and keeps its verb.
    expect(names('开展保护母亲河行动。')).toEqual(['保护母亲河行动/program']);
    // A battle is named by what it defends or takes: the verb before it is the clause's, whatever jieba tags the object.
    expect(names('全力打赢新冠肺炎疫情保卫战。')).toEqual(['新冠肺炎疫情保卫战/program']);
    expect(names('坚决打赢农村人居环境整治攻坚战。')).toEqual(['农村人居环境整治攻坚战/program']);
    expect(names('打好防范化解重大风险攻坚战。')).toEqual(['防范化解重大风险攻坚战/program']);
    // …and a verb right after the clause's own verb is the act the battle is named by.
    expect(names('打好化解政府债务攻坚战。')).toEqual(['化解政府债务攻坚战/program']);
    expect(names('经市人民政府同意，现予印发。')).toEqual(['市人民政府/organization']);
    expect(names('本方案经湖北省人民政府批准后实施。')).toContain('湖北省人民政府/organization');
  });

  it('keeps a time word that qualifies rather than dates (新一代, 五年)', () => {
    expect(names('积极创建国家新一代信息技术创新发展试验区。')).toEqual(['国家新一代信息技术创新发展试验区/program']);
  });

  it('leaves time words and prepositions outside', () => {
    const found = names('沿嘉陵江推动绿色发展，如期打赢脱贫攻坚战。');
    expect(found).toContain('嘉陵江/place');
    for (const name of found) expect(name).not.toMatch(/^(?:沿|如期|打赢)/);
    for (const found of names('未来五年，我们将搭建成渝科技创新平台。', '未来十五年，我们将畅通长江黄金水道。')) {
      expect(found).not.toMatch(/^(?:未来|我们|搭建|畅通)/);
    }
  });

  it('offers the scorer no clause of a name and its verb (宜宾打造…)', () => {
    const [sentence] = extractCandidates(sentencesOf(['推动宜宾打造区域经济中心、科技中心。']), tools.lexicon, tools.segmenter);
    const offered = sentence ? shapedCandidates(sentence, tools.lexicon).map(({ candidate }) => candidate.mention.surface) : [];
    expect(offered).toContain('区域经济中心');
    expect(offered.filter((surface) => surface.includes('宜宾打造'))).toEqual([]);
  });

  it('leaves a request (请, 连同) outside, and offers no place, body or project with a year inside', () => {
    expect(names('请连同本区十四五规划纲要(草案)一并审议。').filter((name) => name.startsWith('请'))).toEqual([]);
    const [sentence] = extractCandidates(sentencesOf(['重庆市渝北区人民政府2024年政府信息公开工作年度报告']), tools.lexicon, tools.segmenter);
    const offered = sentence ? shapedCandidates(sentence, tools.lexicon).map(({ candidate }) => candidate.mention) : [];
    expect(offered.filter((found) => found.type !== 'program' && found.surface.includes('2024年')).map((found) => found.surface)).toEqual([]);
  });

  it('reads a single dash between two parts as inside the name, a doubled one as outside', () => {
    expect(names('第三届中国—东盟博览会在南宁开幕。').some((name) => name.endsWith('中国—东盟博览会/project'))).toBe(true);
    for (const name of names('全省最长的跨海大桥——金塘大桥建成通车。')) expect(name).not.toContain('—');
  });

  it('takes no head word that ends a place’s own name (港 of 防城港)', () => {
    expect(names('推动防城港和连云港协同发展。')).toEqual(['防城港/place', '连云港/place']);
  });

  it('reads 至 between two places as a route inside the name, not as a preposition', () => {
    expect(names('启动建设西宁至成都铁路，建成银川至西安高铁。')).toEqual(['西宁至成都铁路/project', '银川至西安高铁/project']);
    for (const found of names('从重庆至成都的班列每天开行。')) expect(found).not.toContain('至');
  });

  it('leaves a relative position or time (以前, 之后, 此外) outside', () => {
    for (const found of names('以前李家沱站只是一个小站。', '此后长江大桥改造工程全面启动。', '之后杨家坪商圈持续升级。')) {
      expect(found).not.toMatch(/^(?:以前|此后|之后)/);
    }
  });

  it('offers no place or body that runs from a report’s frame or a time into a known body or a place', () => {
    const found = [
      ...offeredIn('2026年政府工作报告重庆市渝北区人民政府'),
      ...offeredIn('在湖南省第十四届人民代表大会第三次会议上湖南省人民政府省长作报告。'),
      ...offeredIn('到本世纪中叶现代化粤港澳大湾区全面建成。'),
    ];
    for (const surface of found) expect(surface).not.toMatch(/^(?:报告|工作|会议上|上|现代化)/);
    // A place is named after the places it holds: a plain word before the first of them is no part of it.
    for (const text of ['过渡时期重庆都市圈发展迈上新台阶。', '现代化国际化重庆都市圈加快形成。']) expect(names(text)).toContain('重庆都市圈/place');
    // …but a zone's part is named after the zone, brackets and all.
    expect(names('中国（广西）自由贸易试验区崇左片区新增市场主体1.2万户。')).toContain('中国（广西）自由贸易试验区崇左片区/place');
    expect(names('海宁市获批国家城乡融合发展试验区浙江嘉湖片区。')).toContain('国家城乡融合发展试验区浙江嘉湖片区/place');
    // A slogan before a place, body or project is the clause's verb phrase (develop with high quality …).
    expect(names('高质量发展重庆高新区。')).toEqual(['高质量发展/slogan', '重庆高新区/project']);
    expect(names('高质量发展贵安新区。')).toEqual(['高质量发展/slogan', '贵安新区/project']);
    // A body is named by its term, never by a session: what runs through 第二次 is a report's opening.
    expect(names('广东省人民政府省长在广东省第十四届人民代表大会第二次会议上作政府工作报告。').filter((name) => name.endsWith('/organization'))).toEqual(['广东省人民政府/organization']);
    // What a body's name opens with is its jurisdiction, or the party: those stay.
    expect(names('四川省广安市人民政府、中共湖南省委联合发文。')).toEqual(expect.arrayContaining(['四川省广安市人民政府/organization', '中共湖南省委/organization']));
  });

  it('leaves a round (新一轮, 新一批) outside', () => {
    for (const found of names('高水平编制新一轮前海总体发展规划。', '抓住新一轮西部大开发机遇，公布新一批特色小镇。')) expect(found).not.toMatch(/^新一[轮批]/);
  });
});

describe('3. a name is not cut at 和 or 的', () => {
  it('takes two nouns joined by 和 whole', () => {
    expect(offeredIn('编制全区国民经济和社会发展计划。')).toContain('国民经济和社会发展计划');
    expect(names('县发展和改革委员会牵头落实。')).toEqual(['县发展和改革委员会/organization']);
  });

  it('offers two verbs that share an object as one name, but no clause of a boundary verb and its object', () => {
    expect(offeredIn('区里深入实施保护和利用长江岸线行动计划。')).toContain('保护和利用长江岸线行动计划');
    // A verb of the boundary list on either side of 和 is what is done to the name (组织, 实施; 坚持, 完善).
    expect(names('组织和实施重点研发计划。')).toEqual(['重点研发计划/program']);
    expect(names('要坚持和完善人民代表大会制度。')).toEqual(['人民代表大会制度/program']);
    expect(names('编制与实施国土空间总体规划。')).toEqual(['国土空间总体规划/program']);
    // …and two names joined stay two (the part before 和 ends in a head word).
    expect(names('陆军特色医学中心和四川大学联合建设。')).toEqual(['陆军特色医学中心/organization', '四川大学/organization']);
  });

  it('keeps a "以 X 为 Y 的" frame inside the name it opens', () => {
    // The whole title is offered, and the reading never takes the part after the frame.
    expect(offeredIn('全面落实以数字化改革为牵引的营商环境提升行动方案。')).toContain('以数字化改革为牵引的营商环境提升行动方案');
    expect(names('全面落实以数字化改革为牵引的营商环境提升行动方案。')).not.toContain('营商环境提升行动方案/program');
    // 以 closing a word (可以, 所以) opens no frame, and a place as its centre says where, not which.
    expect(offeredIn('可以大数据为重点的产业规划很重要。').filter((surface) => surface.includes('以'))).toEqual([]);
    expect(names('实施以长沙为中心的城市群发展规划。')).toEqual(['长沙/place', '城市群发展规划/program']);
  });
  it('takes a pilot of a reform whole (…改革试点), where 改革 alone would end the name too', () => {
    expect(names('推动土地管理综合改革试点。')).toEqual(['土地管理综合改革试点/program']);
    expect(names('开展营商环境创新改革试点。')).toEqual(['营商环境创新改革试点/program']);
    expect(names('在全国率先开展行政审批制度改革试点。')).toEqual(['行政审批制度改革试点/program']);
    // Not a reform that is only counted or scoped, and not the second half of a coordination.
    expect(names('完成三项改革试点，开展多项改革试点。')).toEqual([]);
    for (const name of names('推进经济区与行政区适度分离改革试点。')) expect(name).not.toMatch(/^行政区/);
  });
});

describe('4. 《》 delimit a name whatever its length', () => {
  it('takes the whole title, however long', () => {
    expect(names('认真学习《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》。')).toEqual([
      '中共中央关于制定国民经济和社会发展第十五个五年规划的建议/program',
    ]);
    expect(names('印发《成渝地区双城经济圈多层次轨道交通规划》。')).toEqual(['成渝地区双城经济圈多层次轨道交通规划/program']);
  });

  it('but a title that only names a kind of document is no name', () => {
    expect(names('区长代表区政府作《政府工作报告》。')).not.toContain('政府工作报告/program');
  });
});

describe('5. quotes', () => {
  it('fuses a quote with the head word after it', () => {
    expect(names('积极推进“一网通办”改革。')).toEqual(['“一网通办”改革/program']);
    expect(names('建立重大外资项目“直通车”制度。')).toContain('“直通车”制度/program');
  });

  it('offers the nouns before a quote as the opening of its name, and the scorer may take them', () => {
    const candidates = (text: string) =>
      extractCandidates(sentencesOf([text]), tools.lexicon, tools.segmenter).flatMap((sentence) => sentence.mentions.filter((found) => found.source === 'quote').map((found) => found.surface));
    expect(candidates('落实电子信息产业“3+5”政策。')).toEqual(expect.arrayContaining(['“3+5”政策', '电子信息产业“3+5”政策']));
    expect(candidates('签订黔渝“1+6”合作协议。')).toContain('黔渝“1+6”合作协议');
    expect(names('推进国际贸易“单一窗口”建设。')).toEqual(['国际贸易“单一窗口”/slogan']);
    // A verb, a stop word, a place or a known name before a quote and its head opens nothing.
    for (const text of ['全面推行“一网通办”改革。', '建设湖北“楚天英才计划”人才高地。', '建设西部陆海新通道“13+5”物流枢纽。']) {
      expect(candidates(text).filter((surface) => /^[^“]+“[^”]+”./.test(surface))).toEqual([]);
    }
  });

  it('still mentions a quoted name where it opens a longer name (“一网通办”改革 mentions 一网通办)', () => {
    const found = entities('全面推行“一网通办”。', '深化“一网通办”改革。');
    const bare = found.find((entity) => entity.label.replace(/[“”]/g, '') === '一网通办');
    expect(bare?.mentions).toHaveLength(2);
    expect(found.map((entity) => entity.label)).toContain('“一网通办”改革');
  });

  it('reads a quoted numeral fused to a head word as the short form of that name (“两新”政策: 两新), but not a longer numeral phrase or a five-year period', () => {
    const found = entities('用好“两重”“两新”政策资金。', '抓好“三个一批”工作机制。', '深化农村“三变”改革。', '编制“十四五”规划。');
    const aliasesOf = (label: string) => found.find((entity) => entity.label === label)?.aliases;
    expect(aliasesOf('“两新”政策')).toContain('两新');
    expect(aliasesOf('“三变”改革')).toContain('三变');
    // A longer numeral phrase is a slogan of its own that the mechanism is named after.
    expect(aliasesOf('“三个一批”工作机制')).not.toContain('三个一批');
    expect(aliasesOf('“十四五”规划')).not.toContain('十四五');
    // …and where a longer name the quote opens runs on further than a head word after it.
    const plan = entities('加快实施“850+”城市轨道交通成网计划。').find((entity) => entity.label.includes('城市轨道交通成网计划'));
    expect(plan?.aliases).toContain('850+');
    // Punctuation right after a quote ends its name: no head word further on completes it.
    for (const name of names('携手唱好“双城记”、共建经济圈。', '落实“三个一批”，建好工作机制。')) expect(name).not.toMatch(/[、，]/);
  });

  it('offers no name that opens right after a closing quote: that is the rest of the quoted name', () => {
    const offered = offeredIn('编制“两江四岸”核心区整体提升规划方案。', '出台“清水绿岸”治理提升实施方案。');
    expect(offered.filter((surface) => /^(?:核心区|治理)/.test(surface))).toEqual([]);
    // A quote right after a quote is a name of its own (“两重”“两新”政策).
    expect(names('用好“两重”“两新”政策资金。')).toContain('“两新”政策/program');
  });

  it('takes a verb in front of a quoted goal out of the name', () => {
    expect(names('奋力“打造内陆开放高地”。')).toEqual(['内陆开放高地/slogan']);
  });

  it('takes no quoted everyday word or counted noun as a slogan', () => {
    expect(names('打通城市“断头路”。')).toEqual([]);
    expect(names('守好生态“一道关”。')).toEqual([]);
    // …a set phrase or a noun with a bound morpheme too (好日子/l, 空壳/n 村/zg), but not a numeral slogan.
    expect(names('消除“空壳村”，过上“好日子”。')).toEqual([]);
    expect(names('讲好“双城记”。')).toEqual(['“双城记”/slogan']);
  });
});

describe('6. lists', () => {
  it('splits two names joined by 及', () => {
    const found = names('建成郑万高铁及渝湘高铁。');
    expect(found).toContain('郑万高铁/project');
    expect(found.some((name) => name.includes('及'))).toBe(false);
  });

  it('keeps no span that runs through 等 (a list and its category)', () => {
    for (const name of names('加快朝天门、白沙村等跨江大桥和金凤、土主等穿山隧道建设。', '加快李家沱、鹅公岩等跨江大桥建设。')) expect(name).not.toContain('等');
  });

  it('reads firms listed before a counted category (等20家央企) as organizations, however jieba cuts them', () => {
    const found = names('深化与中建、中铁、中铝集团等20家央企合作。');
    expect(found).toContain('中铝集团/organization');
    for (const name of found) expect(name).toMatch(/\/organization$/);
  });

  it('reads Latin-script or organization-tagged items of a list without a category as firms, places as places', () => {
    const found = names('推动ABB、SK海力士等产能释放，加快OPPO、vivo等手机量产。');
    expect(found).toEqual(expect.arrayContaining(['SK海力士/organization', 'OPPO/organization', 'vivo/organization']));
    expect(names('推进北京、上海等城市合作。').filter((name) => name.endsWith('/organization'))).toEqual([]);
  });

  it('reads the other named items of a list of firms as firms too, but not a phrase the list runs into', () => {
    expect(names('重点推动万国半导体、SK海力士等产能释放。')).toEqual(['万国半导体/organization', 'SK海力士/organization']);
    expect(names('重点支持华峰化工、LG新能源等扩大产能。')).toEqual(['华峰化工/organization', 'LG新能源/organization']);
    expect(names('以大数据、先进制造等为主导的新兴产业不断聚集。').filter((name) => name.endsWith('/organization'))).toEqual([]);
    // A bare Latin word is as often a city or a scheme: it makes no firms of the other items.
    expect(names('在东京、首尔、LA等设立海外联络处。')).not.toContain('东京/organization');
  });

  it('reads firms listed before 等企业 as organizations', () => {
    expect(names('引进京东方、SK海力士等企业。')).toEqual(['京东方/organization', 'SK海力士/organization']);
  });

  it('reads every firm of a list where one is plainly a firm, brands in everyday words too', () => {
    expect(names('深化与航天科工、宝钢集团、中冶等12家央企合作。')).toEqual(['航天科工/organization', '宝钢集团/organization', '中冶/organization']);
    // A list of sectors names no firm, whatever its category.
    expect(names('支持电子信息、装备制造等企业发展。')).toEqual([]);
  });

  it('reads one item before 等 and a category as that kind (推动X等项目建设)', () => {
    expect(names('推动宁德时代储能电池等项目建设。')).toEqual(['宁德时代储能电池/project']);
    expect(names('推动新能源汽车等项目建设。')).toEqual([]);
  });

  it('takes the items of a list beside an item it takes, when the scorer half believes them', () => {
    // Districts listed by their short forms: jieba tags 荣昌 a person and 大足 an adverb.
    expect(names('推进荣昌、铜梁、大足、潼南等桥头堡城市特色发展。')).toEqual(['荣昌/place', '铜梁/place', '大足/place', '潼南/place']);
    // …but not a word of another kind beside them.
    expect(names('坚持开放、合作、共享，推进涪陵、长寿协同发展。').filter((name) => /开放|合作|共享/.test(name))).toEqual([]);
  });

  it('reads a compound of one-character abbreviations before a category as a name (渝宜、黔石等高速公路)', () => {
    expect(names('加快渝宜、黔石等高速公路建设。')).toEqual(['渝宜/project', '黔石/project']);
  });
  it('reads the name after a category (重点工程, 重大项目) as that name, not the category and the name as one', () => {
    expect(names('全省重大项目白鹤滩水电站送出工程全面完工。')).toEqual(['白鹤滩水电站/project']);
    expect(names('市级重点项目长安汽车新能源基地开工建设。')).toEqual(['长安汽车新能源基地/project']);
    // A category followed by a common word is the start of a longer phrase, not of a name (区域中心 + 城市).
    expect(names('黔江区加快建设渝东南区域中心城市。')).toContain('渝东南区域中心城市/program');
    expect(names('辽宁省沈阳市建设东北亚国际化中心城市。')).toContain('东北亚国际化中心城市/program');
    for (const found of names('西部陆海新通道西线主通道重点工程隆泸叙铁路开通。')) expect(found).not.toMatch(/重点工程/);
  });
});

describe('7. no single-character node and no clause node', () => {
  it('keeps no name that runs through a person (an office and the name after it)', () => {
    for (const name of names('广东省省长王伟中作政府工作报告。', '市委书记袁家军同志提出意见。', '四川省省长施小琳代表省人民政府作报告。')) {
      expect(name).not.toMatch(/省长|书记|同志/);
    }
  });

  it('keeps no span through an adverb and a verb that jieba glues into one word (充分发挥/n)', () => {
    expect(names('支持政协充分发挥人民政协专门协商机构作用。')).toEqual(['政协/organization']);
  });

  it('offers the scorer no place, body or project with a verb of the boundary list after its first word (a clause of its own)', () => {
    expect(offeredIn('利用闲置厂房建成滨江体育文化公园。')).toEqual(['滨江', '滨江体育文化公园']);
    expect(offeredIn('投资者参与市属国企集团改革。')).not.toContain('投资者参与市属国企集团');
  });

  it('keeps no span that runs through a verb of reporting (提出, 作出) or a body’s verb: that is a clause about what was said or done', () => {
    // …nor a body and the verb after it, a clause about what the body did.
    const signed = names('重庆高新区管委会与四川大学华西医院签订合作协议。');
    expect(signed).toContain('四川大学华西医院/organization');
    for (const name of signed) expect(name).not.toMatch(/签订/);
    expect(names('针对委员提出意见，逐项研究办理。')).toEqual([]);
    expect(names('对制定本省“十四五”规划和二〇三五年远景目标提出以下建议。')).toEqual(['“十四五”规划/program']);
    for (const name of names('省委作出加快建设交通强省的部署。')) expect(name).not.toMatch(/作出/);
  });

  it('keeps no mention of one character or with two verbs in a place, body or project', () => {
    const found = names('商品出口需要发往鱼嘴站经渝怀铁路运往广西钦州港。', '推进“芯”“屏”“器”“核”“网”全产业链建设。');
    for (const name of found) {
      const [surface = '', type = ''] = name.split('/');
      expect(foldText(surface).length).toBeGreaterThan(1);
      if (type !== 'program' && type !== 'slogan') expect(surface).not.toMatch(/需要|发往|运往/);
    }
  });
});

describe('8. a longer name does not swallow the names inside it', () => {
  it('keeps a plan named after a strategy or slogan, with that name nested in it', () => {
    const found = names('深入实施生态优先绿色发展行动计划，坚持生态优先绿色发展。', '坚持生态优先绿色发展，建设美丽重庆。');
    expect(found).toEqual(expect.arrayContaining(['生态优先绿色发展行动计划/program', '生态优先绿色发展/slogan']));
  });

  it('keeps an accepted longer name and the surer names inside it, nested in it', () => {
    expect(names('加快南宁-北海-钦州一体化建设。')).toEqual(['南宁-北海-钦州一体化/program', '南宁/place', '北海/place', '钦州/place']);
    // …but not a phrase with 的, nor two names joined (the places stand alone there).
    expect(names('开通重庆至成都的高铁。')).toEqual(['重庆/place', '成都/place']);
    expect(names('积极对接粤港澳大湾区和海南自由贸易港建设。')).toEqual(['粤港澳大湾区/place', '海南/place']);
    // A body kept around its unit mentions the unit once.
    expect(names('长沙市委组织部召开会议。')).toEqual(['长沙市委组织部/organization', '长沙市/place']);
    const found = entities('深入推进广安-重庆一体化发展。', '广安是川东北的门户。');
    // The place keeps its own label and mentions; the longer name is a node of its own.
    expect(found.find((entity) => entity.label === '广安')?.mentions).toHaveLength(2);
    expect(found.map((entity) => entity.label)).toContain('广安-重庆一体化');
  });
});

describe('9. merging', () => {
  it('takes a county’s short form that is an everyday word (资源 of 资源县) nowhere, once chosen, unless the corpus names the county', () => {
    // A long report where the word recurs: the corpus features alone once made the scorer take it.
    const filler = Array.from({ length: 160 }, (_, index) => `全区第${index + 1}项工作稳步推进。`);
    const texts = ['挖掘好“人文渝中”资源，推动历史文化展示区建设。', '推进资源节约集约利用。', '用好红色资源。', '盘活闲置资源。', '整合文化旅游资源。', '优化教育资源配置。', ...filler];
    const places = (found: ReturnType<typeof entities>) => found.filter((entity) => entity.type === 'place').map((entity) => entity.label);
    expect(places(entities(...texts))).toEqual([]);
    expect(places(entities(...texts, '桂林市资源县加快发展。'))).toContain('资源县');
  });

  it('merges a name with the same name in two frames (“无废城市”建设试点: 建设, then 试点)', () => {
    const found = entities('开展“无废城市”建设试点。', '加快建设无废城市，推进无废城市建设。');
    const city = found.filter((entity) => [entity.label, ...entity.aliases].some((form) => form.replace(/[“”]/g, '') === '无废城市'));
    expect(city).toHaveLength(1);
    expect(city[0]?.aliases.map((form) => form.replace(/[“”]/g, ''))).toContain('无废城市建设试点');
  });

  it('merges a name with the same name in a frame (…战, …建设, …专项斗争)', () => {
    const found = entities('脱贫攻坚取得全面胜利。', '打赢脱贫攻坚战。', '扫黑除恶深入开展。', '扫黑除恶专项斗争取得成效。', '成渝地区双城经济圈建设加快推进。', '成渝地区双城经济圈影响力持续提升。');
    const nodesNaming = (name: string) => found.filter((entity) => [entity.label, ...entity.aliases].some((form) => form.includes(name)));
    for (const name of ['脱贫攻坚', '扫黑除恶', '成渝地区双城经济圈']) expect(nodesNaming(name)).toHaveLength(1);
  });

  it('merges a work with its phase (一期项目, 二期工程) and a station written 车站 with the same station written 站', () => {
    const found = entities('重庆无水港一期项目建成投用。', '重庆无水港吞吐量持续增长。', '首趟班列从团结村车站开出。', '团结村站货运量创新高。', '长寿港二期工程加快建设。', '长寿港集装箱吞吐量增长。');
    const nodesNaming = (name: string) => found.filter((entity) => [entity.label, ...entity.aliases].includes(name));
    expect(nodesNaming('重庆无水港')).toEqual(nodesNaming('重庆无水港一期项目'));
    expect(nodesNaming('团结村站')).toEqual(nodesNaming('团结村车站'));
    for (const name of ['重庆无水港', '团结村站']) expect(nodesNaming(name)).toHaveLength(1);
    // The plain form labels them: a phase or a spelling is an alias.
    expect(nodesNaming('重庆无水港')[0]?.label).toBe('重庆无水港');
    expect(nodesNaming('团结村站')[0]?.label).toBe('团结村站');
  });

  it('keeps two bodies apart that share a tail', () => {
    const found = entities('重庆市发展和改革委员会印发通知。', '四川省发展和改革委员会作出部署。');
    const bodies = found.filter((entity) => entity.label.endsWith('委员会'));
    expect(new Set(bodies.map((entity) => entity.id)).size).toBe(bodies.length);
  });

  it('labels a body by its full name where the document writes it, not by its level (省政府)', () => {
    const found = entities('四川省人民政府印发通知。', '省政府要求各地抓好落实。', '省人民政府将督查。');
    const body = found.find((entity) => entity.aliases.includes('省政府'));
    expect(body?.label).toBe('四川省人民政府');
  });

  it('merges a motto written with other separators or contracted (、 ·; 近者悦、远者来 → 近悦远来)', () => {
    const found = entities('开展“学理论、强本领”活动。', '深化“学理论·强本领”，推动工作。', '营造“老者安、少者怀”的氛围。', '实现“老安少怀”。');
    const nodesNaming = (name: string) => found.filter((entity) => [entity.label, ...entity.aliases].includes(name));
    expect(nodesNaming('学理论、强本领')).toEqual(nodesNaming('学理论·强本领'));
    expect(nodesNaming('老者安、少者怀')).toEqual(nodesNaming('老安少怀'));
    expect(nodesNaming('老安少怀')).toHaveLength(1);
  });

  it('merges a motto written once with a character left out (芯屏器网 for 芯屏器核网)', () => {
    const found = entities('做大“芯屏器核网”产业集群。', '坚持“芯屏器网”融合发展。', '壮大“芯屏器核网”全产业链。');
    const nodes = found.filter((entity) => [entity.label, ...entity.aliases].some((form) => form.includes('芯屏器')));
    expect(nodes).toHaveLength(1);
    // Two different four-character mottos stay apart.
    const apart = entities('坚持“稳中求进”。', '做到“稳进增效”。');
    expect(apart.filter((entity) => entity.type === 'slogan')).toHaveLength(2);
  });

  it('merges a reserve with the mountain it is named after (缙云山国家级自然保护区 = 缙云山)', () => {
    const found = entities('加强金佛山国家级自然保护区保护。', '金佛山生态持续向好。', '推进金佛山保护利用。');
    expect(found.filter((entity) => [entity.label, ...entity.aliases].some((form) => form.includes('金佛山')))).toHaveLength(1);
  });

  it('merges an event with the same event named by its edition (第四届, 首届)', () => {
    const found = entities('成功举办第三届西部数字经济论坛。', '西部数字经济论坛吸引多方参与。');
    expect(found.filter((entity) => [entity.label, ...entity.aliases].some((form) => form.includes('西部数字经济论坛')))).toHaveLength(1);
  });

  it('merges a name written with an era word before it (新时代, 新一轮)', () => {
    const found = entities('深入推进新时代西部大开发。', '抓住新一轮西部大开发机遇。');
    const nodes = found.filter((entity) => [entity.label, ...entity.aliases].some((form) => form.includes('西部大开发')));
    expect(nodes).toHaveLength(1);
    expect(nodes[0]?.aliases).toContain('西部大开发');
  });

  it('merges a body written without the units above its own (开州区人民政府 = 重庆市开州区人民政府), not without its own', () => {
    const found = entities('重庆市开州区人民政府工作报告。', '开州区人民政府组织实施。', '重庆市人民政府和重庆市黔江区人民政府联合发文。');
    expect(found.find((entity) => entity.label === '重庆市开州区人民政府')?.aliases).toEqual(['开州区人民政府']);
    expect(found.find((entity) => entity.label === '重庆市黔江区人民政府')?.aliases).toEqual([]);
  });

  it('gives an autonomous unit’s body named by its level (自治州人民政府) the body the document names in full', () => {
    const found = entities('海南藏族自治州人民政府工作报告。', '自治州人民政府组织实施。');
    expect(found.find((entity) => entity.label === '海南藏族自治州人民政府')?.aliases).toEqual(['自治州人民政府']);
  });

  it('keeps a city’s body apart from its district’s, though one spells out the other', () => {
    const found = entities('重庆市人民政府印发通知。', '重庆市黔江区人民政府组织实施，重庆市人民政府督办。', '湖北省武汉市汉南区人民政府同步推进。');
    const city = found.find((entity) => entity.label === '重庆市人民政府');
    expect(city?.aliases ?? []).not.toContain('重庆市黔江区人民政府');
    expect(found.map((entity) => entity.label)).toEqual(expect.arrayContaining(['重庆市人民政府', '重庆市黔江区人民政府']));
  });

  it('gives a body named by its level (市政府) the full name only where every document of it writes that name', () => {
    const documents = [
      ['xian', '西安市人民政府印发通知。', '市人民政府要求各部门落实。'],
      ['yichang', '市政府常务会议研究部署。'],
      ['zunyi', '市政府督办重点项目。'],
    ];
    const sentences = documents.flatMap(([doc = '', ...texts]) =>
      texts.map((text, index): Sentence => ({ id: `${doc}#${index}`, doc, index, text, cleanStart: 0, start: 0, end: text.length })),
    );
    const found = buildEntities(propagateNames(extractMentions(sentences, tools.lexicon, tools.segmenter)), tools.lexicon, tools.segmenter);
    const xian = found.find((entity) => entity.label === '西安市人民政府');
    expect(xian?.docs).toEqual(['xian']);
    const level = found.find((entity) => entity.label === '市政府');
    expect(level?.aliases ?? []).not.toContain('西安市人民政府');
  });
});

describe('10. types by meaning', () => {
  it('types a centre or hub named by its role a positioning goal (program), one named by a place a facility', () => {
    expect(names('加快建设西部金融中心，建成重庆国际博览中心。')).toEqual(['西部金融中心/program', '重庆国际博览中心/project']);
  });

  it('types a work that builds something (a place, a proper word, a structure) a project, and a programme of works, or a counted set, a program', () => {
    // A development zone is a project (the conventions), and a count of mountains or rivers is a group of places.
    const typed: [string, string[]][] = [
      ['加快建设渝西水资源配置工程和长征渠引水工程。', ['渝西水资源配置工程/project', '长征渠引水工程/project']],
      ['实施科技型企业成长工程。', ['科技型企业成长工程/program']],
      ['实施城市综合管理七大工程。', ['城市综合管理七大工程/program']],
      ['万盛经开区加快转型发展。', ['万盛经开区/project']],
      ['强化“四山”保护提升。', ['“四山”/place']],
      ['牢固树立“两山”理念。', ['“两山”/slogan']],
      ['实施水网建设“十大工程”。', ['“十大工程”/program']],
    ];
    for (const [text, expected] of typed) expect(names(text), text).toEqual(expected);
  });

  it('types a quote that ends in an everyday word closed by a body’s head (“两个大局”, 大局) a slogan, not a bureau', () => {
    expect(names('统筹“两个大局”，把握“全局”。', '深化“五大格局”。').filter((name) => name.endsWith('/organization'))).toEqual([]);
    expect(names('统筹“两个大局”。')).toEqual(['“两个大局”/slogan']);
  });

  it('takes no body whose head only ends an everyday word (格局, 布局) or whose “place” is a common noun (城市, 社区)', () => {
    expect(names('优化城市发展格局，完善社区布局，稳定城市就业大局。').filter((name) => name.endsWith('/organization'))).toEqual([]);
    expect(names('构建成渝地区空间布局，形成双城经济圈发展新格局，改造政务服务大厅。').filter((name) => name.endsWith('/organization'))).toEqual([]);
  });

  it('takes a jurisdiction’s body whole rather than the unit inside it', () => {
    // The units a body’s name holds are mentioned nested inside it (the next test); here, the bodies.
    const bodies = (text: string) => names(text).filter((found) => found.endsWith('/organization'));
    expect(bodies('四川省政府、重庆市江北区人民政府联合印发。')).toEqual(['四川省政府/organization', '重庆市江北区人民政府/organization']);
    expect(bodies('湖南省长沙市岳麓区交通运输局发布通告。')).toEqual(['湖南省长沙市岳麓区交通运输局/organization']);
    // A commission named by its field (…委), but no member (常委).
    expect(bodies('省发展改革委、省财政厅联合印发通知。')).toEqual(['省发展改革委/organization', '省财政厅/organization']);
    expect(bodies('市委常委会研究部署，区教委配合。')).toEqual(['市委/organization', '区教委/organization']);
    // …and only as a noun phrase: a clause that ends in a department is no body.
    expect(bodies('江苏省人民政府办公厅转发了省教育厅的方案。')).toEqual(['江苏省人民政府办公厅/organization', '省教育厅/organization']);
    // A congress or conference named by the document's own level keeps it (县人大, 市十五届人大).
    expect(bodies('在县人大、县政协的监督支持下，全县攻坚克难。')).toEqual(expect.arrayContaining(['县人大/organization', '县政协/organization']));
    expect(bodies('在市十五届人大三次会议上作报告。')).toContain('市十五届人大/organization');
    expect(bodies('经湖南省人民政府同意，现予印发。')).toEqual(['湖南省人民政府/organization']);
  });

  it('mentions the jurisdictions a body’s name writes in full, nested inside the body', () => {
    expect(names('湖南省长沙市岳麓区交通运输局发布通告。')).toEqual(['湖南省长沙市岳麓区交通运输局/organization', '湖南省/place', '长沙市/place', '岳麓区/place']);
    expect(names('经湖南省人民政府同意，现予印发。')).toEqual(['湖南省人民政府/organization', '湖南省/place']);
    // A level alone names no unit, and a unit’s short form inside a name is no mention of it (四川大学).
    expect(names('省发展改革委、省财政厅联合印发通知。')).toEqual(['省发展改革委/organization', '省财政厅/organization']);
    expect(names('四川大学华西医院召开会议。')).toEqual(['四川大学华西医院/organization']);
    // The issuing jurisdiction of a report, written only inside its government's name, is a node of its own.
    const found = entities('湖北省宜昌市人民政府工作报告', '宜昌市人民政府研究部署。');
    expect(found.find((entity) => entity.label === '宜昌')?.type).toBe('place');
  });

  it('takes no body named by levels listed or compounded, or after 各: those are every such body', () => {
    expect(names('请各区、县人民政府认真贯彻执行。')).toEqual([]);
    expect(names('以市、州政府为主体推进项目建设。')).toEqual([]);
    expect(names('加快区县政府融资平台转型。').filter((found) => found.endsWith('/organization'))).toEqual([]);
    expect(names('各区县（自治县）人民政府要抓好落实。')).toEqual([]);
    expect(names('各县市区人民政府要抓好落实。', '区（县）政府负总责。', '县市区政府要加强统筹。')).toEqual([]);
    expect(names('各级人民政府要加强领导。', '省、市、县三级政府联动。', '沿线市县政府要做好征地拆迁。')).toEqual([]);
    // One level before its body is the document's own jurisdiction.
    expect(names('县人民政府攻坚克难。')).toEqual(['县人民政府/organization']);
  });

  it('types zones as projects, hospitals and universities as organizations, ideologies as slogans', () => {
    expect(names('加快两江新区建设。')).toEqual(['两江新区/project']);
    expect(names('建成武汉大学中南医院。')).toEqual(['武汉大学中南医院/organization']);
    // A body inside a body is one name, not the outer body (武汉大学 + 人民医院).
    expect(names('深化与武汉大学人民医院合作。')).toEqual(['武汉大学人民医院/organization']);
    // …but a place right before the outer body belongs to the whole name (湘潭 + 钢铁集团/nt + 有限公司).
    expect(names('湘潭钢铁集团有限公司投资部部长表示。')).toContain('湘潭钢铁集团有限公司/organization');
    expect(names('陆军特色医学中心和四川大学联合开展研究。')).toEqual(['陆军特色医学中心/organization', '四川大学/organization']);
    expect(names('深入学习习近平新时代中国特色社会主义思想。')).toEqual(['习近平新时代中国特色社会主义思想/slogan']);
    expect(names('省委、省政府作出部署。')).toEqual(['省委/organization', '省政府/organization']);
  });
});

describe('11. the national policy vocabulary, quoted or not, from any province', () => {
  it('finds the national terms in another province’s sentence', () => {
    expect(names('坚定不移贯彻新发展理念，加快构建新发展格局，奋力推进中国式现代化。')).toEqual([
      '新发展理念/slogan',
      '新发展格局/slogan',
      '中国式现代化/slogan',
    ]);
    expect(names('湖南省推动乡村振兴和共同富裕，融入长江经济带发展。')).toEqual(['湖南省/place', '乡村振兴/program', '共同富裕/slogan', '长江经济带/program']);
  });

  it('takes the country itself (中国, 我国) as the frame, not a place, but keeps the names it opens', () => {
    const found = names('中国企业赴越南投资，我国对东盟出口增长。', '奋力推进中国式现代化。');
    expect(found).toEqual(expect.arrayContaining(['越南/place', '东盟/organization', '中国式现代化/slogan']));
    expect(found.filter((name) => /^(?:中国|我国)\//.test(name))).toEqual([]);
  });
});

describe('13. names that start with digits or Latin letters', () => {
  it('keeps 5G, 3D and Latin brands at the start of a name', () => {
    expect(names('实施“5G+工业互联网”行动。')).toEqual(['“5G+工业互联网”行动/program']);
    expect(names('建设3D打印产业园。')).toEqual(['3D打印产业园/project']);
  });

  it('keeps a quoted number that a head word completes, with the number as its short form', () => {
    expect(names('以“885”工作机制为导引，落实“1+2”政策。')).toEqual(['“885”工作机制/program', '“1+2”政策/program']);
    expect(entities('全区以“365”工作机制为抓手。').find((entity) => entity.label === '“365”工作机制')?.aliases).toContain('365');
    // Alone, a quoted number is a figure, not a name.
    expect(names('实现“6个第一”，完成“100”件实事。')).toEqual([]);
  });

  it('but a quantity is no name', () => {
    expect(names('全年完成投资340亿元，新增就业120万人，增长15%。')).toEqual([]);
    expect(names('港区新增8台40吨轨道吊，建成20万千瓦光伏。').filter((name) => /^\d/.test(name))).toEqual([]);
  });
});

describe('14. names the gazetteer and the head words alone miss, from other provinces', () => {
  it('takes a head after one proper or unknown word however short (鹏城/ns 实验室), not after an everyday word', () => {
    expect(names('支持鹏城实验室和深圳湾实验室建设。')).toEqual(['鹏城实验室/project', '深圳湾实验室/project']);
    expect(names('建设数据中心和物流通道，完善绿色通道。')).toEqual([]);
    // …nor after a place the gazetteer knows: that is the place's own reform or platform.
    expect(names('深化山西改革，搭建深圳平台。')).toEqual(['山西/place', '深圳/place']);
    // A laboratory is named after its place (黄河实验室), but a kind of laboratory names none (重点实验室).
    expect(names('建设黄河实验室和西湖实验室，新建重点实验室和省级实验室。')).toEqual(['黄河实验室/project', '西湖实验室/project']);
  });

  it('takes a company whose trade name jieba reads as a verb (兴发/v 集团), but no verb governing 集团', () => {
    expect(names('兴发集团与三峡集团签约合作。')).toEqual(['兴发集团/organization', '三峡集团/organization']);
    expect(names('组建集团，深化集团改革。')).toEqual([]);
  });

  it('takes a rare word listed beside a known place as a place, never an everyday word', () => {
    expect(names('支持南沙、前海、横琴、河套协同发展。')).toContain('前海/place');
    expect(names('加快潼南、铜梁、科技、教育发展。')).toEqual(['潼南/place', '铜梁/place']);
  });

  it('knows resorts, scenic and administered areas and grottoes by their heads', () => {
    expect(names('三峡国际旅游度假区和百里杜鹃管理区接待游客。')).toEqual(['三峡国际旅游度假区/project', '百里杜鹃管理区/place']);
    expect(names('龙门石窟、云冈石窟接待游客。')).toEqual(['龙门石窟/place', '云冈石窟/place']);
  });

  it('takes a line named by the one-character abbreviations of the places it joins (雄忻高铁)', () => {
    expect(names('加快雄忻高铁、渝昆高铁建设。')).toEqual(['雄忻高铁/project', '渝昆高铁/project']);
  });

  it('reads an adverb before a verb as a predicate, not part of a name (港区率先实行…制度)', () => {
    expect(names('洋浦保税港区率先实行负面清单制度。')).toEqual(['洋浦保税港区/project']);
  });

  it('takes a province’s vision of itself as a slogan (现代化美好安徽, 社会主义现代化新湖南)', () => {
    expect(names('为建设现代化美好安徽、社会主义现代化新湖南贡献力量。')).toEqual(['现代化美好安徽/slogan', '社会主义现代化新湖南/slogan']);
  });

  it('reads an autonomous unit as one level before a body (自治区党委, 自治州人民政府)', () => {
    expect(names('在自治区党委领导下，自治州人民政府召开会议。')).toEqual(['自治区党委/organization', '自治州人民政府/organization']);
  });

  it('gives a national strategy the framed name it is officially written with as an alias (长江经济带发展)', () => {
    const strategy = entities('融入长江经济带发展取得新成效。', '推动长江经济带绿色转型。').find((entity) => entity.label === '长江经济带');
    expect(strategy?.aliases).toContain('长江经济带发展');
    // A head word after the frame makes a longer name of its own, not an alias.
    expect(entities('编制长江经济带发展规划。').find((entity) => entity.label === '长江经济带')?.aliases ?? []).not.toContain('长江经济带发展');
  });

  it('takes a county that jieba tags an adverb or a verb (大足/d) as a place opening a name', () => {
    expect(offeredIn('保护大足石刻。')).toContain('大足石刻');
    expect(names('推进遵义新区建设，支持大足石刻研究院发展。')).toEqual(['遵义新区/project', '大足石刻研究院/organization']);
  });

  it('takes a central enterprise named 中国 and its abbreviation, not 中国 and an everyday word', () => {
    expect(names('推动中国中化、中国华能总部建成投用。')).toEqual(['中国中化/organization', '中国华能/organization']);
    // …and not where a longer name goes on after the abbreviation.
    expect(names('中国空天信息和卫星互联网创新联盟成立。').filter((name) => name.startsWith('中国空天/'))).toEqual([]);
    expect(names('发展中国制造，展现中国速度。')).toEqual([]);
  });

  it('takes a strategy named by what makes a jurisdiction strong (强省会, 工业强桂, 科教兴市)', () => {
    expect(names('实施强省会战略，大力实施工业强桂战略和科教兴市战略。')).toEqual(['强省会战略/program', '工业强桂战略/program', '科教兴市战略/program']);
  });

  it('types a positioning goal named as a source or gathering place (策源地, 聚集地) a program', () => {
    expect(names('打造科技创新策源地和新兴产业聚集地。')).toEqual(['科技创新策源地/program', '新兴产业聚集地/program']);
  });

  it('knows China’s major rivers, mountains and seas, as the lexicon’s textbook geography', () => {
    expect(names('北方各省共同保护燕山、太行山和渤海生态。')).toEqual(['燕山/place', '太行山/place', '渤海/place']);
    expect(names('宁夏加强贺兰山生态保护，建设黄河堤防。')).toEqual(['宁夏/place', '贺兰山/place', '黄河/place']);
  });

  it('knows industrial and innovation districts by their heads, and a national or provincial road by its number only', () => {
    expect(names('加快501省道和G318国道建设，南港工业区和河西中央科创区加快发展。')).toEqual([
      '501省道/project',
      'G318国道/project',
      '南港工业区/project',
      '河西中央科创区/project',
    ]);
    expect(names('新建3条国道，新改建国道和普通省道120公里。')).toEqual([]);
  });

  it('takes no field’s term or abbreviation (医保/j, 冷链) as the short modifier that names a thing', () => {
    expect(names('建设中试平台和冷链通道，深化医保改革。')).toEqual([]);
  });

  it('reads a thing named by its head and then a verb of the boundary list as a clause (…产业园成为…聚集地)', () => {
    expect(names('马栏山视频文创产业园成为青年人才聚集地。')).toEqual(['马栏山视频文创产业园/project']);
  });

  it('reads a preposition glued to a level (由省/x) as a preposition, and 加强 as no 强Y formula', () => {
    expect(names('广东水资源配置工程由省水利厅组织实施。').filter((name) => name.includes('由'))).toEqual([]);
    expect(names('实施强省会战略，增强省会战略支撑作用。')).toEqual(['强省会战略/program']);
  });

  it('takes an office that a known body opens (国务院办公厅) as a body of its own', () => {
    expect(names('中共中央办公厅、国务院办公厅印发意见。')).toEqual(['中共中央办公厅/organization', '国务院办公厅/organization']);
  });

  it('reads no place inside a place’s head word (都市/ns of 都市圈) as the place the name opens with', () => {
    expect(offeredIn('加快沈阳现代化都市圈建设。')).toContain('沈阳现代化都市圈');
  });

  it('takes no field named by an everyday abbreviation (环保/j 项目) and no notice formula (现将项目名单) as a name', () => {
    expect(names('实施环保项目12个，现将项目名单印发给你们。')).toEqual([]);
    expect(names('推进川渝合作项目和文旅融合项目。')).toContain('川渝合作项目/project');
  });

  it('reads a head that jieba glues to a preposition before it (按计划/n) as an adverbial, not a name', () => {
    expect(names('引大济岷工程按计划推进，水库工程依规划建设。')).toEqual(['引大济岷工程/project']);
  });

  it('opens an event with the body that holds it (上合组织天津峰会)', () => {
    // The place inside may be kept nested in it; no cut form of the event is (天津峰会).
    const found = names('圆满完成上合组织天津峰会服务保障。');
    expect(found).toContain('上合组织天津峰会/project');
    expect(found.filter((name) => name.endsWith('/project'))).toEqual(['上合组织天津峰会/project']);
  });

  it('takes two nouns joined by 及 whole inside a name, but two names joined by 及 apart', () => {
    expect(offeredIn('创建国家葡萄及葡萄酒产业开放发展综合试验区。')).toContain('国家葡萄及葡萄酒产业开放发展综合试验区');
    expect(names('创建国家葡萄及葡萄酒产业开放发展综合试验区。')).not.toContain('葡萄酒产业开放发展综合试验区/program');
    expect(names('建设万黔高铁及安张铁路。')).not.toContain('万黔高铁及安张铁路/project');
  });

  it('takes no level body inside an autonomous unit’s (区人民政府 of 自治区人民政府)', () => {
    expect(names('自治区人民政府决定，区人民政府组织实施。')).toEqual(['自治区人民政府/organization', '区人民政府/organization']);
  });

  it('takes no county’s short form that is an everyday word (合作 of 合作市) from a list, so it spreads nowhere', () => {
    // Written often, the word gains the weight of a recurring name; one list then took it, and propagation spread it.
    const found = entities('推动两地项目合作、西部地区与东盟互联互通。', '川渝两地深化合作。', '加强国际合作。', '推进区域合作。', '扩大对外合作。', '深化经贸合作。', '开展科技合作。');
    expect(found.filter((entity) => entity.label === '合作市' || entity.aliases.includes('合作'))).toEqual([]);
    // A short form that is no everyday word still comes from a list beside a place.
    expect(names('支持城口、巫溪、酉阳发展特色产业。')).toEqual(expect.arrayContaining(['城口/place', '巫溪/place']));
    // An everyday word inside a list of places is one of them (太湖 of 太湖县, 合作 of 合作市).
    expect(names('洞庭湖、鄱阳湖、太湖、巢湖生态修复稳步推进。')).toContain('太湖/place');
    expect(names('甘南州以合作、夏河、碌曲、玛曲为重点。')).toContain('合作/place');
  });
});

describe('15. units below the county, plan titles without marks, places glued to a word', () => {
  it('takes a town, township, subdistrict or village by its name and level word, however jieba glues them', () => {
    expect(names('全县在棉湖镇、塔头镇、坪上镇开展试点。')).toEqual(['棉湖镇/place', '塔头镇/place', '坪上镇/place']);
    expect(names('东安镇和咸宜乡完成改造。')).toEqual(['东安镇/place', '咸宜乡/place']);
  });

  it('takes a town whose name opens with a character jieba reads as an adjective or a fragment (新/a 台子镇), not the unit before it (大幕乡|东源村)', () => {
    expect(names('凡河镇、新台子镇、阿吉镇加快发展。')).toContain('新台子镇/place');
    expect(names('大幕乡东源村入选示范村。')).not.toContain('乡东源村/place');
  });

  it('takes no kind of town or village (中心镇, 特色小镇, 贫困村, 城乡) and no quoted coinage (“空壳村”)', () => {
    const found = names('推进特色小镇、重点镇和建制镇建设，贫困村全部出列，城乡融合试点有序推进，集体经济“空壳村”占比下降，以城带乡。', '发挥乡镇联城带村节点功能，实施扩权强镇改革，入选全国千强镇，各乡镇人民政府负责落实。');
    expect(found.filter((name) => name.endsWith('/place'))).toEqual([]);
  });

  it('reads the items of a list of towns as places, everyday words too (复兴, 新生), but not a list of town firms', () => {
    expect(names('项目主要涉及东溪、复兴、新生等乡镇。')).toEqual(['东溪/place', '复兴/place', '新生/place']);
    expect(names('东阳、北田、长凝、修文等7个乡镇纳入试点。')).toEqual(['东阳/place', '北田/place', '长凝/place', '修文/place']);
    expect(names('帮扶复兴、新生等乡镇企业发展。')).not.toEqual(expect.arrayContaining(['复兴/place']));
  });

  it('takes a five-year plan named by its formula without 《》 whole, with its jurisdiction, whatever zero it writes', () => {
    // The jurisdiction is mentioned inside it too: a plan's place is often its document's own.
    expect(names('全面实施宜昌市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要。')).toEqual(['宜昌市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要/program', '宜昌市/place']);
    expect(names('编制广西第十四个五年规划和二○三五年远景目标建议。')).toEqual(['广西第十四个五年规划和二○三五年远景目标建议/program']);
    expect(names('落实国民经济和社会发展第十五个五年规划。')).toEqual(['国民经济和社会发展第十五个五年规划/program']);
    // An ordinal of plans alone dates, it names no plan.
    expect(names('第十四个五年规划期间，全市经济稳步增长。')).toEqual([]);
  });

  it('finds a place jieba glues to the everyday word after it (美国市场/nt) as a candidate', () => {
    expect(offeredIn('稳定美国市场，开拓新兴市场。')).toContain('美国');
    expect(offeredIn('和平区域协同发展。')).not.toContain('和平区');
  });

  it('takes the party committee and government of a county, banner or prefecture named by their level', () => {
    expect(names('县委、县政府高度重视，州委召开专题会议。')).toEqual(['县委/organization', '县政府/organization', '州委/organization']);
    // …but not inside another word (由市委托第三方: 委托).
    expect(names('由市委托第三方评估。')).toEqual([]);
    // …and of a banner, Inner Mongolia's county.
    expect(names('旗委、旗政府高度重视。')).toEqual(['旗委/organization', '旗政府/organization']);
  });

  it('takes a unit written in full inside its body’s name, however jieba tags its name (大足/d 区人民政府/nt)', () => {
    expect(names('重庆市大足区人民政府工作报告')).toEqual(expect.arrayContaining(['重庆市大足区人民政府/organization', '大足区/place']));
    // A level glued to the rest of a word is no unit's (和平区域 is no 和平区).
    expect(names('推动和平区域协同发展。')).not.toContain('和平区/place');
  });

  it('reads 至 between the towns or stations a route joins as part of its name, where jieba knows neither as a place', () => {
    expect(names('和田至若羌铁路、将军庙至淖毛湖铁路开工建设。')).toEqual(['和田至若羌铁路/project', '将军庙至淖毛湖铁路/project']);
  });

  it('takes a metro line by its number and a line by the places it joins, but not a word that ends in 线', () => {
    expect(names('加快四号线、九号线和郑州地铁3号线建设。')).toEqual(['四号线/project', '九号线/project', '郑州地铁3号线/project']);
    // A number in digits is no quantity before 号线 (6号线), as it is before 号 (3号楼).
    expect(names('推进6号线、12号线建设，3号楼投用。')).toEqual(['6号线/project', '12号线/project']);
    expect(names('打造青甘线、柴达木环线等精品线路。')).toEqual(expect.arrayContaining(['青甘线/project', '柴达木环线/project']));
    expect(names('以供给侧结构性改革为主线，采取视频连线方式，开通国际航线和十条旅游路线，新建两条生产线。').filter((name) => name.endsWith('线/project'))).toEqual([]);
    // jieba knows some railways by name, as proper nouns (京沪线/nz): those are lines.
    expect(names('改造京沪线和陇海线。')).toEqual(['京沪线/project', '陇海线/project']);
  });

  it('takes a road named before 大道, but not an idiom’s road (康庄大道)', () => {
    expect(names('建成滨江大道和惠民大道。')).toEqual(expect.arrayContaining(['惠民大道/project']));
    expect(names('走上共同富裕的康庄大道。').filter((name) => name.endsWith('大道/project'))).toEqual([]);
  });

  it('takes the phase written after a work into its name (四号线一期, 重庆无水港一期项目)', () => {
    expect(names('四号线一期建成通车。')).toEqual(['四号线一期/project']);
    expect(names('重庆无水港一期项目开工。')).toEqual(['重庆无水港一期项目/project']);
  });

  it('reads the items before a counted category as that kind (等10个项目, 等220个亿元以上产业项目, 等成长型科技企业)', () => {
    // A trade name and its industry (华能风电) is the firm's name, a list of projects counting it or not, as the annotators type it.
    expect(names('建昊光伏、华能风电等10个项目竣工投产。')).toEqual(['建昊光伏/project', '华能风电/organization']);
    expect(names('黑系智能房车、榆树风电制氢合成氨等220个亿元以上产业项目开工建设。')).toEqual(['黑系智能房车/project', '榆树风电制氢合成氨/project']);
    expect(names('聚集昆泰时空等成长型科技企业32家。')).toEqual(['昆泰时空/organization']);
    // …but a counted category follows kinds of work as often: those stay out (新建、续建; 学校、养老院).
    expect(names('新建、续建、改扩建等60个项目，学校、医院、养老院等12个民生项目。')).toEqual([]);
  });

  it('takes a party committee’s departments and a government’s press office after the body they belong to', () => {
    expect(names('北碚区委宣传部组织活动，市委组织部、县委统战部参加。')).toEqual(
      expect.arrayContaining(['北碚区委宣传部/organization', '市委组织部/organization', '县委统战部/organization']),
    );
    expect(names('省政府新闻办举行发布会。')).toEqual(['省政府新闻办/organization']);
    // Without a body before it the word is a kind of department or a common phrase.
    expect(names('宣传部门加强组织部署。')).toEqual([]);
  });

  it('takes a plan title written with 2035年 and a country before it', () => {
    expect(names('中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要提出。')).toEqual(['中华人民共和国国民经济和社会发展第十四个五年规划和2035年远景目标纲要/program']);
  });

  it('reads a conjunction before a level (和县 of 领导和县人大) as no county, though jieba tags it a place', () => {
    const found = entities('在县委的坚强领导和县人大、县政协的监督支持下，全县经济稳步发展。');
    expect(found.map((entity) => entity.label)).not.toContain('和县');
    // …but the county of 安徽 is still one (和县主动融入南京都市圈).
    expect(names('安徽省和县主动融入南京都市圈。')).toContain('和县/place');
  });

  it('ends a body’s name at its head where jieba glues the head to the office after it (区委书记/n)', () => {
    expect(names('东城区委书记孙某说。')).toEqual(['东城区委/organization']);
  });

  it('takes two cities made one (同城化) as a programme, and a plan proposed by a party committee whole', () => {
    expect(names('加快推进贵阳贵安同城化，深化沈抚同城化。')).toEqual(['贵阳贵安同城化/program', '沈抚同城化/program']);
    // A field made one across cities is no name: it needs the places.
    expect(names('推进公共服务同城化、教育医疗同城化。')).toEqual([]);
    expect(names('审议中共四川省委关于制定四川省国民经济和社会发展第十五个五年规划的建议。')).toContain(
      '中共四川省委关于制定四川省国民经济和社会发展第十五个五年规划的建议/program',
    );
  });

  it('reads a work closed by 工程 or 项目 and a name after it as two names, and 建设 before a proper name as a clause', () => {
    expect(names('仪式在贵阳市轨道交通S1线一期工程贵安新区麦湖路站项目现场举行。')).not.toContain('贵阳市轨道交通S1线一期工程贵安新区麦湖路站项目/project');
    expect(names('支持绵阳科技城建设中国特色社会主义科技创新先行区。')).toEqual(expect.arrayContaining(['绵阳科技城/project', '中国特色社会主义科技创新先行区/program']));
    // 暨 joins two parts of one name; a one-character word opens none.
    expect(offeredIn('建设忠州中学校迁建工程暨县体育中心。')).toContain('忠州中学校迁建工程暨县体育中心');
  });
});

describe('16. works listed by separators, numeral codes, mottos without quotes, campaigns, clause frames', () => {
  it('takes each work of a 、-list whole, verbs and 及 inside it, and never the part after its 及', () => {
    const found = names('开工光华电子8英寸晶圆及封装测试项目、北川新材料年产5万吨涂布及复合加工项目、东林湖旅游码头建设项目。');
    expect(found).toEqual(expect.arrayContaining(['光华电子8英寸晶圆及封装测试项目/project', '北川新材料年产5万吨涂布及复合加工项目/project']));
    expect(found).not.toContain('复合加工项目/project');
    expect(found).not.toContain('封装测试项目/project');
    // One work is no list: its 及 may join two names, and the walk decides alone.
    expect(offeredIn('推进江南大道及滨江路改造工程。')).not.toContain('推进江南大道及滨江路改造工程');
  });

  it('takes a quoted code of digits that no head completes as a numeral slogan, and no lone quantity', () => {
    expect(names('全面构建“2468”产业空间体系，落实“3+3”帮扶机制。')).toEqual(expect.arrayContaining(['“2468”/slogan']));
    expect(names('全年接待游客“15”万人次。')).toEqual([]);
    expect(names('全年接待游客1361万人次。')).toEqual([]);
  });

  it('takes an unquoted motto of four-character phrases that a word after it names as a motto', () => {
    expect(names('坚持稳中求进、守正创新、先立后破、系统集成工作导向，推动发展。')).toEqual(['稳中求进、守正创新、先立后破、系统集成/slogan']);
    // A list of topics has no such word after it.
    expect(names('加强科技创新、产业升级、人才培养、生态保护工作。')).toEqual([]);
  });

  it('offers a campaign named by two everyday words (美育浸润行动), but no campaign of one (联合行动)', () => {
    expect(offeredIn('持续开展书香润城行动。')).toContain('书香润城行动');
    expect(offeredIn('开展联合行动。')).not.toContain('联合行动');
  });

  it('takes a term of the policy vocabulary written without quotes, unless a longer name holds it', () => {
    expect(names('全力做好六稳工作、落实六保任务。')).toEqual(['六稳/slogan', '六保/slogan']);
    expect(names('深入实施以大数据智能化为引领的创新驱动发展战略行动计划。')).toEqual(['以大数据智能化为引领的创新驱动发展战略行动计划/program']);
    // …nor a body's head after its level (旗/n 政协).
    expect(names('旗政府、旗人大、旗政协负责同志列席会议。')).not.toContain('政协/organization');
  });

  it('takes a people’s congress standing committee after its jurisdiction, and two bodies joined by 和 apart', () => {
    expect(names('江津区人大常委会开展视察，县人大常委会审议报告。')).toEqual(expect.arrayContaining(['江津区人大常委会/organization', '县人大常委会/organization']));
    expect(names('贯彻党中央、国务院和省委、省政府部署。')).toEqual(['党中央/organization', '国务院/organization', '省委/organization', '省政府/organization']);
  });

  it('opens a work with the unit written in full that it holds, not with the words of the clause before it', () => {
    expect(offeredIn('与主城都市区共建四川省广安市新能源汽车配套产业园。')).not.toContain('主城都市区共建四川省广安市新能源汽车配套产业园');
    // A prefecture's one-character short form before its level is a jurisdiction the work may open with.
    expect(offeredIn('开工巴州库尔勒市铁路专用线建设项目。')).toContain('巴州库尔勒市铁路专用线建设项目');
  });

  it('cuts a time word or an adverbial adjective and the verb after it off a name’s left edge (全年签约京津项目, 圆满承办第十三届…)', () => {
    expect(offeredIn('全年引进长三角项目45个。')).not.toContain('全年引进长三角项目');
    expect(offeredIn('今年新签约粤港澳大湾区合作项目。')).not.toContain('今年新签约粤港澳大湾区合作项目');
    const fair = offeredIn('成功举办第五届中国（绵阳）科技城国际科技博览会。');
    expect(fair).toContain('第五届中国（绵阳）科技城国际科技博览会');
    expect(fair).not.toContain('成功举办第五届中国（绵阳）科技城国际科技博览会');
  });

  it('reads works counted right after their kind, and a jurisdiction’s works of a rank, as categories', () => {
    expect(names('从建设性质看，新建项目40个，续建项目93个。')).toEqual([]);
    expect(names('梳理万州重点项目，推进成都市级重大项目。').filter((name) => name.endsWith('项目/project'))).toEqual([]);
    // A count that a noun follows counts the list the names end (庐山站、峡江站2个项目).
    expect(names('建成泸定站、汉源站2个项目。')).toEqual(expect.arrayContaining(['泸定站/project', '汉源站/project']));
    // …and a place's works counted are a programme's.
    expect(names('实施三峡后续项目519个。')).toContain('三峡后续项目/project');
  });

  it('reads no everyday prose that opens with numerals as a numeral slogan (双方一致), and no span with a pronoun inside as a name', () => {
    expect(names('双方一致同意，三方一样重视。')).toEqual([]);
    expect(names('推动一区两群协调发展。')).toContain('一区两群/slogan');
    expect(offeredIn('主会场设在该县经济技术开发区。')).not.toContain('主会场设在该县经济技术开发区');
  });

  it('reads the fields before 等领域企业 and sectors jieba tags organizations as no firms', () => {
    expect(names('支持钛材、锂电、电梯等领域企业做大做强。')).toEqual([]);
    expect(names('培育劳动密集型产业、新兴产业、资源密集型产业等。')).toEqual([]);
    // Firms listed by name before 等企业 still are (长安、长城等车企).
    expect(names('吸引长安、长城等车企落户。')).toEqual(['长安/organization', '长城/organization']);
  });

  it('takes a firm named by a trade name and its industry, but not a sector, a place’s industry or a firm’s product', () => {
    expect(names('引进落地四川锂源新能源等项目，支持长安汽车研发。')).toEqual(expect.arrayContaining(['四川锂源新能源/organization', '长安汽车/organization']));
    expect(names('发展消费电子和广东新能源产业，壮大汽车电子。').filter((name) => name.endsWith('/organization'))).toEqual([]);
    // The industry that a noun follows is the start of the firm's product, a project's name (比亚迪新能源汽车动力电池).
    expect(names('比亚迪新能源汽车动力电池项目开工。')).not.toContain('比亚迪新能源/organization');
  });

  it('knows the State Council’s departments and the central party organs by their names and short forms', () => {
    expect(names('经国家林业和草原局批复，中组部、人社部联合发文。')).toEqual(['国家林业和草原局/organization', '中组部/organization', '人社部/organization']);
    expect(entities('国家林草局与国家林业和草原局是一个机构。').filter((entity) => entity.type === 'organization').map((entity) => entity.label)).toHaveLength(1);
  });

  it('reads an annual or medium-term plan without its jurisdiction as a kind (年度计划/n)', () => {
    expect(names('年度计划投资34亿元，完成年度计划的112%。')).toEqual([]);
  });
});
