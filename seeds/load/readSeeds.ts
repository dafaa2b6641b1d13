import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSeedFile, type ParsedFile } from './parseSeedFile.js';
import { DocumentFileSchema, GraphFileSchema } from './seedSchema.js';
import type { DocumentInput, GraphFile } from './validateSeeds.js';

export interface SeedFiles {
  documents: DocumentInput[];
  graphFiles: ParsedFile<GraphFile>[];
}

/** Reads seeds/documents/*.yaml (+ their texts) and seeds/graph/**\/*.yaml. Names are relative to `root`. */
export function readSeeds(seedsDir: string, root = path.dirname(seedsDir)): SeedFiles {
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const documentsDir = path.join(seedsDir, 'documents');
  const documents = yamlFiles(documentsDir).map((file): DocumentInput => {
    const parsed = parseSeedFile(rel(file), readFileSync(file, 'utf8'), DocumentFileSchema);
    let text: string | undefined;
    try {
      if (parsed.data) text = readFileSync(path.join(documentsDir, parsed.data.file), 'utf8');
    } catch {
      text = undefined;
    }
    return { parsed, text };
  });
  const graphFiles = yamlFiles(path.join(seedsDir, 'graph')).map((file) => parseSeedFile(rel(file), readFileSync(file, 'utf8'), GraphFileSchema));
  return { documents, graphFiles };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
