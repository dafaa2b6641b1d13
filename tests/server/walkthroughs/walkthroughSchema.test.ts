import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseSeedFile } from '../../../server/load/parseSeedFile.js';
import { parseArgument } from '../../../server/resolvers/parseArgs.js';
import { toSeedYaml } from '../../../server/walkthroughs/toSeedYaml.js';
import { toWalkthrough } from '../../../server/walkthroughs/toWalkthrough.js';
import { firstFreeId, walkthroughIdBase } from '../../../server/walkthroughs/walkthroughIdBase.js';
import { LAYOUTS, LIMITS, WalkthroughFileSchema, WalkthroughInputSchema, type StepData } from '../../../server/walkthroughs/walkthroughSchema.js';

const parse = (value: unknown) => parseArgument(WalkthroughInputSchema, 'input', value);
/** The argument a refusal names, or null when the input is accepted. */
const refusal = (value: unknown): string | null => {
  try {
    parse(value);
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    expect(error.extensions.code).toBe('BAD_USER_INPUT');
    expect(error.message.startsWith(`Argument "${String(error.extensions.argument)}" `)).toBe(true);
    return error.extensions.argument as string;
  }
};

const id = fc.stringMatching(/^[a-z]{1,8}:[a-z0-9]{1,8}$/);
const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const step = fc.uniqueArray(id, { minLength: 1, maxLength: 6 }).chain((focus) =>
  fc.record(
    {
      title: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0),
      narration: fc.constant('Narration.'),
      notes: fc.constant('Notes.'),
      focus: fc.constant(focus),
      highlight: fc.subarray(focus),
      selection: fc.subarray(focus),
      layout: fc.constantFrom(...LAYOUTS),
      positions: fc.subarray(focus).chain((ids) => fc.tuple(...ids.map((i) => fc.record({ id: fc.constant(i), x: coordinate, y: coordinate })))),
      viewport: fc.record({ zoom: fc.double({ min: LIMITS.minZoom, max: LIMITS.maxZoom, noNaN: true }), x: coordinate, y: coordinate }),
    },
    { requiredKeys: ['title', 'narration', 'focus'] },
  ),
);
const walkthrough = fc.record({ title: fc.constant('A tour'), steps: fc.array(step, { minLength: 1, maxLength: 4 }) });

/** One way to break a valid input, and the argument path the refusal must name. */
const breakages: [string, (w: { steps: StepData[] }, i: number) => string][] = [
  ['empty title', (w, i) => ((w.steps[i]!.title = '  '), `input.steps[${i}].title`)],
  ['long narration', (w, i) => ((w.steps[i]!.narration = 'x'.repeat(LIMITS.text + 1)), `input.steps[${i}].narration`)],
  ['no focus', (w, i) => ((w.steps[i]!.focus = []), `input.steps[${i}].focus`)],
  ['highlight outside focus', (w, i) => ((w.steps[i]!.highlight = ['other:id']), `input.steps[${i}].highlight[0]`)],
  [
    'selection outside focus',
    (w, i) => ((w.steps[i]!.selection = [...w.steps[i]!.focus, 'other:id']), `input.steps[${i}].selection[${w.steps[i]!.focus.length}]`),
  ],
  ['position outside focus', (w, i) => ((w.steps[i]!.positions = [{ id: 'other:id', x: 0, y: 0 }]), `input.steps[${i}].positions[0].id`)],
  ['zoom out of range', (w, i) => ((w.steps[i]!.viewport = { zoom: 1000, x: 0, y: 0 }), `input.steps[${i}].viewport.zoom`)],
  ['unknown layout', (w, i) => ((w.steps[i]!.layout = 'grid' as never), `input.steps[${i}].layout`)],
  ['malformed focus id', (w, i) => ((w.steps[i]!.focus[0] = 'Bureau A'), `input.steps[${i}].focus[0]`)],
];

