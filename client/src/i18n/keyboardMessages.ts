/** The texts of the keyboard path and the page's landmarks, apart from messages.ts to keep merges small. */
export interface KeyboardMessages {
  skipLinks: string;
  skipToSearch: string;
  skipToCanvas: string;
  skipToDetails: string;
  skipToArticle: string;
  sidebarLabel: string;
  readingSideLabel: string;
  /** The canvas's role is "application": screen readers pass the arrow keys on to it. */
  graphRoleDescription: string;
  /** What the live region says when the arrow keys reach a node. */
  keyboardStop: (name: string, kind: string, degree: number) => string;
  keyboardNoneThatWay: string;
  /** The end of a shared-projects column heading's name: where pressing it leads. */
  sharedOpenHint: string;
}

export const keyboardEn: KeyboardMessages = {
  skipLinks: 'Skip to',
  skipToSearch: 'Search',
  skipToCanvas: 'Graph',
  skipToDetails: 'Details',
  skipToArticle: 'Article',
  sidebarLabel: 'Filters, paths and export',
  readingSideLabel: 'Details and the article',
  graphRoleDescription: 'graph: arrow keys move between neighbouring nodes; Shift+F10 opens the menu of the selected one',
  keyboardStop: (name, kind, degree) => `${name}, ${kind}, ${degree} relationship${degree === 1 ? '' : 's'} shown`,
  keyboardNoneThatWay: 'No neighbour that way',
  sharedOpenHint: '. Open in the graph',
};

export const keyboardZh: KeyboardMessages = {
  skipLinks: '跳转到',
  skipToSearch: '搜索',
  skipToCanvas: '图谱',
  skipToDetails: '详情',
  skipToArticle: '原文',
  sidebarLabel: '筛选、路径和导出',
  readingSideLabel: '详情和原文',
  graphRoleDescription: '图谱：方向键在相邻节点间移动；Shift+F10 打开所选节点的菜单',
  keyboardStop: (name, kind, degree) => `${name}，${kind}，图中显示 ${degree} 条关系`,
  keyboardNoneThatWay: '该方向没有相邻节点',
  sharedOpenHint: '。在图谱中打开',
};
