/**
 * Every string the explorer shows, in Chinese (the default: the documents and most readers are
 * Chinese) and English. Entity names and document titles are data and are never translated.
 * `{0}`, `{1}` … are filled by `t()`; the results are always inserted as text.
 */
import type { EntityType, RelationKind } from '../core/types.js';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const zh = {
  title: '渝图 · 重庆政策知识图谱',
  'lang.toggle': 'English',
  'lang.toggleLabel': 'Switch to English',
  'search.placeholder': '搜索规划、项目、地点…',
  'search.label': '搜索实体',
  'search.none': '没有匹配的实体',
  'search.alias': '别名：{0}',
  'search.fuzzy': '近似：{0}',
  'skip.panel': '跳到详情面板',
  'open.title': '打开自己的图谱',
  'open.button': '打开 graph.json 或 GEXF…',
  'open.note': '也可以把文件拖到页面上。',
  'open.failed': '无法打开这个文件，当前图谱保持不变',
  'sidebar.toggle': '筛选与图例',
  'graph.label': '知识图谱画布',
  'graph.keys': '方向键平移，加号和减号缩放，0 适配视图，Enter 选中中心附近的节点',
  'zoom.group': '缩放',
  'zoom.in': '放大',
  'zoom.out': '缩小',
  'zoom.fit': '适配显示的节点',
  'panel.label': '详情面板',
  'empty.noDocs': '没有勾选任何文档，所以图中没有节点。请在“筛选”中勾选文档。',
  'empty.nothing': '当前筛选条件下没有可显示的节点。',
  'empty.egoNoSelection': '“只看邻域”需要先选中一个实体：点击节点或搜索。',
  'path.find': '查找路径…',
  'path.findTo': '查找到 {0} 的路径',
  'path.title': '路径',
  'path.to': '终点',
  'path.pick': '选择终点实体',
  'path.k': '条数',
  'path.relations': '可经过的关系',
  'path.minWeight': '最少共现句数',
  'path.none': '{0} 与 {1} 之间没有路径（在当前选项下）。',
  'path.summary': '路径 {0}：{1} 步，共 {2} 个证据句',
  'path.hop': '第 {0} 步',
  'path.moreEvidence': '再显示 {0} 句',
  'path.close': '关闭路径',
  'legend.types': '实体类型',
  'legend.relations': '关系',
  'legend.communityNote': '节点颜色表示社区（Louvain 聚类，以提及最多的成员命名；其余小社区为灰色）。上方勾选框仍按类型筛选。',
  'filters.title': '筛选',
  'filters.ego': '只看所选节点的邻居',
  'filters.egoOff': '关闭',
  'filters.ego1': '一度',
  'filters.ego2': '二度',
  'filters.minWeight': '最少共现句数：{0}',
  'filters.docs': '文档',
  'filters.docsAll': '全选',
  'filters.docsNone': '全不选',
  'filters.hideIsolated': '隐藏孤立节点',
  'filters.colorBy': '着色',
  'filters.colorType': '按类型',
  'filters.colorCommunity': '按社区',
  'filters.summary': '显示 {0} 个节点、{1} 条边',
  'layout.title': '布局',
  'layout.run': '运行 ForceAtlas2',
  'layout.stop': '停止布局',
  'layout.reset': '重置视图',
  'download.title': '导出当前视图',
  'download.gexf': '下载 GEXF',
  'download.png': '下载 PNG',
  'download.svg': '下载 SVG',
  'download.size': '图片大小',
  'download.sizeView': '当前视图',
  'download.sizeView2': '当前视图 ×2',
  'download.sizeWhole': '显示的全部节点 ×2',
  'picture.sources': '来源文档：',
  'panel.empty': '在图中点击一个节点，或用上方搜索框查找规划、项目、地点等，查看它与哪些实体相关以及相关的原文证据。',
  'panel.close': '关闭',
  'panel.top': '提及最多的实体',
  'panel.aliases': '又称',
  'panel.mentions': '提及 {0} 次',
  'panel.documents': '出现于以下文档',
  'panel.docMentions': '{0} 次',
  'panel.relations': '明确关系',
  'panel.neighbors': '相关实体（按共现句数排序）',
  'panel.hiddenNeighbors': '另有 {0} 个相关实体被筛选条件隐藏',
  'panel.noNeighbors': '当前筛选条件下没有相关实体。',
  'panel.showMore': '再显示 {0} 个',
  'panel.context': '原文语境',
  'panel.back': '← 返回 {0}',
  'panel.pairTitle': '两者之间的联系',
  'panel.open': '查看：',
  'panel.cooccurs': '在 {0} 个句子中同时出现',
  'panel.npmi': '关联强度（NPMI）{0}',
  'panel.evidence': '证据句',
  'panel.noLink': '两者之间没有直接联系。',
  'panel.notFound': '图谱中没有名为“{0}”的实体。',
  'panel.didYouMean': '你是不是要找：',
  'panel.weightTitle': '共现句数',
  'rel.expands_to.out': '指的是',
  'rel.expands_to.in': '的简称是',
  'rel.instance_of.out': '属于',
  'rel.instance_of.in': '包括',
  'rel.part_of.out': '是以下的一部分',
  'rel.part_of.in': '包含',
  'rel.located_in.out': '位于',
  'rel.located_in.in': '境内有',
  'error.title': '无法加载图谱',
  'error.missing': '找不到图谱文件 {0}。请先运行 npm start（或 npx yugraph build seeds --out graph）生成图谱。',
  'error.corrupt': '图谱文件 {0} 已损坏或格式不对：{1}',
  'error.network': '读取图谱文件 {0} 失败：{1}',
};

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  title: 'Yugraph · Chongqing policy knowledge graph',
  'lang.toggle': '中文',
  'lang.toggleLabel': '切换到中文',
  'search.placeholder': 'Search programs, projects, places…',
  'search.label': 'Search entities',
  'search.none': 'No matching entity',
  'search.alias': 'alias: {0}',
  'search.fuzzy': 'close to: {0}',
  'skip.panel': 'Skip to the details panel',
  'open.title': 'Open your own graph',
  'open.button': 'Open graph.json or GEXF…',
  'open.note': 'Or drop the file on the page.',
  'open.failed': 'This file could not be opened; the current graph stays',
  'sidebar.toggle': 'Filters & legend',
  'graph.label': 'Knowledge graph canvas',
  'graph.keys': 'Arrow keys pan, plus and minus zoom, 0 fits the view, Enter selects the node nearest the centre',
  'zoom.group': 'Zoom',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',
  'zoom.fit': 'Fit the shown nodes',
  'panel.label': 'Details panel',
  'empty.noDocs': 'No document is ticked, so the graph shows no node. Tick documents under Filters.',
  'empty.nothing': 'Nothing to show under the current filters.',
  'empty.egoNoSelection': '“Only the neighbourhood” needs a selected entity: click a node or search for one.',
  'path.find': 'Find a path…',
  'path.findTo': 'Find paths to {0}',
  'path.title': 'Path',
  'path.to': 'To',
  'path.pick': 'Choose the other entity',
  'path.k': 'Paths',
  'path.relations': 'May follow',
  'path.minWeight': 'At least N shared sentences',
  'path.none': 'There is no path between {0} and {1} (with these options).',
  'path.summary': 'Path {0}: {1} hops, {2} evidence sentences',
  'path.hop': 'Hop {0}',
  'path.moreEvidence': 'Show {0} more',
  'path.close': 'Close the path',
  'legend.types': 'Entity types',
  'legend.relations': 'Relations',
  'legend.communityNote': 'Node colours show communities (Louvain), each named after its most mentioned member; smaller ones are grey. The boxes above still filter by type.',
  'filters.title': 'Filters',
  'filters.ego': "Only the selection's neighbourhood",
  'filters.egoOff': 'off',
  'filters.ego1': 'depth 1',
  'filters.ego2': 'depth 2',
  'filters.minWeight': 'Min. shared sentences: {0}',
  'filters.docs': 'Documents',
  'filters.docsAll': 'all',
  'filters.docsNone': 'none',
  'filters.hideIsolated': 'Hide isolated nodes',
  'filters.colorBy': 'Colour',
  'filters.colorType': 'by type',
  'filters.colorCommunity': 'by community',
  'filters.summary': 'Showing {0} nodes, {1} edges',
  'layout.title': 'Layout',
  'layout.run': 'Run ForceAtlas2',
  'layout.stop': 'Stop layout',
  'layout.reset': 'Reset view',
  'download.title': 'Export the current view',
  'download.gexf': 'Download GEXF',
  'download.png': 'Download PNG',
  'download.svg': 'Download SVG',
  'download.size': 'Picture size',
  'download.sizeView': 'Current view',
  'download.sizeView2': 'Current view ×2',
  'download.sizeWhole': 'Everything shown ×2',
  'picture.sources': 'Source documents:',
  'panel.empty': 'Click a node, or search for a program, project or place above, to see what it is connected to and the sentences that say so.',
  'panel.close': 'Close',
  'panel.top': 'Most mentioned',
  'panel.aliases': 'Also written',
  'panel.mentions': '{0} mentions',
  'panel.documents': 'Mentioned in',
  'panel.docMentions': '{0}×',
  'panel.relations': 'Stated relations',
  'panel.neighbors': 'Connected entities (by shared sentences)',
  'panel.hiddenNeighbors': '{0} more connected entities are hidden by the filters',
  'panel.noNeighbors': 'No connected entities under the current filters.',
  'panel.showMore': 'Show {0} more',
  'panel.context': 'In context',
  'panel.back': '← Back to {0}',
  'panel.pairTitle': 'How they are connected',
  'panel.open': 'open:',
  'panel.cooccurs': 'Named together in {0} sentences',
  'panel.npmi': 'Association (NPMI) {0}',
  'panel.evidence': 'Evidence',
  'panel.noLink': 'There is no direct link between the two.',
  'panel.notFound': 'The graph has no entity called “{0}”.',
  'panel.didYouMean': 'Did you mean:',
  'panel.weightTitle': 'shared sentences',
  'rel.expands_to.out': 'stands for',
  'rel.expands_to.in': 'is abbreviated as',
  'rel.instance_of.out': 'is a',
  'rel.instance_of.in': 'examples',
  'rel.part_of.out': 'part of',
  'rel.part_of.in': 'has parts',
  'rel.located_in.out': 'located in',
  'rel.located_in.in': 'contains',
  'error.title': 'The graph could not be loaded',
  'error.missing': 'The graph file {0} was not found. Run npm start (or npx yugraph build seeds --out graph) to build it.',
  'error.corrupt': 'The graph file {0} is damaged or not a yugraph graph: {1}',
  'error.network': 'Reading the graph file {0} failed: {1}',
};

