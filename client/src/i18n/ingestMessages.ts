import type { ItemKind, Decision, Confidence } from '../ingest/reviewItems.js';
import type { PledgeStatus } from '../generated/graphql.js';
import type { Lang } from '../state/ViewState.js';

/** The texts of the review view (?view=ingest), apart from messages.ts to keep merges small. */
export interface IngestMessages {
  pageTitle: string;
  intro: string;
  backToExplorer: string;
  lang: string;
  noToken: string;
  tokenRefused: string;
  textLabel: string;
  textPlaceholder: string;
  fileLabel: string;
  dropHint: string;
  title: string;
  date: string;
  source: string;
  titleRequired: string;
  dateInvalid: string;
  draftButton: string;
  drafting: string;
  progress: (done: number, total: number) => string;
  legend: string;
  kinds: Record<ItemKind, string>;
  decisions: Record<Decision, string>;
  confidence: Record<Confidence, string>;
  statuses: Record<PledgeStatus, string>;
  accept: string;
  reject: string;
  undo: string;
  edit: string;
  merge: string;
  /** The search box of a picker, by what it picks for. */
  pickSearch: { merge: string; concerns: string; pledge: string; entity: string };
  choose: string;
  add: string;
  remove: (name: string) => string;
  closePicker: string;
  none: string;
  mergeInto: (name: string) => string;
  unmerge: string;
  acceptHigh: string;
  acceptMedium: string;
  fields: {
    kind: string;
    name: string;
    nameEn: string;
    metric: string;
    target: string;
    unit: string;
    comparator: string;
    due: string;
    bureau: string;
    concerns: string;
    pledge: string;
    entity: string;
    status: string;
    date: string;
    value: string;
  };
  noBureau: string;
  chooseBureau: string;
  groupBureau: (name: string) => string;
  groups: { mention: string; candidate: string; progress: string };
  text: string;
  list: string;
  save: string;
  saving: string;
  needBureau: (n: number) => string;
  nothingAccepted: string;
  saved: (created: number, mentioned: number, changes: number) => string;
  existed: string;
  open: string;
  exportSeeds: string;
  startOver: string;
  restored: string;
  error: (message: string) => string;
}

const en: IngestMessages = {
  pageTitle: 'Review a new report',
  intro:
    'Paste a report or drop a file (.txt, .md, .html; UTF-8 or GBK). The draft marks what it found in the text; accept, edit, merge or reject each item, then save it to the graph.',
  backToExplorer: 'Back to the explorer',
  lang: '中文',
  noToken:
    'Reviewing needs the editor token: open the editor link that npm start prints (it ends in ?editor=…), then add view=ingest to it, or come back here from that tab.',
  tokenRefused: 'The server refused the editor token (it may have changed): open the editor link that npm start prints, then try again.',
  textLabel: 'Report text',
  textPlaceholder: 'Paste the report here…',
  fileLabel: 'Or choose a file',
  dropHint: 'Drop a .txt, .md or .html file on the text box.',
  title: 'Title',
  date: 'Date (YYYY-MM-DD)',
  source: 'Source link',
  titleRequired: 'A title is required.',
  dateInvalid: 'A date is required, written YYYY-MM-DD (e.g. 2023-07-15).',
  draftButton: 'Draft',
  drafting: 'Drafting…',
  progress: (done, total) => `${done} of ${total} reviewed`,
  legend: 'Legend',
  kinds: { mention: 'Known entity', candidate: 'New entity', pledge: 'Pledge', progress: 'Progress' },
  decisions: { pending: 'not reviewed', accepted: 'accepted', rejected: 'rejected' },
  confidence: { high: 'high', medium: 'medium', low: 'low' },
  statuses: { pledged: 'pledged', in_the_works: 'in the works', stalled: 'stalled', kept: 'kept', compromise: 'compromise', broken: 'broken' },
  accept: 'Accept',
  reject: 'Reject',
  undo: 'Undo',
  edit: 'Edit',
  merge: 'Merge…',
  pickSearch: {
    merge: 'Search the graph for the entity to merge into',
    concerns: 'Search the graph for what the pledge concerns',
    pledge: 'Search the graph for the pledge it reports on',
    entity: 'Search the graph for the entity it names',
  },
  choose: 'Choose…',
  add: 'Add…',
  remove: (name) => `Remove ${name}`,
  closePicker: 'Close',
  none: 'none',
  mergeInto: (name) => `Merged into ${name}`,
  unmerge: 'Do not merge',
  acceptHigh: 'Accept all with high confidence',
  acceptMedium: 'Accept all with medium confidence or higher',
  fields: {
    kind: 'Kind',
    name: 'Name',
    nameEn: 'English name',
    metric: 'Metric',
    target: 'Target',
    unit: 'Unit',
    comparator: 'Comparator',
    due: 'Due (YYYY-MM-DD)',
    bureau: 'Bureau',
    concerns: 'Concerns',
    pledge: 'Pledge it reports on',
    entity: 'Entity it names',
    status: 'Status',
    date: 'Date',
    value: 'Amount',
  },
  noBureau: 'No bureau told',
  chooseBureau: '— choose a bureau —',
  groupBureau: (name) => `Pledges of ${name}`,
  groups: { mention: 'Known entities named', candidate: 'New entities', progress: 'Progress' },
  text: 'The text, with what the draft found',
  list: 'The draft, by bureau',
  save: 'Save to graph',
  saving: 'Saving…',
  needBureau: (n) => `${n} accepted pledge${n === 1 ? '' : 's'} without a bureau: choose one in Edit, or reject.`,
  nothingAccepted: 'Nothing accepted yet: accept items first.',
  saved: (created, mentioned, changes) => `Saved: ${created} new, ${mentioned} known entities cited, ${changes} status changes.`,
  existed: 'This text was already stored: the items were added to it.',
  open: 'Open in the explorer',
  exportSeeds: 'Export as seeds',
  startOver: 'Start over',
  restored: 'Your review of this text was restored.',
  error: (message) => `Something went wrong: ${message}`,
};

