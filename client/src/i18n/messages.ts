import type { Lang } from '../state/ViewState.js';

/** Every piece of UI text, in both languages (data comes with its own names). */
export interface Messages {
  appTitle: string;
  appSubtitle: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchNoResults: (text: string) => string;
  searchSearching: string;
  searchResults: (n: number) => string;
  switchLanguage: string;
  help: string;
  helpTitle: string;
  close: string;
  kindsHeading: string;
  kindsHint: string;
  relationsHeading: string;
  layoutHeading: string;
  layoutNames: Record<'fcose' | 'concentric' | 'breadthfirst', string>;
  graphHeading: string;
  toolbarLabel: string;
  fit: string;
  zoomSelection: string;
  undo: string;
  redo: string;
  expand: string;
  hide: string;
  hideOthers: string;
  overview: string;
  detailsHeading: string;
  detailsEmpty: string;
  kind: string;
  otherName: string;
  aliases: string;
  summary: string;
  numbers: string;
  numberFields: Record<'metric' | 'target' | 'unit' | 'comparator' | 'year' | 'status', string>;
  pledgeText: string;
  relationships: string;
  relationshipsUnknown: string;
  sources: string;
  showInArticle: string;
  moreNeighbours: (n: number) => string;
  edgeFrom: string;
  edgeTo: string;
  note: string;
  attribution: string;
  confidence: string;
  articleHeading: string;
  articleLoading: string;
  articleHint: string;
  pathsHeading: string;
  pathFrom: string;
  pathTo: string;
  pathUnset: string;
  setFromSelection: string;
  setToSelection: string;
  findPaths: string;
  clearPath: string;
  pathNone: string;
  pathCount: (n: number) => string;
  exportHeading: string;
  exportPng: string;
  exportSvg: string;
  exportJson: string;
  settingsHeading: string;
  expandLimit: string;
  loading: string;
  loadingOverview: string;
  emptyGraph: string;
  errorUnavailable: string;
  errorNetwork: string;
  errorOther: (message: string) => string;
  retry: string;
  chooserTitle: (name: string) => string;
  addAll: (kind: string, n: number) => string;
  overviewCaption: (shared: number) => string;
  nothingVisible: string;
  shortcuts: Record<'search' | 'expand' | 'hide' | 'hideOthers' | 'undo' | 'redo' | 'fit' | 'zoom' | 'lang' | 'help' | 'escape', string>;
}

const en: Messages = {
  appTitle: 'Pledge graph',
  appSubtitle: 'Taibai Lake New District, Jining · 2023 pledges of five bureaus',
  searchLabel: 'Search the graph',
  searchPlaceholder: 'Search: 复兴之路, Sihekou, ZTO…',
  searchNoResults: (text) => `Nothing matches “${text}”.`,
  searchSearching: 'Searching…',
  searchResults: (n) => `${n} result${n === 1 ? '' : 's'}; use ↑ ↓ and Enter.`,
  switchLanguage: '中文',
  help: 'Keyboard shortcuts',
  helpTitle: 'Keyboard shortcuts',
  close: 'Close',
  kindsHeading: 'Kinds',
  kindsHint: 'Colour and shape per kind; press to hide or show.',
  relationsHeading: 'Relationships',
  layoutHeading: 'Layout',
  layoutNames: { fcose: 'Force-directed (fcose)', concentric: 'Concentric by kind', breadthfirst: 'Breadth-first from selection' },
  graphHeading: 'Graph',
  toolbarLabel: 'Graph actions',
  fit: 'Fit',
  zoomSelection: 'Zoom to selection',
  undo: 'Undo',
  redo: 'Redo',
  expand: 'Expand',
  hide: 'Hide',
  hideOthers: 'Hide all but selection',
  overview: 'Overview',
  detailsHeading: 'Details',
  detailsEmpty: 'Select a node or a relationship to see what the article says about it.',
  kind: 'Kind',
  otherName: 'Chinese name',
  aliases: 'Also written',
  summary: 'Summary',
  numbers: 'Numbers',
  numberFields: { metric: 'Metric', target: 'Target', unit: 'Unit', comparator: 'Comparator', year: 'Year', status: 'Status' },
  pledgeText: 'In the article’s words',
  relationships: 'Relationships',
  relationshipsUnknown: 'Loading relationships…',
  sources: 'Sources',
  showInArticle: 'Show in the article',
  moreNeighbours: (n) => `+${n} more neighbours…`,
  edgeFrom: 'From',
  edgeTo: 'To',
  note: 'Note',
  attribution: 'Attribution',
  confidence: 'Confidence',
  articleHeading: 'The article',
  articleLoading: 'Loading the article…',
  articleHint: 'Highlighted words are cited by the graph; click one to select what cites it.',
  pathsHeading: 'Paths',
  pathFrom: 'From',
  pathTo: 'To',
  pathUnset: '(not set)',
  setFromSelection: 'Use selection as start',
  setToSelection: 'Use selection as end',
  findPaths: 'Show shortest paths',
  clearPath: 'Clear paths',
  pathNone: 'No path joins them within 6 steps.',
  pathCount: (n) => `${n} shortest path${n === 1 ? '' : 's'}:`,
  exportHeading: 'Share and export',
  exportPng: 'PNG image (2×)',
  exportSvg: 'SVG (vector)',
  exportJson: 'JSON of the visible subgraph',
  settingsHeading: 'Settings',
  expandLimit: 'Neighbours added per expansion',
  loading: 'Loading…',
  loadingOverview: 'Loading the overview…',
  emptyGraph: 'The graph is empty: load the seeds (npm run load).',
  errorUnavailable: 'The graph database is unavailable right now. Try again in a moment.',
  errorNetwork: 'The server cannot be reached. Check that it is running, then try again.',
  errorOther: (message) => `Something went wrong: ${message}`,
  retry: 'Try again',
  chooserTitle: (name) => `More neighbours of ${name}`,
  addAll: (kind, n) => `Add ${n} × ${kind}`,
  overviewCaption: (shared) =>
    `Overview: the five bureaus and the ${shared} things that the pledges of two or more of them share. Double-click a node (or select it and press Enter) to expand it.`,
  nothingVisible: 'Nothing on the canvas. Search above, or go back to the overview.',
  shortcuts: {
    search: 'Focus the search box',
    expand: 'Expand the selected node',
    hide: 'Hide the selection',
    hideOthers: 'Hide all but the selection',
    undo: 'Undo',
    redo: 'Redo',
    fit: 'Fit the graph to the window',
    zoom: 'Zoom to the selection',
    lang: 'Switch Chinese / English',
    help: 'Show this list',
    escape: 'Close a dialog, clear the selection',
  },
};

