import type { Lang } from '../state/ViewState.js';
import type { StepText } from '../state/walkDraft.js';

/** The texts of the walkthrough editor and the speaker view, apart from messages.ts to keep merges small. */
export interface WalkMessages {
  editorButton: string;
  editorTitle: string;
  close: string;
  readOnly: string;
  unauthenticated: string;
  forbidden: string;
  chooseWalkthrough: string;
  newWalkthrough: string;
  templateMark: string;
  duplicate: string;
  deleteWalkthrough: string;
  confirmDelete: (title: string) => string;
  discardChanges: string;
  unsaved: string;
  allSaved: string;
  walkTitle: string;
  walkTitleZh: string;
  steps: string;
  noSteps: string;
  stepHeading: (n: number) => string;
  stepSummary: (nodes: number, placed: boolean) => string;
  stepFields: Record<StepText, string>;
  moveUp: string;
  moveDown: string;
  preview: string;
  deleteStep: string;
  capture: string;
  captureNothing: string;
  captured: (n: number) => string;
  save: string;
  saving: string;
  saved: string;
  deleted: string;
  imported: (title: string) => string;
  exportYaml: string;
  importYaml: string;
  problems: Record<'seed' | 'noTitle' | 'noSteps' | 'untitledStep', string>;
  copyTitle: (title: string) => string;
  defaultStepTitle: (n: number) => string;
  defaultStepTitleZh: (n: number) => string;
  openSpeaker: string;
  speakerTitle: string;
  speakerNotes: string;
  speakerNoNotes: string;
  otherLanguageNotes: string;
  narration: string;
  nextStep: string;
  previousStep: string;
  lastStepReached: string;
  elapsed: string;
  restartClock: string;
  speakerMissing: (id: string) => string;
  speakerLoading: string;
}

const en: WalkMessages = {
  editorButton: 'Walkthroughs',
  editorTitle: 'Walkthrough editor',
  close: 'Close',
  readOnly: 'Read-only: open the editor link that npm start prints to save, delete or import.',
  unauthenticated:
    'The server refused the editor token (it may have changed since the link was printed): open the editor link that npm start prints, then save again.',
  forbidden: 'A seeded walkthrough is a read-only template: duplicate it and save the copy.',
  chooseWalkthrough: 'Walkthrough',
  newWalkthrough: 'New walkthrough',
  templateMark: 'template, read-only',
  duplicate: 'Duplicate',
  deleteWalkthrough: 'Delete',
  confirmDelete: (title) => `Delete the walkthrough “${title}”? This cannot be undone.`,
  discardChanges: 'The walkthrough has unsaved changes. Discard them?',
  unsaved: 'Unsaved changes',
  allSaved: 'Saved',
  walkTitle: 'Title (English)',
  walkTitleZh: 'Title (Chinese)',
  steps: 'Steps',
  noSteps: 'No steps yet: arrange the graph, then “Add this view as a step”.',
  stepHeading: (n) => `Step ${n}`,
  stepSummary: (nodes, placed) => `${nodes} node${nodes === 1 ? '' : 's'}${placed ? ', positions saved' : ', laid out when shown'}`,
  stepFields: {
    title: 'Title (English)',
    titleZh: 'Title (Chinese)',
    narration: 'Narration (English)',
    narrationZh: 'Narration (Chinese)',
    notes: 'Speaker notes (English)',
    notesZh: 'Speaker notes (Chinese)',
  },
  moveUp: 'Move up',
  moveDown: 'Move down',
  preview: 'Preview',
  deleteStep: 'Delete step',
  capture: 'Add this view as a step',
  captureNothing: 'The canvas shows nothing to capture.',
  captured: (n) => `Step ${n} added: the nodes, their positions, the zoom and the selection as they are now.`,
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved.',
  deleted: 'Deleted.',
  imported: (title) => `Imported “${title}”.`,
  exportYaml: 'Export YAML',
  importYaml: 'Import YAML…',
  problems: {
    seed: 'A template cannot be changed: duplicate it to save your own.',
    noTitle: 'Give the walkthrough a title to save it.',
    noSteps: 'Add at least one step to save it.',
    untitledStep: 'Every step needs a title.',
  },
  copyTitle: (title) => `${title} (copy)`,
  defaultStepTitle: (n) => `Step ${n}`,
  defaultStepTitleZh: (n) => `第 ${n} 步`,
  openSpeaker: 'Speaker view',
  speakerTitle: 'Speaker view',
  speakerNotes: 'Notes',
  speakerNoNotes: 'No notes for this step.',
  otherLanguageNotes: 'Notes in Chinese',
  narration: 'Narration',
  nextStep: 'Next',
  previousStep: 'Previous',
  lastStepReached: 'This is the last step.',
  elapsed: 'Elapsed',
  restartClock: 'Restart clock',
  speakerMissing: (id) => `There is no walkthrough ${id}.`,
  speakerLoading: 'Loading…',
};