describe('walkthrough validation', () => {
  it('accepts every well-formed walkthrough, and a null for any optional field', () => {
    fc.assert(
      fc.property(walkthrough, (w) => {
        expect(refusal(w)).toBeNull();
        expect(refusal({ ...w, id: null, titleZh: null, steps: w.steps.map((s) => ({ ...s, notesZh: null, viewport: null })) })).toBeNull();
      }),
    );
  });

  it('refuses each way of breaking one step, naming that step’s argument path', () => {
    fc.assert(
      fc.property(walkthrough, fc.nat(), fc.constantFrom(...breakages), (w, n, [, breakIt]) => {
        const broken = structuredClone(w) as { steps: StepData[] };
        const expected = breakIt(broken, n % broken.steps.length);
        expect(refusal(broken)).toBe(expected);
      }),
    );
  });

  it('bounds the walkthrough as a whole', () => {
    const one = { title: 'S', narration: 'N', focus: ['bureau:a'] };
    expect(refusal({ title: 'T', steps: [] })).toBe('input.steps');
    expect(refusal({ title: 'T', steps: Array(LIMITS.steps + 1).fill(one) })).toBe('input.steps');
    expect(refusal({ title: 'x'.repeat(LIMITS.title + 1), steps: [one] })).toBe('input.title');
    expect(refusal({ id: 'Walkthrough:X', title: 'T', steps: [one] })).toBe('input.id');
    expect(refusal({ title: 'T', steps: [{ ...one, focus: Array.from({ length: LIMITS.focus + 1 }, (_, i) => `bureau:b${i}`) }] })).toBe(
      'input.steps[0].focus',
    );
    expect(refusal({ title: 'T', steps: [{ ...one, focus: ['bureau:a', 'bureau:a'] }] })).toBe('input.steps[0].focus[1]');
  });
});

describe('the YAML of a walkthrough', () => {
  it('is a valid seed file that reads back to the same walkthrough', () => {
    fc.assert(
      fc.property(walkthrough, (w) => {
        const data = parse({ ...w, id: 'walkthrough:a-tour' });
        const stored = {
          id: 'walkthrough:a-tour',
          title: data.title,
          steps: JSON.stringify(data.steps),
          origin: 'USER' as const,
          updatedAt: '2026-01-01T00:00:00.000Z',
        };
        const file = parseSeedFile('a-tour.yaml', toSeedYaml(toWalkthrough(stored)), WalkthroughFileSchema);
        expect(file.problems).toEqual([]);
        // As stored: JSON, where -0 is 0.
        const steps = JSON.parse(JSON.stringify(data.steps)) as StepData[];
        expect(file.data).toEqual({ id: 'walkthrough:a-tour', title: 'A tour', steps: steps.map(withoutEmptyLists) });
      }),
    );
  });
});

function withoutEmptyLists(step: StepData): StepData {
  return Object.fromEntries(Object.entries(step).filter(([, value]) => !(Array.isArray(value) && value.length === 0))) as StepData;
}

describe('new walkthrough ids', () => {
  it.each([
    ['My tour of the pledges', 'walkthrough:my-tour-of-the-pledges'],
    ["Taibai Lake New District's 2023 pledges", 'walkthrough:taibai-lake-new-districts-2023-pledges'],
    ['  Café — Zürich 2023! ', 'walkthrough:cafe-zurich-2023'],
    ['复兴之路 Fuxing Road', 'walkthrough:fuxing-road'],
  ])('%j → %s', (title, expected) => {
    expect(walkthroughIdBase(title)).toBe(expected);
  });

  it('falls back to a random one for a title without latin letters, and stays short', () => {
    expect(walkthroughIdBase('复兴之路')).toMatch(/^walkthrough:user-[0-9a-f]{12}$/);
    expect(walkthroughIdBase('2023')).toMatch(/^walkthrough:user-/);
    const long = walkthroughIdBase('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual('walkthrough:'.length + 60);
    expect(long).toMatch(/^walkthrough:word(-word)+$/);
  });

  it('takes the first free suffix', () => {
    expect(firstFreeId('walkthrough:a', [])).toBe('walkthrough:a');
    expect(firstFreeId('walkthrough:a', ['walkthrough:a', 'walkthrough:a-2', 'walkthrough:a-4'])).toBe('walkthrough:a-3');
  });
});
