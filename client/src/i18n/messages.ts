import type { Lang } from '../state/ViewState.js';
import type { Command } from '../app/shortcuts.js';
import { chineseList, englishList } from './lists.js';
import { keyboardEn, keyboardZh, type KeyboardMessages } from './keyboardMessages.js';
import { targetsEn, targetsZh, type TargetsMessages } from './targetsMessages.js';
import { timeMessages } from './timeMessages.js';
import type { PledgeStatus } from '../generated/graphql.js';

/** Every piece of UI text, in both languages (data comes with its own names; the targets view's in targetsMessages.ts). */
export interface Messages extends TargetsMessages, KeyboardMessages {
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
  timeHeading: string;
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
  pin: string;
  unpin: string;
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
  /** Heading of the bureaus whose pledges name the selected entity. */
  pledgedBy: (bureaus: number) => string;
  relationshipsUnknown: string;
  sources: string;
  showInArticle: string;
  moreNeighbours: (n: number) => string;
  edgeFrom: string;
  edgeTo: string;
  note: string;
  attribution: string;
  /** Marks a pledge whose words break off in the source (its name ends in …). */
  cutOff: string;
  /** The button under a long list of the details that shows all of it. */
  showAll: (n: number) => string;
  confidence: string;
  articleHeading: string;
  articleLoading: string;
  articleHint: string;
  /** The database holds no source document. */
  articleMissing: string;
  /** The load that brings the article failed (the status line above offers the retry). */
  articleFailed: string;
  /** Pledge statuses (the API's scale, timeMessages.ts) and confidence levels are codes in the data; these are their words. */
  statusNames: Record<PledgeStatus, string>;
  confidenceNames: Record<'high' | 'medium' | 'low', string>;
  /** A tag after curated free text written only in the other language (not a missing translation). */
  writtenIn: Record<Lang, string>;
  writtenInTitle: string;
  pathsHeading: string;
  pathFrom: string;
  pathTo: string;
  pathUnset: string;
  setFromSelection: string;
  setToSelection: string;
  findPaths: string;
  clearPath: string;
  pathNone: (from: string, to: string) => string;
  pathCount: (n: number) => string;
  /** The caption's read-out: one sentence per route, each naming the paths (1-based) it stands for. */
  pathCaption: (routes: { paths: number[]; sentence: string }[]) => string;
  /** Paths through the same nodes: between which pairs their relationships differ. */
  pathParallel: (paths: number[], pairs: { a: string; b: string; relations: string[] }[]) => string;
  /** A pledge's name is a whole clause; in a sentence it needs marking off. */
  pledgeNamed: (name: string) => string;
  exportHeading: string;
  exportPng: string;
  exportSvg: string;
  exportJson: string;
  settingsHeading: string;
  expandLimit: string;
  loading: string;
  loadingOverview: string;
  emptyGraph: string;
  /** A link named nodes the graph no longer holds. */
  linkMissing: (ids: string[]) => string;
  /** The link holds more than the app opens (urlState's caps): only part of it is shown. */
  linkCapped: (max: number) => string;
  /** Expand on a node whose neighbours are all shown already. */
  nothingToExpand: string;
  errorUnavailable: string;
  errorNetwork: string;
  errorOther: (message: string) => string;
  retry: string;
  chooserTitle: (name: string) => string;
  /** `things`: a counted kind, "3 institutions" / "3 个机构". */
  addAll: (things: string) => string;
  overviewCaption: (bureaus: number, shared: number) => string;
  nothingVisible: string;
  /** The counter under the canvas: what is shown, and of how many when filters hide some. */
  graphCounts: (nodes: number, edges: number) => string;
  graphCountsFiltered: (nodes: number, ofNodes: number, edges: number, ofEdges: number) => string;
  /** Captions for views other than the overview and a path: `parts` are counted kinds. */
  canvasHolds: (parts: string[]) => string;
  canvasHoldsOne: (name: string) => string;
  allFiltered: (n: number) => string;
  filtersHideAll: string;
  resetFilters: string;
  /** Presenter mode: the top bar's button, the narration panel, and what can go wrong. */
  present: string;
  stepOf: (step: number, count: number) => string;
  previousStep: string;
  nextStep: string;
  exitPresenter: string;
  fullScreen: string;
  noWalkthrough: string;
  walkMissing: (id: string) => string;
  /** Focus ids of a walkthrough that the graph lacks (the walkthrough's data, not a link). */
  walkFocusMissing: (ids: string[]) => string;
  presenterShortcuts: string;
  /** What the mouse does, under the shortcut tables. */
  mouseHint: string;
  shortcuts: Record<Command, string>;
  /** The shared-projects matrix (?view=shared) and the top bar's way to it. */
  sharedProjects: string;
  sharedHeading: string;
  sharedIntro: string;
  sharedBack: string;
  sharedLoading: string;
  sharedMinBureaus: string;
  sharedMinOption: (n: number) => string;
  sharedHideMenu: string;
  sharedRows: string;
  sharedColumns: string;
  sharedHidden: string;
  sharedShowAll: string;
  sharedCorner: string;
  sharedBureauCount: (n: number) => string;
  sharedPledgeCount: (n: number) => string;
  sharedCellLabel: (bureau: string, pledges: number, entity: string) => string;
  sharedColumnLabel: (entity: string, bureaus: number, pledges: number) => string;
  sharedShowAgain: (name: string) => string;
  sharedNone: (n: number) => string;
  sharedTableLabel: string;
}