const STRINGS: Record<Lang, Record<Key, string>> = { zh, en };

const TYPE_NAMES: Record<Lang, Record<EntityType, string>> = {
  zh: { place: '地点', program: '规划纲领', project: '项目', slogan: '口号', organization: '机构' },
  en: { place: 'Place', program: 'Program', project: 'Project', slogan: 'Slogan', organization: 'Organization' },
};

const RELATION_NAMES: Record<Lang, Record<RelationKind, string>> = {
  zh: { cooccurs: '同句共现', expands_to: '简称所指', instance_of: '属于', part_of: '组成部分', located_in: '位于' },
  en: { cooccurs: 'Named together', expands_to: 'Stands for', instance_of: 'Is a', part_of: 'Part of', located_in: 'Located in' },
};

let current: Lang = 'zh';

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
}

export function t(key: Key, ...params: (string | number)[]): string {
  return STRINGS[current][key].replace(/\{(\d)\}/g, (_, index: string) => String(params[Number(index)] ?? ''));
}

export function typeName(type: EntityType): string {
  return TYPE_NAMES[current][type];
}

export function relationName(kind: RelationKind): string {
  return RELATION_NAMES[current][kind];
}

/** How a typed relation reads from one end: outgoing "A part of B", incoming "B has parts A". */
export function relationPhrase(kind: Exclude<RelationKind, 'cooccurs'>, outgoing: boolean): string {
  return t(`rel.${kind}.${outgoing ? 'out' : 'in'}`);
}

/** Fills every `data-i18n` element's text and every `data-i18n-<attr>` attribute of the static page. */
export function applyStaticText(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as Key);
  }
  for (const attribute of ['placeholder', 'aria-label', 'title'] as const) {
    for (const element of root.querySelectorAll<HTMLElement>(`[data-i18n-${attribute}]`)) {
      element.setAttribute(attribute, t(element.getAttribute(`data-i18n-${attribute}`) as Key));
    }
  }
  document.title = t('title');
}
