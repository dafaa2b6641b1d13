import type { Config } from '../config.js';
import { ensureEditorToken } from './editorTokenFile.js';

/**
 * The token every write must carry: EDITOR_TOKEN when set, else the one generated in the data
 * folder (NEO4J_DATA_DIR, which has a default even when NEO4J_URI names another server).
 */
export function resolveEditorToken(config: Config): string {
  return config.editorToken ?? ensureEditorToken(config.neo4j.embedded.dataDir);
}