const en: Messages = {
  ...targetsEn,
  ...keyboardEn,
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
  timeHeading: timeMessages('en').heading,
  kindsHint: 'Colour and shape per kind; press to hide or show.',
  relationsHeading: 'Relationships',
  layoutHeading: 'Layout',
  // Short: the picker shares one row with the toolbar at 1280 px.
  layoutNames: { fcose: 'Force-directed', concentric: 'Rings by kind', breadthfirst: 'Tree from selection' },
  graphHeading: 'Graph',
  toolbarLabel: 'Graph actions',
  fit: 'Fit',
  zoomSelection: 'Zoom to selection',
  undo: 'Undo',
  redo: 'Redo',
  expand: 'Expand',
  hide: 'Hide',
  hideOthers: 'Hide all but selection',
  pin: 'Pin',
  unpin: 'Unpin',
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
  pledgedBy: (n) => (n === 1 ? 'Pledged by 1 bureau' : `Pledged by ${n} bureaus`),
  relationshipsUnknown: 'Loading relationships…',
  sources: 'Sources',
  showInArticle: 'Show in the article',
  moreNeighbours: (n) => `+${n} more neighbours…`,
  edgeFrom: 'From',
  edgeTo: 'To',
  note: 'Note',
  attribution: 'Attribution',
  cutOff: 'cut off in the source',
  showAll: (n) => `Show all ${n}`,
  confidence: 'Confidence',
  articleHeading: 'The article',
  articleLoading: 'Loading the article…',
  articleHint: 'Highlighted words are cited by the graph; click one to select what cites it.',
  articleMissing: 'There is no article in the database: load the seeds (npm run load).',
  articleFailed: 'The article could not be loaded. Use “Try again” above, or reload the page.',
  statusNames: timeMessages('en').statusNames,
  confidenceNames: { high: 'high', medium: 'medium', low: 'low' },
  writtenIn: { zh: '(in Chinese)', en: '' },
  writtenInTitle: 'The curator wrote this only in Chinese.',
  pathsHeading: 'Paths',
  pathFrom: 'From',
  pathTo: 'To',
  pathUnset: '(not set)',
  setFromSelection: 'Use selection as start',
  setToSelection: 'Use selection as end',
  findPaths: 'Show shortest paths',
  clearPath: 'Clear paths',
  pathNone: (from, to) => `No path joins ${from} and ${to} within 6 steps.`,
  pathCount: (n) => `${n} shortest path${n === 1 ? '' : 's'}:`,
  pathCaption: (routes) => {
    const total = routes.reduce((n, r) => n + r.paths.length, 0);
    if (routes.length === 1)
      return total === 1 ? routes[0]!.sentence : `${total} shortest paths through the same nodes, joined by different relationships: ${routes[0]!.sentence}`;
    const label = (paths: number[]) =>
      paths.length === 1 ? `Path ${paths[0]}` : `Paths ${englishList(paths.map(String))} (same nodes, different relationships)`;
    return `${total} shortest paths. ${routes.map((r) => `${label(r.paths)}: ${r.sentence}`).join(' ')}`;
  },
  pathParallel: (paths, pairs) =>
    `Paths ${englishList(paths.map(String))} pass through the same nodes; they differ only in the relationship between ${pairs.map((p) => `${p.a} and ${p.b} (${p.relations.join(' / ')})`).join('; ')}.`,
  pledgeNamed: (name) => `the pledge “${name}”`,
  exportHeading: 'Share and export',
  exportPng: 'PNG image (2×)',
  exportSvg: 'SVG (vector)',
  exportJson: 'JSON of the visible subgraph',
  settingsHeading: 'Settings',
  expandLimit: 'Neighbours added per expansion',
  loading: 'Loading…',
  loadingOverview: 'Loading the overview…',
  emptyGraph: 'The graph is empty: load the seeds (npm run load).',
  nothingToExpand: 'Every neighbour of this node is already shown.',
  // At most three ids: a crafted link of hundreds must not fill half the screen.
  linkMissing: (ids) =>
    `This link names ${ids.length === 1 ? 'a node' : `${ids.length} nodes`} the graph no longer holds (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ` and ${ids.length - 3} more` : ''}); the rest of the view is shown.`,
  linkCapped: (max) => `This link holds more than the app opens (at most ${max} nodes, or a very long address); only its first part is shown.`,
  errorUnavailable: 'The graph database is unavailable right now. Try again in a moment.',
  errorNetwork: 'The server cannot be reached. Check that it is running, then try again.',
  errorOther: (message) => `Something went wrong: ${message}`,
  retry: 'Try again',
  chooserTitle: (name) => `More neighbours of ${name}`,
  addAll: (things) => `Add ${things}`,
  overviewCaption: (bureaus, shared) =>
    `Overview: the ${bureaus} bureaus and the ${shared} things that the pledges of two or more of them share. Double-click a node (or select it and press Enter) to expand it.`,
  nothingVisible: 'Nothing on the canvas. Search above, or go back to the overview.',
  graphCounts: (nodes, edges) => `${nodes} node${nodes === 1 ? '' : 's'} · ${edges} relationship${edges === 1 ? '' : 's'}`,
  graphCountsFiltered: (nodes, ofNodes, edges, ofEdges) =>
    `${nodes} of ${ofNodes} node${ofNodes === 1 ? '' : 's'} · ${edges} of ${ofEdges} relationship${ofEdges === 1 ? '' : 's'} shown`,
  canvasHolds: (parts) => `On the canvas: ${englishList(parts)}.`,
  canvasHoldsOne: (name) => `Only ${name} is on the canvas. Double-click it (or press Enter) to expand it.`,
  allFiltered: (n) =>
    `${n === 1 ? 'The node on the canvas is' : `All ${n} nodes on the canvas are`} of hidden kinds: press a kind on the left to show it again.`,
  filtersHideAll: 'The filters hide everything on the canvas.',
  resetFilters: 'Reset filters',
  present: 'Present',
  stepOf: (step, count) => `Step ${step} of ${count}`,
  previousStep: 'Previous',
  nextStep: 'Next',
  exitPresenter: 'Exit',
  fullScreen: 'Full screen',
  noWalkthrough: 'There is no walkthrough in the database: load the seeds (npm run load).',
  walkMissing: (id) => `This link names a walkthrough the graph no longer holds (${id}); the rest of the view is shown.`,
  walkFocusMissing: (ids) =>
    `The walkthrough shows ${ids.length === 1 ? 'a node' : `${ids.length} nodes`} the graph does not hold (${ids.join(', ')}); its steps go on without them.`,
  presenterShortcuts: 'While presenting',
  mouseHint:
    'Double-click a node to expand it; Shift+click adds to the selection, and then Enter, Delete, Shift+Delete and Shift+P act on every selected node; right-click a node for its menu.',
  shortcuts: {
    search: 'Focus the search box',
    expand: 'Expand every selected node (one undo step)',
    hide: 'Hide every selected node',
    hideOthers: 'Keep only the selection, hide the rest',
    pin: 'Pin every selected node where it is (again: unpin)',
    menu: 'Open the menu of the selected node (also right-click)',
    undo: 'Undo',
    redo: 'Redo',
    fit: 'Fit the graph to the window',
    zoom: 'Zoom to the selection',
    lang: 'Switch Chinese / English',
    help: 'Show this list',
    escape: 'Close a dialog, clear the selection',
    pathFrom: 'Path: start at the selected node',
    pathTo: 'Path: end at the selected node',
    findPaths: 'Show the shortest paths',
    nextStep: 'Next step',
    previousStep: 'Previous step',
    firstStep: 'First step',
    lastStep: 'Last step',
    exitPresenter: 'Leave presenter mode',
  },
  sharedProjects: 'Shared projects',
  sharedHeading: 'Projects and places that bureaus share',
  sharedIntro:
    'Each cell counts one bureau’s pledges on a project or place. Press a cell or a column heading to see those bureaus, their pledges and the project in the graph.',
  sharedBack: '← Back to the graph',
  sharedLoading: 'Loading the shared projects…',
  sharedMinBureaus: 'Shared by at least',
  sharedMinOption: (n) => `${n} bureau${n === 1 ? '' : 's'}`,
  sharedHideMenu: 'Show or hide rows and columns',
  sharedRows: 'Bureaus (rows)',
  sharedColumns: 'Projects and places (columns)',
  sharedHidden: 'Hidden:',
  sharedShowAll: 'Show all',
  sharedCorner: 'Bureau',
  sharedBureauCount: (n) => `${n} bureau${n === 1 ? '' : 's'}`,
  sharedPledgeCount: (n) => `${n} pledge${n === 1 ? '' : 's'}`,
  sharedCellLabel: (bureau, pledges, entity) => `${bureau}: ${pledges} pledge${pledges === 1 ? '' : 's'} on ${entity}. Open in the graph`,
  sharedColumnLabel: (entity, bureaus, pledges) =>
    `${entity}: ${bureaus} bureau${bureaus === 1 ? '' : 's'}, ${pledges} pledge${pledges === 1 ? '' : 's'}. Open in the graph`,
  sharedShowAgain: (name) => `Show ${name} again`,
  sharedNone: (n) => `No project or place is concerned by the pledges of ${n} or more bureaus, or all are hidden.`,
  sharedTableLabel: 'Pledges per bureau on shared projects and places',
};

