import { stringify } from 'yaml';
import type { Walkthrough } from '../generated/graphql.js';

const STEP_KEYS = [
  'title',
  'titleZh',
  'narration',
  'narrationZh',
  'notes',
  'notesZh',
  'focus',
  'highlight',
  'selection',
  'layout',
  'positions',
  'viewport',
] as const;

/**
 * A walkthrough as a file of seeds/walkthroughs: the keys in the seed files' order, nothing empty
 * (no nulls, no empty lists), so the file validates as a seed file, can be committed as one, and
 * imports back to the same walkthrough. Origin and time are the store's, not the file's.
 */
export function toSeedYaml(walkthrough: Walkthrough): string {
  const file = present({
    id: walkthrough.id,
    title: walkthrough.title,
    titleZh: walkthrough.titleZh,
    steps: walkthrough.steps.map((step) =>
      present({
        ...Object.fromEntries(STEP_KEYS.map((key) => [key, step[key]])),
        positions: step.positions.length ? step.positions.map(({ id, x, y }) => ({ id, x, y })) : undefined,
        viewport: step.viewport ? { zoom: step.viewport.zoom, x: step.viewport.x, y: step.viewport.y } : undefined,
      }),
    ),
  });
  const header =
    '# A walkthrough exported from the pledge graph explorer. Import it (importWalkthrough), or\n' +
    '# commit it to seeds/walkthroughs/ to make it a seeded, read-only template.\n';
  return header + stringify(file, { lineWidth: 0 });
}

function present(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}