const zh: WalkMessages = {
  editorButton: '编辑导览',
  editorTitle: '导览编辑器',
  close: '关闭',
  readOnly: '只读：请打开 npm start 输出的编辑链接，才能保存、删除或导入。',
  unauthenticated: '服务器拒绝了编辑令牌（打印链接后令牌可能已更换）：请打开 npm start 输出的编辑链接，再保存一次。',
  forbidden: '内置导览是只读模板：请先复制，再保存副本。',
  chooseWalkthrough: '导览',
  newWalkthrough: '新建导览',
  templateMark: '模板，只读',
  duplicate: '复制',
  deleteWalkthrough: '删除',
  confirmDelete: (title) => `删除导览“${title}”？此操作无法撤销。`,
  discardChanges: '导览有未保存的更改。放弃这些更改吗？',
  unsaved: '有未保存的更改',
  allSaved: '已保存',
  walkTitle: '标题（英文）',
  walkTitleZh: '标题（中文）',
  steps: '步骤',
  noSteps: '还没有步骤：先摆好图谱，再点“将当前视图添加为步骤”。',
  stepHeading: (n) => `第 ${n} 步`,
  stepSummary: (nodes, placed) => `${nodes} 个节点${placed ? '，已保存位置' : '，显示时自动布局'}`,
  stepFields: {
    title: '标题（英文）',
    titleZh: '标题（中文）',
    narration: '解说（英文）',
    narrationZh: '解说（中文）',
    notes: '演讲者备注（英文）',
    notesZh: '演讲者备注（中文）',
  },
  moveUp: '上移',
  moveDown: '下移',
  preview: '预览',
  deleteStep: '删除步骤',
  capture: '将当前视图添加为步骤',
  captureNothing: '画布上没有可添加的内容。',
  captured: (n) => `已添加第 ${n} 步：节点、位置、缩放和选择均按当前画面保存。`,
  save: '保存',
  saving: '正在保存…',
  saved: '已保存。',
  deleted: '已删除。',
  imported: (title) => `已导入“${title}”。`,
  exportYaml: '导出 YAML',
  importYaml: '导入 YAML…',
  problems: {
    seed: '模板不能修改：请复制后保存为自己的导览。',
    noTitle: '请填写导览标题后再保存。',
    noSteps: '请至少添加一个步骤后再保存。',
    untitledStep: '每个步骤都需要标题。',
  },
  copyTitle: (title) => `${title}（副本）`,
  defaultStepTitle: (n) => `Step ${n}`,
  defaultStepTitleZh: (n) => `第 ${n} 步`,
  openSpeaker: '演讲者视图',
  speakerTitle: '演讲者视图',
  speakerNotes: '备注',
  speakerNoNotes: '此步骤没有备注。',
  otherLanguageNotes: '英文备注',
  narration: '解说',
  nextStep: '下一步',
  previousStep: '上一步',
  lastStepReached: '这是最后一步。',
  elapsed: '已用时间',
  restartClock: '重新计时',
  speakerMissing: (id) => `没有导览 ${id}。`,
  speakerLoading: '正在加载…',
};

const WALK_MESSAGES: Record<Lang, WalkMessages> = { en, zh };

export function walkMessages(lang: Lang): WalkMessages {
  return WALK_MESSAGES[lang];
}