const zh: Messages = {
  ...targetsZh,
  ...keyboardZh,
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
  timeHeading: timeMessages('zh').heading,
  kindsHint: '每种类型有自己的颜色和形状；点击可隐藏或显示。',
  relationsHeading: '关系',
  layoutHeading: '布局',
  layoutNames: { fcose: '力导向', concentric: '按类型分环', breadthfirst: '从所选节点展开' },
  graphHeading: '图谱',
  toolbarLabel: '图谱操作',
  fit: '适应窗口',
  zoomSelection: '缩放到所选',
  undo: '撤销',
  redo: '重做',
  expand: '展开',
  hide: '隐藏',
  hideOthers: '只保留所选',
  pin: '固定',
  unpin: '取消固定',
  overview: '总览',
  detailsHeading: '详情',
  detailsEmpty: '选择一个节点或关系，查看文章中的相关内容。',
  kind: '类型',
  otherName: '英文名',
  aliases: '别称',
  summary: '摘要',
  numbers: '目标数据',
  numberFields: { metric: '指标', target: '目标值', unit: '单位', comparator: '比较', year: '年份', status: '状态' },
  pledgeText: '原文',
  relationships: '关系',
  pledgedBy: (n) => `${n} 个部门的承诺涉及此项`,
  relationshipsUnknown: '正在加载关系…',
  sources: '出处',
  showInArticle: '在文章中显示',
  moreNeighbours: (n) => `还有 ${n} 个相邻节点…`,
  edgeFrom: '起点',
  edgeTo: '终点',
  note: '说明',
  attribution: '归属说明',
  cutOff: '原文在此中断',
  showAll: (n) => `显示全部 ${n} 项`,
  confidence: '可信度',
  articleHeading: '原文',
  articleLoading: '正在加载文章…',
  articleHint: '高亮文字为图谱所引用；点击即可选中引用它的节点。',
  articleMissing: '数据库中没有文章：请先加载数据（npm run load）。',
  articleFailed: '文章未能加载。请点击上方的“重试”，或刷新页面。',
  statusNames: timeMessages('zh').statusNames,
  confidenceNames: { high: '高', medium: '中', low: '低' },
  writtenIn: { zh: '', en: '（英文）' },
  writtenInTitle: '整理者仅以英文撰写此说明，暂无中文版本。',
  pathsHeading: '路径',
  pathFrom: '起点',
  pathTo: '终点',
  pathUnset: '（未设置）',
  setFromSelection: '以所选为起点',
  setToSelection: '以所选为终点',
  findPaths: '显示最短路径',
  clearPath: '清除路径',
  pathNone: (from, to) => `6 步之内没有连接${from}和${to}的路径。`,
  pathCount: (n) => `共 ${n} 条最短路径：`,
  pathCaption: (routes) => {
    const total = routes.reduce((n, r) => n + r.paths.length, 0);
    if (routes.length === 1) return total === 1 ? routes[0]!.sentence : `共 ${total} 条最短路径，经过相同的节点，只是其间的关系不同：${routes[0]!.sentence}`;
    const label = (paths: number[]) => (paths.length === 1 ? `路径 ${paths[0]}` : `路径 ${paths.join('、')}（节点相同，关系不同）`);
    return `共 ${total} 条最短路径。${routes.map((r) => `${label(r.paths)}：${r.sentence}`).join('')}`;
  },
  pathParallel: (paths, pairs) =>
    `路径 ${paths.join('、')} 经过相同的节点，只是${chineseList(pairs.map((p) => `${p.a}与${p.b}之间的关系（${p.relations.join(' / ')}）`))}不同。`,
  pledgeNamed: (name) => `承诺“${name}”`,
  exportHeading: '分享与导出',
  exportPng: 'PNG 图片（2倍）',
  exportSvg: 'SVG（矢量）',
  exportJson: '可见子图 JSON',
  settingsHeading: '设置',
  expandLimit: '每次展开添加的相邻节点数',
  loading: '正在加载…',
  loadingOverview: '正在加载总览…',
  emptyGraph: '图谱为空：请先加载数据（npm run load）。',
  nothingToExpand: '该节点的相邻节点已全部显示。',
  linkMissing: (ids) =>
    `此链接中有 ${ids.length} 个节点已不在图谱中（${ids.slice(0, 3).join('、')}${ids.length > 3 ? ` 等，另有 ${ids.length - 3} 个` : ''}），其余内容照常显示。`,
  linkCapped: (max) => `此链接包含的内容超出本应用可打开的上限（最多 ${max} 个节点，或地址过长），只显示了其前一部分。`,
  errorUnavailable: '图数据库暂时不可用，请稍后再试。',
  errorNetwork: '无法连接服务器。请确认服务器正在运行，然后重试。',
  errorOther: (message) => `出错了：${message}`,
  retry: '重试',
  chooserTitle: (name) => `${name} 的更多相邻节点`,
  addAll: (things) => `添加 ${things}`,
  overviewCaption: (bureaus, shared) => `总览：${bureaus} 个部门，以及两个或以上部门的承诺共同涉及的 ${shared} 个对象。双击节点（或选中后按回车）即可展开。`,
  nothingVisible: '画布上没有节点。请在上方搜索，或返回总览。',
  graphCounts: (nodes, edges) => `${nodes} 个节点 · ${edges} 条关系`,
  graphCountsFiltered: (nodes, ofNodes, edges, ofEdges) => `显示 ${nodes}/${ofNodes} 个节点 · ${edges}/${ofEdges} 条关系`,
  canvasHolds: (parts) => `画布上有 ${parts.join('、')}。`,
  canvasHoldsOne: (name) => `画布上只有${name}。双击它（或选中后按回车）即可展开。`,
  allFiltered: (n) => `画布上的 ${n} 个节点都属于已隐藏的类型：点击左侧的类型即可重新显示。`,
  filtersHideAll: '筛选隐藏了画布上的全部内容。',
  resetFilters: '重置筛选',
  present: '演示',
  stepOf: (step, count) => `第 ${step} 步，共 ${count} 步`,
  previousStep: '上一步',
  nextStep: '下一步',
  exitPresenter: '退出',
  fullScreen: '全屏',
  noWalkthrough: '数据库中没有导览：请先加载数据（npm run load）。',
  walkMissing: (id) => `此链接中的导览已不在图谱中（${id}），其余内容照常显示。`,
  walkFocusMissing: (ids) => `导览中有 ${ids.length} 个节点已不在图谱中（${ids.join('、')}），各步骤将不显示它们。`,
  presenterShortcuts: '演示时',
  mouseHint: '双击节点即可展开；按住 Shift 点击可多选，之后 Enter、Delete、Shift+Delete 和 Shift+P 作用于所有所选节点；右键点击节点可打开其菜单。',
  shortcuts: {
    search: '聚焦搜索框',
    expand: '展开所有所选节点（一步撤销）',
    hide: '隐藏所有所选节点',
    hideOthers: '只保留所选，隐藏其余',
    pin: '将所有所选节点固定在原位（再按一次取消固定）',
    menu: '打开所选节点的菜单（也可右键点击）',
    undo: '撤销',
    redo: '重做',
    fit: '使图谱适应窗口',
    zoom: '缩放到所选',
    lang: '切换中文 / 英文',
    help: '显示此列表',
    escape: '关闭对话框，取消选择',
    pathFrom: '路径：以所选节点为起点',
    pathTo: '路径：以所选节点为终点',
    findPaths: '显示最短路径',
    nextStep: '下一步',
    previousStep: '上一步',
    firstStep: '第一步',
    lastStep: '最后一步',
    exitPresenter: '退出演示',
  },
  sharedProjects: '共同项目',
  sharedHeading: '各部门共同涉及的项目和地点',
  sharedIntro: '每个格子是一个部门涉及该项目或地点的承诺数。点击格子或列标题，即可在图谱中查看这些部门、它们的承诺和该项目。',
  sharedBack: '← 返回图谱',
  sharedLoading: '正在加载共同项目…',
  sharedMinBureaus: '至少涉及的部门数',
  sharedMinOption: (n) => `${n} 个部门`,
  sharedHideMenu: '显示或隐藏行和列',
  sharedRows: '部门（行）',
  sharedColumns: '项目和地点（列）',
  sharedHidden: '已隐藏：',
  sharedShowAll: '全部显示',
  sharedCorner: '部门',
  sharedBureauCount: (n) => `${n} 个部门`,
  sharedPledgeCount: (n) => `${n} 项承诺`,
  sharedCellLabel: (bureau, pledges, entity) => `${bureau}：${pledges} 项承诺涉及${entity}。在图谱中打开`,
  sharedColumnLabel: (entity, bureaus, pledges) => `${entity}：${bureaus} 个部门，${pledges} 项承诺。在图谱中打开`,
  sharedShowAgain: (name) => `重新显示${name}`,
  sharedNone: (n) => `没有 ${n} 个或以上部门的承诺共同涉及的项目或地点，或已全部隐藏。`,
  sharedTableLabel: '各部门在共同项目和地点上的承诺数',
};

const MESSAGES: Record<Lang, Messages> = { en, zh };

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}
