import { isMap, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { SeedProblem } from './SeedError.js';

export type Path = readonly (string | number)[];

export interface ParsedFile<T> {
  file: string;
  /** Present when the file is well-formed and matches the schema. */
  data?: T;
  problems: SeedProblem[];
  /** The 1-based line of the value at `path` (or of its nearest existing parent). */
  lineOf(path: Path): number;
}

/** YAML text → schema-checked data, with every problem reported as file:line. Pure. */
export function parseSeedFile<S extends z.ZodType>(file: string, source: string, schema: S): ParsedFile<z.infer<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  const lineOf = (path: Path): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as YamlNode | undefined;
      if (node && typeof node === 'object' && 'range' in node && node.range) return lineAt(node.range[0]);
    }
    return 1;
  };

  const keyLine = (node: unknown, key: string): number | undefined => {
    if (!isMap(node)) return undefined;
    const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
    const range = (pair?.key as YamlNode | undefined)?.range;
    return range ? lineAt(range[0]) : undefined;
  };

  if (doc.errors.length > 0) {
    // One bad indentation or tab sends the parser astray for the rest of the file: its first
    // error is the cause, the others mostly follow from it. Report that one, with its column.
    const [first] = doc.errors as [(typeof doc.errors)[number]];
    const { line, col } = lineCounter.linePos(first.pos[0]);
    const more = doc.errors.length - 1;
    const after = more ? ` (fix this first: ${more} more YAML error${more === 1 ? '' : 's'} in this file may follow from it)` : '';
    return { file, lineOf, problems: [{ file, line, column: col, message: `YAML: ${first.message.split('\n')[0]}${after}`, syntax: true }] };
  }

  const raw: unknown = doc.toJS();
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return { file, data: parsed.data, problems: [], lineOf };

  const problems = parsed.error.issues.map((issue): SeedProblem => {
    const path = issue.path as (string | number)[];
    const where = describePath(path);
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      return { file, line: keyLine(doc.getIn(path, true), key) ?? lineOf(path), message: `${where}unknown field "${key}"` };
    }
    if (issue.code === 'invalid_type' && valueAt(raw, path) === undefined) {
      return { file, line: lineOf(path), message: `${describePath(path.slice(0, -1))}missing required field "${String(path.at(-1))}"` };
    }
    const value = valueAt(raw, path);
    const shown = value === undefined || typeof value === 'object' ? '' : ` (got ${JSON.stringify(value)})`;
    return { file, line: lineOf(path), message: `${where}${issue.message}${shown}` };
  });
  return { file, problems, lineOf };
}

/** entities[3].evidence[0] → "entities[3].evidence[0]: " */
export function describePath(path: Path): string {
  if (path.length === 0) return '';
  const text = path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
  return `${text}: `;
}

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}
