import type { Lang } from '../state/ViewState.js';

/** The context menu's words, in both languages (its own block: the menu is its own concept). */
export interface MenuMessages {
  /** The menu's accessible name: what it acts on. */
  label: (name: string, count: number) => string;
  expand: string;
  hide: string;
  keepOnly: string;
  pin: string;
  unpin: string;
  pathStart: string;
  pathEnd: string;
  openInTable: string;
  addStep: string;
  copyLink: string;
  /** Why "add to walkthrough step" is off. */
  editorClosed: string;
  editorSeed: string;
  linkCopied: string;
  copyFailed: string;
}

const en: MenuMessages = {
  label: (name, count) => (count > 1 ? `${count} selected nodes` : name),
  expand: 'Expand',
  hide: 'Hide',
  keepOnly: 'Keep only',
  pin: 'Pin',
  unpin: 'Unpin',
  pathStart: 'Set as path start',
  pathEnd: 'Set as path end',
  openInTable: 'Open in table',
  addStep: 'Add to walkthrough step',
  copyLink: 'Copy link to this node',
  editorClosed: 'open “Walkthroughs” first',
  editorSeed: 'a seeded walkthrough is read-only: duplicate it first',
  linkCopied: 'Link copied: it opens this node alone.',
  copyFailed: 'The browser did not let the page copy the link.',
};

const zh: MenuMessages = {
  label: (name, count) => (count > 1 ? `${count} 个所选节点` : name),
  expand: '展开',
  hide: '隐藏',
  keepOnly: '只保留',
  pin: '固定',
  unpin: '取消固定',
  pathStart: '设为路径起点',
  pathEnd: '设为路径终点',
  openInTable: '在表格中查看',
  addStep: '添加为导览步骤',
  copyLink: '复制此节点的链接',
  editorClosed: '请先打开“编辑导览”',
  editorSeed: '预置导览为只读：请先复制一份',
  linkCopied: '链接已复制：它只打开这个节点。',
  copyFailed: '浏览器不允许本页复制链接。',
};

export const menuMessages = (lang: Lang): MenuMessages => (lang === 'zh' ? zh : en);
