import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSeedFile, type ParsedFile } from './parseSeedFile.js';
import { existsSync } from 'node:fs';
import { DocumentFileSchema, GraphFileSchema, WalkthroughFileSchema, type WalkthroughSeed } from './seedSchema.js';
import type { DocumentInput, GraphFile } from './validateSeeds.js';

export interface SeedFiles {
  documents: DocumentInput[];
  graphFiles: ParsedFile<GraphFile>[];
  walkthroughFiles: ParsedFile<WalkthroughSeed>[];
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
  const walkthroughFiles = yamlFiles(path.join(seedsDir, 'walkthroughs')).map((file) =>
    parseSeedFile(rel(file), readFileSync(file, 'utf8'), WalkthroughFileSchema),
  );
  return { documents, graphFiles, walkthroughFiles };
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
