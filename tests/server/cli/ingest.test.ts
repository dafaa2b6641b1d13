import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../../server/ingest/draft.js';
import { ROOT } from '../../helpers/spawnApp.js';

const REPORTS = path.join(ROOT, 'tests/fixtures/reports');
const run = promisify(execFile);

/** `npm run ingest -- …` as a process: its exit code, one stdout, one stderr. */
async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'server/cli/ingest.ts', ...args], { cwd: ROOT, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
async function draftOf(file: string, ...options: string[]): Promise<{ draft: Draft; text: string }> {
  const { code, stdout, stderr } = await ingest('draft', path.join(REPORTS, file), ...options, '--json');
  expect(stderr).toBe('');
  expect(code).toBe(0);
  // One JSON line.
  expect(stdout.trim().split('\n')).toHaveLength(1);
  return { draft: JSON.parse(stdout) as Draft, text: readFileSync(path.join(REPORTS, file.replace('.gbk', '')), 'utf8') };
}
const find = <T extends { text: string }>(items: T[], words: string) => {
  const item = items.find((i) => i.text.includes(words));
  expect(item, `no item says "${words}"`).toBeDefined();
  return item!;
};

describe('npm run ingest -- draft', { timeout: 180_000 }, () => {
  let midYear: { draft: Draft; text: string };
  let pledges: { draft: Draft; text: string };
  let noHeadings: { draft: Draft; text: string };
  beforeAll(async () => {
    [midYear, pledges, noHeadings] = await Promise.all([
      draftOf('midyear-progress.md', '--date', '2023-07-15', '--title', '上半年重点工作推进情况'),
      draftOf('pledges-2024.txt', '--date', '2024-01-20', '--source', 'https://example.org/2024'),
      draftOf('no-headings.txt', '--date', '2023-03-01'),
    ]);
  }, 180_000);

  it('cites every item by UTF-16 offsets into the text', () => {
    for (const { draft, text } of [midYear, pledges, noHeadings]) {
      expect(draft.document.chars).toBe(text.length);
      for (const item of [...draft.mentions, ...draft.pledges, ...draft.progress]) expect(text.slice(item.start, item.end)).toBe(item.text);
      for (const c of draft.candidates) expect(text.slice(c.start, c.end)).toBe(c.name);
    }
  });

  it("mentions the graph's bureaus and projects by name or alias", () => {
    const ids = new Set(midYear.draft.mentions.map((m) => m.entityId));
    for (const id of [
      'bureau:construction',
      'bureau:culture-and-tourism',
      'bureau:investment-promotion',
      'project:fuxing-road-culture-technology-project',
      'enterprise:hangzhou-tuofubao',
    ])
      expect(ids).toContain(id);
    expect(noHeadings.draft.mentions.map((m) => m.entityId)).toContain('enterprise:liandong-u-valley');
  });

  it('proposes new entities by their naming pattern, with a kind and the rule', () => {
    expect(pledges.draft.candidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'ENTERPRISE', name: '山东鲁信智造集团', rule: 'candidate-company' }),
        expect.objectContaining({ kind: 'PROJECT', name: '南池湿地公园项目', rule: 'candidate-project' }),
        expect.objectContaining({ kind: 'PLACE', name: '泗水风情小镇', rule: 'candidate-place' }),
        expect.objectContaining({ kind: 'BUREAU', name: '太白湖新区财政局', rule: 'candidate-organ' }),
      ]),
    );
    expect(noHeadings.draft.candidates).toContainEqual(expect.objectContaining({ kind: 'ENTERPRISE', name: '东岳精密机械有限公司' }));
  });

  it('drafts pledges with Chinese numerals, comparators and deadlines, under their bureau', () => {
    const p = pledges.draft.pledges;
    expect(find(p, '十二家')).toMatchObject({ bureauId: 'bureau:economic-development', target: 12, unit: '家', comparator: '=' });
    expect(find(p, '百分之十五以上')).toMatchObject({ target: 15, unit: '%', comparator: '≥', metric: '全社会研发投入增长' });
    expect(find(p, '不少于两家')).toMatchObject({ target: 2, comparator: '≥' });
    expect(find(p, '三千个')).toMatchObject({ bureauId: 'bureau:construction', target: 3000, unit: '个', due: '2024-12-31' });
    expect(find(p, '南池湿地公园项目')).toMatchObject({ due: '2024-09-30' });
    expect(find(p, '断头路两条')).toMatchObject({ target: 2, unit: '条', due: '2024-06-30' });
    expect(find(p, '20万人次')).toMatchObject({ bureauId: 'bureau:culture-and-tourism', target: 200_000, unit: '人次' });
    // An organ the graph does not know: its pledges have no bureau id, and say so.
    expect(find(p, '1.5亿元')).toMatchObject({ bureauId: null, target: 150_000_000, unit: '元' });
    expect(pledges.draft.document).toMatchObject({ date: '2024-01-20', source: 'https://example.org/2024' });
  });

  it('attributes pledges in a report without headings to the bureau each paragraph names', () => {
    const p = noHeadings.draft.pledges;
    expect(find(p, '棚户区改造项目')).toMatchObject({ bureauId: 'bureau:construction', due: '2023-12-31', concerns: ['project:shantytown-renovation'] });
    expect(find(p, '公共停车场四处')).toMatchObject({ bureauId: 'bureau:construction', target: 4, unit: '处' });
    expect(find(p, '不少于十次')).toMatchObject({ bureauId: 'bureau:emergency-management', target: 10, comparator: '≥' });
    expect(find(p, '东岳精密机械')).toMatchObject({
      bureauId: 'bureau:investment-promotion',
      due: '2023-09-30',
      concerns: ['place:jidong-digital-economy-industrial-park'],
    });
    expect(p.some((x) => x.text.startsWith('日前'))).toBe(false);
  });

  it('links progress to the earlier pledge of the same bureau, with the share achieved', () => {
    const g = midYear.draft.progress;
    expect(find(g, '停车位1200个')).toMatchObject({
      pledgeId: 'pledge:build-bo-jining-parking-spaces',
      status: 'in_the_works',
      value: 1200,
      unit: '个',
      share: 0.3,
      date: '2023-06-30',
    });
    expect(find(g, '已建成2处')).toMatchObject({ pledgeId: 'pledge:build-public-car-parks', share: 0.67 });
    expect(find(g, '工程量95%')).toMatchObject({
      entityId: 'project:fuxing-road-culture-technology-project',
      pledgeId: 'pledge:ct-fuxing-road-construction',
      share: 0.95,
      status: 'in_the_works',
    });
    expect(find(g, '已落户')).toMatchObject({
      entityId: 'enterprise:hangzhou-tuofubao',
      pledgeId: 'pledge:invest-tuofubao-nancheng-impression',
      status: 'kept',
    });
    // What is reported done is not drafted again as a pledge; what is promised next is.
    expect(midYear.draft.pledges.some((p) => p.text.includes('1200个'))).toBe(false);
    expect(find(midYear.draft.pledges, '9月底前')).toMatchObject({ bureauId: 'bureau:construction', due: '2023-09-30' });
  });

  it('reads the GBK copy as the same document with the same draft', async () => {
    const gbk = await draftOf('pledges-2024.gbk.txt', '--date', '2024-01-20', '--source', 'https://example.org/2024');
    expect(gbk.draft).toEqual(pledges.draft);
  });
});

