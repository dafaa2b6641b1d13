import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSeeds } from '../../../server/load/loadSeeds.js';
import { lineOf, seedFixture, seedProblems } from '../../helpers/seedFixture.js';

// A second report in seeds/documents (a YAML and its text, as the first), cited by a graph file.
const TEXT = '太白湖新区住建局上半年新增停车位1200个，泗河口港一期工程完工。\n';
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const documentYaml = (hash: string, date = '2023-07-15') => `id: "document:midyear-2023"
file: "001_midyear.txt"
sha256: "${hash}" # SHA
name: "上半年进展"
nameEn: "Mid-year progress"
aliases: []
title: "上半年进展"
date: "${date}"
reporters: []
source: "https://example.org/midyear"
language: "zh"
summary: "A mid-year report."
evidence:
  - "泗河口港一期工程完工"
`;
const GRAPH = `document: "document:midyear-2023"
entities:
  - id: place:midyear-port
    name: 泗河口港一期工程
    nameEn: Phase one of the Sihekou port
    aliases: []
    summary: Finished by mid-year.
    evidence:
      - 泗河口港一期工程完工
`;

function seeds(yaml: string, text = TEXT, graph = GRAPH): string {
  const dir = seedFixture({ 'midyear.yaml': graph });
  writeFileSync(path.join(dir, 'documents', '001_midyear.yaml'), yaml);
  writeFileSync(path.join(dir, 'documents', '001_midyear.txt'), text);
  return dir;
}

describe('a second seeded document', () => {
  it('is loaded beside the first, and its spans carry its id and date', () => {
    const dir = seeds(documentYaml(sha(TEXT)));
    expect(seedProblems(dir)).toEqual([]);
    const graph = checkSeeds(dir);
    const doc = graph.nodes.find((n) => n.id === 'document:midyear-2023')!;
    expect(doc.props).toMatchObject({ sha256: sha(TEXT), language: 'zh', source: 'https://example.org/midyear', date: '2023-07-15' });
    const port = graph.nodes.find((n) => n.id === 'place:midyear-port')!;
    expect(JSON.parse(port.props.sources as string)).toEqual([
      {
        documentId: 'document:midyear-2023',
        start: TEXT.indexOf('泗河口港'),
        end: TEXT.indexOf('完工') + 2,
        quote: '泗河口港一期工程完工',
        documentDate: '2023-07-15',
      },
    ]);
    expect(port.props.documentIds).toEqual(['document:midyear-2023']);
    // The first document still cites itself alone, though its quotes name no document.
    const first = graph.nodes.find((n) => n.id === 'document:taibai-2023-pledges')!;
    expect(first.props.documentIds).toEqual(['document:taibai-2023-pledges']);
  });

  it('is refused at file:line when its text changed since its sha256 was written', () => {
    const yaml = documentYaml(sha('another text'));
    expect(seedProblems(seeds(yaml))).toEqual([
      `seeds/documents/001_midyear.yaml:${lineOf(yaml, '# SHA')}: sha256: the text of 001_midyear.txt has changed (sha256 ${sha(TEXT)}); documents are kept verbatim`,
    ]);
  });

  it('is refused when its text is the first document’s: the same text is one document', () => {
    const first = path.join(seedFixture({}), 'documents', '000_65510d1fc276f250.txt');
    const text = readFileSync(first, 'utf8');
    expect(seedProblems(seeds(documentYaml(sha(text)), text)).join('\n')).toMatch(
      /001_midyear\.yaml:\d+: file: 001_midyear\.txt has the same text as seeds\/documents\/000_65510d1fc276f250\.yaml/,
    );
  });

  it('is refused when its date is not a date', () => {
    const yaml = documentYaml(sha(TEXT), '2023-02-30');
    expect(seedProblems(seeds(yaml))).toContain(
      `seeds/documents/001_midyear.yaml:${lineOf(yaml, 'date:')}: date: must be a real date written YYYY-MM-DD (got "2023-02-30")`,
    );
  });

  it('asks which document a quote is from when a file names none and several hold it', () => {
    const graph = GRAPH.replace('document: "document:midyear-2023"\n', '').replace('泗河口港一期工程完工', '泗河口港');
    const found = seedProblems(seeds(documentYaml(sha(TEXT)), TEXT, graph));
    expect(found).toEqual([
      `seeds/graph/midyear.yaml:${lineOf(graph, '      - 泗河口港')}: entities[0].evidence[0]: quote "泗河口港" is in several documents (document:midyear-2023, document:taibai-2023-pledges): say which (document: …)`,
    ]);
  });
});
