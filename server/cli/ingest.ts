// `npm run ingest -- draft <file> [--title T] [--date YYYY-MM-DD] [--source URL] --json`: the cited
// draft of a new report, offline, against the curated seeds. `npm run ingest -- eval --json`: the
// draft of the source article scored against its curated graph (server/ingest/evaluate.ts).
import { parseArgs } from 'node:util';
// The loader's own reading and validation of the seeds (no Neo4j is reached): the draft is offline.
import { checkSeeds } from '../load/loadSeeds.js';
import { SeedValidationError } from '../load/SeedError.js';
import { draft } from '../ingest/draft.js';
import { evaluate } from '../ingest/evaluate.js';
import { IngestError } from '../ingest/IngestError.js';
import { isDate } from '../ingest/isDate.js';
import { knownGraph } from '../ingest/knownGraph.js';
import { readReport } from '../ingest/readReport.js';

const USAGE = 'usage: npm run ingest -- draft <file> [--title T] [--date YYYY-MM-DD] [--source URL] --json | npm run ingest -- eval --json';

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { title: { type: 'string' }, date: { type: 'string' }, source: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const [command, file, ...rest] = positionals;
  const print = (value: unknown) => console.log(values.json ? JSON.stringify(value) : JSON.stringify(value, null, 2));
  if (command === 'draft' && file && rest.length === 0) {
    if (values.date !== undefined && !isDate(values.date))
      throw new IngestError(file, `--date "${values.date}" is not a date (write YYYY-MM-DD, e.g. 2023-07-15)`);
    if (values.source !== undefined && !URL.canParse(values.source)) throw new IngestError(file, `--source "${values.source}" is not a URL`);
    const { text } = readReport(file);
    const graph = checkSeeds();
    print(draft(text, knownGraph(graph), { title: values.title, date: values.date, source: values.source }));
  } else if (command === 'eval' && !file) {
    const graph = checkSeeds();
    const known = knownGraph(graph);
    const scores = known.documents.map((doc) => evaluate(graph, doc.id, doc.text, draft(doc.text, known, { date: doc.date })).scores);
    if (scores.length !== 1) throw new Error(`eval scores one curated document; the seeds hold ${scores.length}`);
    print(scores[0]);
  } else {
    console.error(USAGE);
    process.exit(2);
  }
} catch (error) {
  if (error instanceof IngestError || error instanceof SeedValidationError) console.error(`ingest: ${error.message}`);
  else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    console.error(`ingest: ${error.message}\n${USAGE}`);
  else console.error(error);
  process.exit(error instanceof IngestError || error instanceof SeedValidationError ? 1 : 2);
}
