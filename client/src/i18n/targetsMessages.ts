import type { StageKey, TargetColumn } from '../state/targetsState.js';

/**
 * The investment-targets view's words (`?view=targets`), kept out of messages.ts so that the
 * views added beside it do not all edit one block; messages.ts merges them into `Messages`.
 */
export interface TargetsMessages {
  /** The top bar's button. */
  targetsButton: string;
  targetsHeading: string;
  targetsIntro: string;
  targetsBack: string;
  targetsLoading: string;
  targetsMode: string;
  targetsModes: Record<'table' | 'map', string>;
  targetsDownload: string;
  targetsDownloadTitle: string;
  targetsColumns: Record<TargetColumn, string>;
  /** Relationship types as the table says them (targets, partners, settles in, operates). */
  targetsRelations: Record<string, string>;
  targetsStages: Record<StageKey, string>;
  targetsStageTitle: (verb: string, quote: string) => string;
  targetsStageFilter: string;
  targetsBureauFilter: string;
  targetsAllBureaus: string;
  targetsDestinationFilter: string;
  targetsAllDestinations: string;
  targetsTextFilter: string;
  targetsTextPlaceholder: string;
  targetsClear: string;
  targetsRowCount: (shown: number, total: number) => string;
  targetsNoRows: string;
  targetsTableLabel: string;
  targetsOpen: (name: string, bureau: string) => string;
  targetsFullQuote: string;
  targetsUnplaced: string;
  targetsMapLabel: string;
  targetsMapHint: string;
  targetsLegend: string;
  targetsPicked: (name: string) => string;
  targetsOpenAll: string;
  /** The map's keyboard way to pick a company (a click on the canvas is the other). */
  targetsPickLabel: string;
  targetsPickNone: string;
}

export const targetsEn: TargetsMessages = {
  targetsButton: 'Investment targets',
  targetsHeading: 'Companies and institutions the bureaus court',
  targetsIntro:
    'One row per company or institution and courting bureau, with the stage the source’s verb gives it and where it is to go. Click a name to open it in the graph with its bureau, their pledges and its destinations.',
  targetsBack: '← Back to the graph',
  targetsLoading: 'Loading the investment targets…',
  targetsMode: 'Show as',
  targetsModes: { table: 'Table', map: 'Map' },
  targetsDownload: 'Download CSV',
  targetsDownloadTitle: 'Every row, as the server exports it (UTF-8, opens in Excel)',
  targetsColumns: {
    name: 'Company or institution',
    summary: 'What it is',
    relation: 'Relation',
    stage: 'Stage',
    bureau: 'Bureau',
    destination: 'Destination',
    quote: 'Quote',
  },
  targetsRelations: { TARGETS: 'targets', PARTNERS: 'partners', SETTLES_IN: 'settles in', OPERATES: 'operates' },
  targetsStages: { SETTLED: 'settled', COURTED: 'courted', STUDIED: 'studied', WATCHED: 'watched', NONE: 'no stage' },
  targetsStageTitle: (verb, quote) => `The source says “${verb}”: ${quote}`,
  targetsStageFilter: 'Stage',
  targetsBureauFilter: 'Bureau',
  targetsAllBureaus: 'All bureaus',
  targetsDestinationFilter: 'Destination',
  targetsAllDestinations: 'All destinations',
  targetsTextFilter: 'Filter',
  targetsTextPlaceholder: 'Name, destination or quote',
  targetsClear: 'Clear filters',
  targetsRowCount: (shown, total) => `${shown} of ${total} row${total === 1 ? '' : 's'}`,
  targetsNoRows: 'No row matches these filters.',
  targetsTableLabel: 'Investment targets: one row per company or institution and bureau',
  targetsOpen: (name, bureau) => `Open ${name} in the graph with ${bureau}`,
  targetsFullQuote: 'Full quote',
  targetsUnplaced: 'Destination not known',
  targetsMapLabel: 'Map: destinations as areas with their companies inside, the courting bureaus around them',
  targetsMapHint:
    'Destinations are the large circles, companies sit inside their first one, bureaus around the edge; lines from a bureau are coloured by stage. Click a company for its rows.',
  targetsLegend: 'Stage',
  targetsPicked: (name) => `Rows of ${name}`,
  targetsOpenAll: 'Open in the graph',
  targetsPickLabel: 'Company or institution',
  targetsPickNone: '— none picked —',
};

export const targetsZh: TargetsMessages = {
  targetsButton: '招商目标',
  targetsHeading: '各部门招引的企业和机构',
  targetsIntro: '每行是一家企业或机构与一个招引它的部门，列出原文动词所示的阶段和去向。点击名称即可在图谱中查看它、该部门、相关承诺和去向。',
  targetsBack: '← 返回图谱',
  targetsLoading: '正在加载招商目标…',
  targetsMode: '显示方式',
  targetsModes: { table: '表格', map: '地图' },
  targetsDownload: '下载 CSV',
  targetsDownloadTitle: '服务器导出的全部行（UTF-8，可用 Excel 打开）',
  targetsColumns: {
    name: '企业或机构',
    summary: '简介',
    relation: '关系',
    stage: '阶段',
    bureau: '部门',
    destination: '去向',
    quote: '原文',
  },
  targetsRelations: { TARGETS: '招引', PARTNERS: '合作', SETTLES_IN: '入驻', OPERATES: '运营' },
  targetsStages: { SETTLED: '已落户', COURTED: '招引中', STUDIED: '考察中', WATCHED: '紧盯', NONE: '未定' },
  targetsStageTitle: (verb, quote) => `原文用“${verb}”：${quote}`,
  targetsStageFilter: '阶段',
  targetsBureauFilter: '部门',
  targetsAllBureaus: '全部部门',
  targetsDestinationFilter: '去向',
  targetsAllDestinations: '全部去向',
  targetsTextFilter: '筛选',
  targetsTextPlaceholder: '名称、去向或原文',
  targetsClear: '清除筛选',
  targetsRowCount: (shown, total) => `共 ${total} 行，显示 ${shown} 行`,
  targetsNoRows: '没有符合筛选条件的行。',
  targetsTableLabel: '招商目标：每行一家企业或机构与一个部门',
  targetsOpen: (name, bureau) => `在图谱中打开${name}和${bureau}`,
  targetsFullQuote: '完整原文',
  targetsUnplaced: '去向未知',
  targetsMapLabel: '地图：去向为区域，企业在其中，招引的部门在四周',
  targetsMapHint: '大圆是去向，企业位于其第一个去向之中，部门在外圈；部门发出的连线按阶段着色。点击企业可查看它的行。',
  targetsLegend: '阶段',
  targetsPicked: (name) => `${name}的行`,
  targetsOpenAll: '在图谱中打开',
  targetsPickLabel: '企业或机构',
  targetsPickNone: '— 未选择 —',
};