const zh: IngestMessages = {
  pageTitle: '审阅新报告',
  intro: '粘贴报告或拖入文件（.txt、.md、.html；UTF-8 或 GBK）。草稿在原文上标出识别结果；逐条接受、编辑、合并或拒绝，然后保存到图谱。',
  backToExplorer: '返回浏览器',
  lang: 'English',
  noToken: '审阅需要编辑令牌：请打开 npm start 输出的编辑链接（以 ?editor=… 结尾），并加上 view=ingest，或从该标签页回到此处。',
  tokenRefused: '服务器拒绝了编辑令牌（可能已更换）：请打开 npm start 输出的编辑链接后重试。',
  textLabel: '报告正文',
  textPlaceholder: '在此粘贴报告……',
  fileLabel: '或选择文件',
  dropHint: '可将 .txt、.md 或 .html 文件拖到文本框上。',
  title: '标题',
  date: '日期（YYYY-MM-DD）',
  source: '来源链接',
  titleRequired: '标题为必填项。',
  dateInvalid: '日期为必填项，格式为 YYYY-MM-DD（如 2023-07-15）。',
  draftButton: '生成草稿',
  drafting: '正在生成草稿……',
  progress: (done, total) => `已审阅 ${done} / ${total}`,
  legend: '图例',
  kinds: { mention: '已有实体', candidate: '新实体', pledge: '承诺', progress: '进展' },
  decisions: { pending: '未审阅', accepted: '已接受', rejected: '已拒绝' },
  confidence: { high: '高', medium: '中', low: '低' },
  statuses: { pledged: '已承诺', in_the_works: '推进中', stalled: '停滞', kept: '已兑现', compromise: '部分兑现', broken: '未兑现' },
  accept: '接受',
  reject: '拒绝',
  undo: '撤销',
  edit: '编辑',
  merge: '合并……',
  pickSearch: {
    merge: '在图谱中搜索要合并到的实体',
    concerns: '在图谱中搜索该承诺涉及的对象',
    pledge: '在图谱中搜索所报告的承诺',
    entity: '在图谱中搜索所指的实体',
  },
  choose: '选择……',
  add: '添加……',
  remove: (name) => `移除${name}`,
  closePicker: '关闭',
  none: '无',
  mergeInto: (name) => `已合并到 ${name}`,
  unmerge: '取消合并',
  acceptHigh: '接受全部高置信度条目',
  acceptMedium: '接受全部中等及以上置信度条目',
  fields: {
    kind: '类型',
    name: '名称',
    nameEn: '英文名称',
    metric: '指标',
    target: '目标值',
    unit: '单位',
    comparator: '比较',
    due: '期限（YYYY-MM-DD）',
    bureau: '部门',
    concerns: '涉及',
    pledge: '所报告的承诺',
    entity: '所指实体',
    status: '状态',
    date: '日期',
    value: '数量',
  },
  noBureau: '未识别部门',
  chooseBureau: '— 选择部门 —',
  groupBureau: (name) => `${name}的承诺`,
  groups: { mention: '提到的已有实体', candidate: '新实体', progress: '进展' },
  text: '原文及草稿识别结果',
  list: '草稿（按部门）',
  save: '保存到图谱',
  saving: '正在保存……',
  needBureau: (n) => `${n} 条已接受的承诺没有部门：请在“编辑”中选择，或拒绝。`,
  nothingAccepted: '尚未接受任何条目：请先接受。',
  saved: (created, mentioned, changes) => `已保存：新建 ${created} 个，引用已有实体 ${mentioned} 个，状态变化 ${changes} 条。`,
  existed: '该文本已存储：条目已添加到已有文档。',
  open: '在浏览器中打开',
  exportSeeds: '导出为种子文件',
  startOver: '重新开始',
  restored: '已恢复你对该文本的审阅。',
  error: (message) => `出错了：${message}`,
};

export function ingestMessages(lang: Lang): IngestMessages {
  return lang === 'zh' ? zh : en;
}
