import type { EdgeRow, NodeRow } from '../table/tableRows.js';
import type { Lang } from '../state/ViewState.js';

/**
 * The words of the canvas table, its CSV and the evidence dossier, kept apart from messages.ts
 * (which every view shares) so that they change without touching it.
 */
export interface TableMessages {
  tableToggle: string;
  tableLabel: string;
  nodesCaption: (n: number) => string;
  edgesCaption: (n: number) => string;
  nodeColumns: Record<Exclude<keyof NodeRow, 'id'>, string>;
  edgeColumns: Record<Exclude<keyof EdgeRow, 'id'>, string>;
  sortBy: (column: string) => string;
  tableEmpty: string;
  exportCsv: string;
  dossierMarkdown: string;
  dossierHtml: string;
  dossierHint: string;
  dossier: {
    heading: string;
    generated: string;
    source: string;
    verbatim: (title: string) => string;
    picture: string;
    pictureNote: string;
    selection: string;
    relationships: string;
    relationshipsNote: string;
    pledges: string;
    none: string;
    from: string;
    relation: string;
    to: string;
    quote: string;
    place: string;
    placeText: (line: number, paragraph: number, section: string) => string;
    notInArticle: string;
    print: string;
  };
}

const en: TableMessages = {
  tableToggle: 'Table',
  tableLabel: 'The canvas as a table',
  nodesCaption: (n) => `Nodes on the canvas (${n})`,
  edgesCaption: (n) => `Relationships on the canvas (${n})`,
  nodeColumns: { name: 'Name', otherName: 'Chinese name', kind: 'Kind', bureau: 'Bureau', summary: 'Summary or numbers', quote: 'First quote' },
  edgeColumns: { source: 'From', relation: 'Relationship', target: 'To', sourceKind: 'Kind (from)', targetKind: 'Kind (to)', bureau: 'Bureau', quote: 'Quote' },
  sortBy: (column) => `Sort by ${column}`,
  tableEmpty: 'Nothing on the canvas, or the filters hide it all.',
  exportCsv: 'CSV of the table',
  dossierMarkdown: 'Dossier (Markdown)',
  dossierHtml: 'Dossier (printable HTML)',
  dossierHint: 'Select one or more nodes for a dossier.',
  dossier: {
    heading: 'Evidence dossier',
    generated: 'Generated',
    source: 'Source',
    verbatim: (title) => `Every quote below is verbatim from “${title}”; line numbers count the lines of that text.`,
    picture: 'The selection and its neighbours on the canvas',
    pictureNote: 'As shown on the canvas when the dossier was made.',
    selection: 'Selected',
    relationships: 'Relationships',
    relationshipsNote: 'Every relationship of the selection that the graph holds, with the words that state it.',
    pledges: 'Pledges and their numbers',
    none: 'None.',
    from: 'From',
    relation: 'Relationship',
    to: 'To',
    quote: 'Quote',
    place: 'In the article',
    placeText: (line, paragraph, section) => `line ${line}, paragraph ${paragraph}${section ? `, under “${section}”` : ''}`,
    notInArticle: 'not in this article',
    print: 'Print',
  },
};

const zh: TableMessages = {
  tableToggle: '表格',
  tableLabel: '画布内容表格',
  nodesCaption: (n) => `画布上的节点（${n}）`,
  edgesCaption: (n) => `画布上的关系（${n}）`,
  nodeColumns: { name: '名称', otherName: '英文名', kind: '类型', bureau: '部门', summary: '摘要或目标数据', quote: '首条引文' },
  edgeColumns: { source: '起点', relation: '关系', target: '终点', sourceKind: '起点类型', targetKind: '终点类型', bureau: '部门', quote: '引文' },
  sortBy: (column) => `按${column}排序`,
  tableEmpty: '画布上没有内容，或筛选隐藏了全部内容。',
  exportCsv: '表格 CSV',
  dossierMarkdown: '证据档案（Markdown）',
  dossierHtml: '证据档案（可打印 HTML）',
  dossierHint: '选择一个或多个节点即可生成证据档案。',
  dossier: {
    heading: '证据档案',
    generated: '生成日期',
    source: '来源',
    verbatim: (title) => `以下引文均逐字摘自《${title}》；行号为该文本的行号。`,
    picture: '所选节点及其在画布上的相邻节点',
    pictureNote: '生成档案时画布上的样子。',
    selection: '所选',
    relationships: '关系',
    relationshipsNote: '图谱中所选节点的全部关系，及说明各关系的原文。',
    pledges: '承诺及其目标数据',
    none: '无。',
    from: '起点',
    relation: '关系',
    to: '终点',
    quote: '引文',
    place: '在文中的位置',
    placeText: (line, paragraph, section) => `第 ${line} 行，第 ${paragraph} 段${section ? `，“${section}”之下` : ''}`,
    notInArticle: '不在本文中',
    print: '打印',
  },
};

export function tableMessages(lang: Lang): TableMessages {
  return lang === 'zh' ? zh : en;
}