const zh: Messages = {
  appTitle: '承诺图谱',
  appSubtitle: '济宁太白湖新区 · 五个部门的2023年承诺',
  searchLabel: '搜索图谱',
  searchPlaceholder: '搜索：复兴之路、泗河口、中通…',
  searchNoResults: (text) => `没有与“${text}”匹配的结果。`,
  searchSearching: '正在搜索…',
  searchResults: (n) => `共 ${n} 条结果，用 ↑ ↓ 和回车选择。`,
  switchLanguage: 'English',
  help: '键盘快捷键',
  helpTitle: '键盘快捷键',
  close: '关闭',
  kindsHeading: '类型',
  kindsHint: '每种类型有自己的颜色和形状；点击可隐藏或显示。',
  relationsHeading: '关系',
  layoutHeading: '布局',
  layoutNames: { fcose: '力导向（fcose）', concentric: '按类型同心圆', breadthfirst: '从所选节点广度优先' },
  graphHeading: '图谱',
  toolbarLabel: '图谱操作',
  fit: '适应窗口',
  zoomSelection: '缩放到所选',
  undo: '撤销',
  redo: '重做',
  expand: '展开',
  hide: '隐藏',
  hideOthers: '只保留所选',
  overview: '总览',
  detailsHeading: '详情',
  detailsEmpty: '选择一个节点或关系，查看文章中的相关内容。',
  kind: '类型',
  otherName: '英文名',
  aliases: '别称',
  summary: '摘要',
  numbers: '指标',
  numberFields: { metric: '指标', target: '目标值', unit: '单位', comparator: '比较', year: '年份', status: '状态' },
  pledgeText: '原文',
  relationships: '关系',
  relationshipsUnknown: '正在加载关系…',
  sources: '出处',
  showInArticle: '在文章中显示',
  moreNeighbours: (n) => `还有 ${n} 个相邻节点…`,
  edgeFrom: '起点',
  edgeTo: '终点',
  note: '说明',
  attribution: '归属说明',
  confidence: '可信度',
  articleHeading: '原文',
  articleLoading: '正在加载文章…',
  articleHint: '高亮文字为图谱所引用；点击即可选中引用它的节点。',
  pathsHeading: '路径',
  pathFrom: '起点',
  pathTo: '终点',
  pathUnset: '（未设置）',
  setFromSelection: '以所选为起点',
  setToSelection: '以所选为终点',
  findPaths: '显示最短路径',
  clearPath: '清除路径',
  pathNone: '6步之内没有连接它们的路径。',
  pathCount: (n) => `共 ${n} 条最短路径：`,
  exportHeading: '分享与导出',
  exportPng: 'PNG 图片（2倍）',
  exportSvg: 'SVG（矢量）',
  exportJson: '可见子图 JSON',
  settingsHeading: '设置',
  expandLimit: '每次展开添加的相邻节点数',
  loading: '正在加载…',
  loadingOverview: '正在加载总览…',
  emptyGraph: '图谱为空：请先加载数据（npm run load）。',
  errorUnavailable: '图数据库暂时不可用，请稍后再试。',
  errorNetwork: '无法连接服务器。请确认服务器正在运行，然后重试。',
  errorOther: (message) => `出错了：${message}`,
  retry: '重试',
  chooserTitle: (name) => `${name} 的更多相邻节点`,
  addAll: (kind, n) => `添加 ${n} 个${kind}`,
  overviewCaption: (shared) => `总览：五个部门，以及两个或以上部门的承诺共同涉及的 ${shared} 个对象。双击节点（或选中后按回车）即可展开。`,
  nothingVisible: '画布上没有节点。请在上方搜索，或返回总览。',
  shortcuts: {
    search: '聚焦搜索框',
    expand: '展开所选节点',
    hide: '隐藏所选',
    hideOthers: '只保留所选',
    undo: '撤销',
    redo: '重做',
    fit: '使图谱适应窗口',
    zoom: '缩放到所选',
    lang: '切换中文 / 英文',
    help: '显示此列表',
    escape: '关闭对话框，取消选择',
  },
};

const MESSAGES: Record<Lang, Messages> = { en, zh };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}