describe('npm run ingest -- bad input', { timeout: 180_000 }, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ingest-bad-'));
  const file = (name: string, bytes: Uint8Array | string) => {
    const at = path.join(dir, name);
    writeFileSync(at, bytes);
    return at;
  };
  it.each([
    ['empty text', () => [file('empty.txt', '')], 'the file is empty'],
    ['a binary file', () => [file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))], 'the file is binary'],
    ['more than 1 MB', () => [file('huge.txt', '承诺'.repeat(200_000))], 'more than the 1 MB a report may have'],
    ['undecodable bytes', () => [file('mangled.txt', new Uint8Array([0xe5, 0x8f, 0xff, 0xfe, 0x41]))], 'the bytes are neither UTF-8 nor GBK/GB18030 text'],
    ['a date that is not a date', () => [file('ok.txt', '区建设局将完成道路建设。'), '--date', '2023-02-30'], '--date "2023-02-30" is not a date'],
  ])('refuses %s: one line naming the file and why, exit 1, nothing on stdout', async (_, args, why) => {
    const [target, ...rest] = args();
    const { code, stdout, stderr } = await ingest('draft', target!, ...rest, '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`ingest: ${target}: `)).toBe(true);
    expect(lines[0]).toContain(why);
  });
});

describe('npm run ingest -- eval', { timeout: 180_000 }, () => {
  it('prints the four measures of the draft of the source article against its curated graph', async () => {
    const { code, stdout } = await ingest('eval', '--json');
    expect(code).toBe(0);
    const scores = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(scores).sort()).toEqual(['attribution', 'mentions', 'numbers', 'pledges']);
    const values = [scores.attribution, scores.numbers, ...Object.values(scores.mentions as object), ...Object.values(scores.pledges as object)];
    expect(values).toHaveLength(6);
    for (const value of values) expect(value).toSatisfy((v: unknown) => typeof v === 'number' && v >= 0 && v <= 1);
  });
});
