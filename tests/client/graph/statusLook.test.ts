import { describe, expect, it } from 'vitest';
import { KIND_LOOK } from '../../../client/src/graph/kinds.js';
import { isPledgeStatus, PLEDGE_STATUSES, STATUS_LOOK } from '../../../client/src/graph/statusLook.js';
import { GRAPH_STYLE } from '../../../client/src/graph/style.js';
import { messages } from '../../../client/src/i18n/messages.js';
import { timeMessages } from '../../../client/src/i18n/timeMessages.js';

/** Relative luminance (WCAG), to tell two colours apart in greyscale. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('the status look table', () => {
  const rated = PLEDGE_STATUSES.filter((s) => s !== 'pledged');

  it('covers the API scale, in its order', () => {
    expect(PLEDGE_STATUSES).toEqual(['pledged', 'in_the_works', 'stalled', 'kept', 'compromise', 'broken']);
    expect(isPledgeStatus('kept')).toBe(true);
    expect(isPledgeStatus('done')).toBe(false);
  });

  it('draws no ring on a pledge not yet rated, and a ring on every other', () => {
    expect(STATUS_LOOK.pledged.width).toBe(0);
    for (const status of rated) expect(STATUS_LOOK[status].width, status).toBeGreaterThan(0);
  });

  it('gives each rated status its own colour, none a kind colour nor the black of selection and paths', () => {
    const colours = rated.map((s) => STATUS_LOOK[s].color.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
    const kinds = Object.values(KIND_LOOK).map((k) => k.color.toLowerCase());
    for (const colour of colours) {
      expect(kinds).not.toContain(colour);
      expect(colour).not.toBe('#000000');
    }
  });

  it('tells statuses apart without colour: a line of their own, a ring much thicker, or a clearly different lightness', () => {
    for (const [i, a] of rated.entries())
      for (const b of rated.slice(i + 1)) {
        if (STATUS_LOOK[a].style !== STATUS_LOOK[b].style) continue;
        if (Math.abs(STATUS_LOOK[a].width - STATUS_LOOK[b].width) >= 3) continue;
        const [light, dark] = [luminance(STATUS_LOOK[a].color), luminance(STATUS_LOOK[b].color)].sort((x, y) => y - x);
        expect((light! + 0.05) / (dark! + 0.05), `${a} / ${b}`).toBeGreaterThan(2);
      }
    expect(new Set(rated.map((s) => STATUS_LOOK[s].sign)).size).toBe(rated.length);
  });

  it('is what the canvas stylesheet draws: one outline rule per rated status', () => {
    for (const status of rated) {
      const rule = GRAPH_STYLE.find((r) => r.selector === `node[status = "${status}"]`);
      expect(rule?.style, status).toMatchObject({ 'outline-color': STATUS_LOOK[status].color, 'outline-style': STATUS_LOOK[status].style });
    }
    expect(GRAPH_STYLE.find((r) => r.selector === 'node[status = "pledged"]')).toBeUndefined();
  });

  it('names every status in both languages, the Chinese without Latin letters', () => {
    for (const lang of ['en', 'zh'] as const)
      for (const status of PLEDGE_STATUSES) {
        expect(timeMessages(lang).statusNames[status], `${lang} ${status}`).toBeTruthy();
        expect(messages(lang).statusNames[status]).toBe(timeMessages(lang).statusNames[status]);
      }
    expect(Object.values(timeMessages('zh').statusNames).join('')).not.toMatch(/[A-Za-z]/);
  });
});
