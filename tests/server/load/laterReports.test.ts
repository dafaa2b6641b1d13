import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentIdentity } from '../../../server/documents/documentIdentity.js';
import { statusHistory } from '../../../server/documents/statusHistory.js';
import { checkSeeds, SEEDS_DIR } from '../../../server/load/loadSeeds.js';
import type { SourceSpan } from '../../../server/load/SeedGraph.js';
import { lineOf, seedFixture, seedProblems } from '../../helpers/seedFixture.js';

// A later report committed to the seeds adds to what the curated graph defines: more quotes for
// an entity it names again (mentions), and a change of a pledge's status (statusChanges).
const TEXT = '太白湖新区建设局上半年工作进展：3处公共停车场建设已完成2处，第三处正在施工。\n';
const DOC = 'document:midyear-2023';
const documentYaml = `id: "${DOC}"
file: "001_midyear.txt"
sha256: "${documentIdentity(TEXT).sha256}"
name: "上半年工作进展"
nameEn: "Mid-year progress"
aliases: []
title: "上半年工作进展"
date: "2023-07-15"
reporters: []
summary: "A mid-year report."
evidence:
  - "太白湖新区建设局上半年工作进展"
`;
const GRAPH = `document: "${DOC}"
mentions:
  - id: bureau:construction
    evidence:
      - 太白湖新区建设局
statusChanges:
  - pledge: pledge:build-public-car-parks
    status: in_the_works
    value: 2
    unit: 处
    evidence:
      - 3处公共停车场建设已完成2处
`;

/** The seeds' own graph and documents, plus the report and the graph file given. */
function seeds(graph: string): string {
  const dir = seedFixture({ 'later/midyear.yaml': graph });
  cpSync(path.join(SEEDS_DIR, 'graph'), path.join(dir, 'graph'), { recursive: true });
  writeFileSync(path.join(dir, 'documents', '001_midyear.yaml'), documentYaml);
  writeFileSync(path.join(dir, 'documents', '001_midyear.txt'), TEXT);
  return dir;
}

describe("a later report's graph file", () => {
  const graph = checkSeeds(seeds(GRAPH));
  const node = (id: string) => graph.nodes.find((n) => n.id === id)!;
  // The curated pledges' date: their article's.
  const made = String(node('document:taibai-2023-pledges').props.date);

  it('adds its mentions to the entity another file defines, and the entity cites both documents', () => {
    const bureau = node('bureau:construction');
    const spans = JSON.parse(String(bureau.props.sources)) as SourceSpan[];
    expect(spans.at(-1)).toEqual({ documentId: DOC, start: 0, end: 8, quote: '太白湖新区建设局', documentDate: '2023-07-15' });
    expect(spans.length).toBeGreaterThan(1);
    expect(bureau.props.documentIds).toEqual(['document:taibai-2023-pledges', DOC]);
  });

  it("gives a pledge the seeded change, dated by its report, with the share of the pledge's target", () => {
    const pledge = node('pledge:build-public-car-parks');
    expect(pledge.props.documentIds).toContain(DOC);
    const history = statusHistory({ ...pledge.props, sources: JSON.parse(String(pledge.props.sources)) as SourceSpan[] });
    expect(history.map((c) => [c.status, c.date, c.derived])).toEqual([
      ['pledged', made, true],
      ['in_the_works', '2023-07-15', false],
    ]);
    expect(history[1]!.share).toBeCloseTo(2 / 3);
    expect(history[1]!.sources[0]!.quote).toBe('3处公共停车场建设已完成2处');
  });

  it('is refused at file:line for an unknown id, a status off the scale, a change to what is not a pledge, or a date before the pledge', () => {
    const bad = GRAPH.replace('id: bureau:construction', 'id: bureau:nowhere # ID').replace('status: in_the_works', 'status: done # STATUS')
      .concat(`  - pledge: bureau:construction # NOT-PLEDGE
    status: kept
    evidence: [第三处正在施工]
  - pledge: pledge:build-public-car-parks
    status: stalled
    date: "2022-12-31" # EARLY
    evidence: [第三处正在施工]
`);
    const at = (marker: string) => `seeds/graph/later/midyear.yaml:${lineOf(bad, marker)}`;
    expect(seedProblems(seeds(bad))).toEqual([
      `${at('# STATUS')}: statusChanges[0].status: must be one of pledged, in_the_works, stalled, kept, compromise, broken (got "done")`,
    ]);
    const valid = bad.replace('status: done # STATUS', 'status: in_the_works');
    const at2 = (marker: string) => `seeds/graph/later/midyear.yaml:${lineOf(valid, marker)}`;
    expect(seedProblems(seeds(valid))).toEqual([
      `${at2('# ID')}: mentions[0].id: unknown id "bureau:nowhere"`,
      `${at2('# NOT-PLEDGE')}: statusChanges[1].pledge: must name a pledge, not a Bureau`,
      `${at2('# EARLY')}: statusChanges[2].date: is before ${made}, the date of the document that makes the pledge`,
    ]);
  });
});
