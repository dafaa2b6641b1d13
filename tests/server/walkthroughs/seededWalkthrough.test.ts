import { describe, expect, it } from 'vitest';
import { checkSeeds } from '../../../server/load/loadSeeds.js';
import type { StepData } from '../../../server/walkthroughs/walkthroughSchema.js';

// The seeded walkthrough as the loader reads it (schema and cross-file checks): long enough to
// tell the article's story, and laid out by hand, so every showing of a step looks the same.

const graph = checkSeeds();
const walkthrough = graph.walkthroughs.find((w) => w.id === 'walkthrough:pledges-at-a-glance')!;
const steps = JSON.parse(walkthrough.props.steps as string) as StepData[];
const MIN_GAP = 100; // px between two nodes' centres: labels need room

describe('the seeded walkthrough', () => {
  it('is a seed, with at least 8 steps, each narrated and noted in both languages', () => {
    expect(walkthrough.props.origin).toBe('SEED');
    expect(steps.length).toBeGreaterThanOrEqual(8);
    for (const step of steps) {
      for (const key of ['titleZh', 'narrationZh', 'notes', 'notesZh'] as const) expect(step[key], `${step.title}: ${key}`).toBeTruthy();
    }
  });

  it('opens with the meeting, then the bureaus', () => {
    expect(steps[0]!.focus).toContain('event:2023-mobilisation-meeting');
    expect(steps[1]!.focus.filter((id) => id.startsWith('bureau:'))).toHaveLength(5);
  });

  it('places every focus node of every step, and no two on top of each other', () => {
    for (const [i, step] of steps.entries()) {
      expect(step.layout, `step ${i + 1}`).toBe('preset');
      const placed = step.positions!.map((p) => p.id);
      expect([...placed].sort(), `step ${i + 1}`).toEqual([...step.focus].sort());
      for (const a of step.positions!) {
        for (const b of step.positions!) {
          if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y), `step ${i + 1}: ${a.id} and ${b.id}`).toBeGreaterThanOrEqual(MIN_GAP);
        }
      }
    }
  });

  it('shows only entities of the graph', () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const step of steps) for (const id of step.focus) expect(ids.has(id), id).toBe(true);
  });
});
