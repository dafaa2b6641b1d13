import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './projectRoot.js';

const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** The SDL, read from schema/*.graphql: the single source of the API's types. */
export function loadTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))
    .join('\n');
}
