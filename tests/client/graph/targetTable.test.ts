import { describe, expect, it } from 'vitest';
import { targetRows, type TargetRow } from '../../../client/src/graph/targetRows.js';
import { filterChoices, filterRows, sortRows } from '../../../client/src/graph/targetTable.js';
import { DEFAULT_TARGETS, STAGE_KEYS } from '../../../client/src/state/targetsState.js';
import { COMMERCE, INVEST, MITSUI, PARK, PORT, SHIQIAO, TARGETS, ZTO } from './targetFixtures.js';

const rows = targetRows(TARGETS, 'en');
const keys = (list: TargetRow[]) => list.map((r) => r.key);
const filter = (patch: Partial<typeof DEFAULT_TARGETS>) => filterRows(rows, { ...DEFAULT_TARGETS, ...patch });

describe('filtering the investment-targets table', () => {
  it('lets everything through when no filter is set', () => {
    expect(keys(filter({}))).toEqual(keys(rows));
  });

  it('by stage: exactly the rows of the chosen stages, NONE standing for rows without one', () => {
    expect(filter({ stages: ['SETTLED'] }).every((r) => r.stage === 'SETTLED')).toBe(true);
    expect(filter({ stages: ['SETTLED'] })).toHaveLength(rows.filter((r) => r.stage === 'SETTLED').length);
    expect(keys(filter({ stages: ['NONE'] }))).toEqual(keys(rows.filter((r) => r.stage === null)));
    expect(filter({ stages: ['SETTLED', 'WATCHED'] }).map((r) => r.stage)).toEqual(rows.map((r) => r.stage).filter((s) => s === 'SETTLED' || s === 'WATCHED'));
  });

  it('by bureau and by destination (any of a row’s destinations)', () => {
    expect(filter({ bureau: INVEST.id }).every((r) => r.bureau.id === INVEST.id)).toBe(true);
    expect(keys(filter({ destination: PORT.id }))).toEqual([`${ZTO.id}|${COMMERCE.id}`]);
    expect(keys(filter({ destination: SHIQIAO.id, bureau: INVEST.id }))).toEqual([`${ZTO.id}|${INVEST.id}`]);
  });

  it('by text, in either language, over names, destinations and quotes, ignoring case', () => {
    expect(keys(filter({ text: 'zto' }))).toEqual(keys(rows.filter((r) => r.id === ZTO.id)));
    expect(keys(filter({ text: '中通' }))).toEqual(keys(rows.filter((r) => r.id === ZTO.id)));
    expect(keys(filter({ text: ' mitsui ' }))).toEqual([`${MITSUI.id}|${INVEST.id}`]);
    // A destination's other name, and words only the quote holds.
    expect(filter({ text: 'jidong' }).every((r) => r.destinations.some((d) => d.id === PARK.id))).toBe(true);
    expect(keys(filter({ text: '集装箱' }))).toEqual([`${ZTO.id}|${COMMERCE.id}`]);
    expect(filter({ text: 'nothing like it' })).toEqual([]);
  });

  it('offers each bureau and destination once, by name', () => {
    const choices = filterChoices(rows, 'en');
    expect(choices.bureaus.map((b) => b.name)).toEqual(['Commerce Bureau', 'Investment Promotion Bureau']);
    expect(choices.destinations.map((d) => d.id).sort()).toEqual([PARK.id, PORT.id, SHIQIAO.id].sort());
    expect(choices.destinations.map((d) => d.name)).toEqual([...choices.destinations.map((d) => d.name)].sort());
  });
});

describe('sorting the investment-targets table', () => {
  it('keeps the API’s order without a sort', () => {
    expect(keys(sortRows(rows, null, 'en'))).toEqual(keys(rows));
  });

  it('by stage: furthest first ascending, the reverse descending; rows without a stage last either way', () => {
    const rank = (r: TargetRow) => (r.stage ? STAGE_KEYS.indexOf(r.stage) : 99);
    const up = sortRows(rows, { column: 'stage', descending: false }, 'en').map(rank);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const down = sortRows(rows, { column: 'stage', descending: true }, 'en').map(rank);
    expect(down.at(-1)).toBe(99);
    expect(down.slice(0, -1)).toEqual([...down.slice(0, -1)].sort((a, b) => b - a));
  });

  it('by name in the page’s language (pinyin for Chinese), ties in the API’s order', () => {
    const en = sortRows(rows, { column: 'name', descending: false }, 'en').map((r) => r.name);
    expect(en).toEqual([...en].sort((a, b) => new Intl.Collator('en').compare(a, b)));
    const zh = sortRows(targetRows(TARGETS, 'zh'), { column: 'name', descending: false }, 'zh');
    const collator = new Intl.Collator('zh-CN');
    for (let i = 1; i < zh.length; i++) expect(collator.compare(zh[i - 1]!.name, zh[i]!.name)).toBeLessThanOrEqual(0);
    // ZTO's two rows stay in the API's order.
    expect(zh.filter((r) => r.id === ZTO.id).map((r) => r.bureau.id)).toEqual([COMMERCE.id, INVEST.id]);
  });

  it('by every column without losing or repeating a row', () => {
    for (const column of ['name', 'summary', 'relation', 'stage', 'bureau', 'destination', 'quote'] as const)
      for (const descending of [false, true]) expect(keys(sortRows(rows, { column, descending }, 'zh')).sort()).toEqual(keys(rows).sort());
    // Destination: a row without one goes last.
    expect(sortRows(rows, { column: 'destination', descending: false }, 'en').at(-1)!.destinations).toEqual([]);
  });
});
