import type { EntityKind } from '../generated/graphql.js';
import type { KnownEntity } from './knownGraph.js';
import { wordBoundaries } from './segment.js';

export interface Mention {
  entityId: string;
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
}

const LATIN = /[A-Za-z0-9]/;

/**
 * Every place the text names an entity of the graph by its name or an alias. Longest match
 * first: 济东数字经济产业园 is one mention, not 济东 inside it; a shorter match that overlaps a
 * longer one is dropped — unless it opens the longer name and belongs to another entity (below).
 * Latin names match whole words only (ZTO not inside a longer word), and
 * an alias only where it ends at a word's end (科技服务 is not in 科技服务业). An organ's name
 * carries its jurisdiction (太白湖新区建设局), which is no mention of the place.
 */
export function findMentions(text: string, entities: readonly KnownEntity[]): Mention[] {
  const found: Mention[] = [];
  const boundaries = wordBoundaries(text);
  for (const entity of entities) {
    for (const name of new Set(entity.names)) {
      // Names with no Chinese character and fewer than 3 characters (M1, 大工 is fine) are too short to trust.
      if (!/[\u4e00-\u9fff]/.test(name) && name.length < 3) continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (LATIN.test(name[0]!) && LATIN.test(text[at - 1] ?? '')) continue;
        if (LATIN.test(name.at(-1)!) && LATIN.test(text[end] ?? '')) continue;
        // An alias that stops inside a word names something else (科技服务 in 科技服务业).
        if (name !== entity.names[0] && !boundaries.has(end)) continue;
        found.push({ entityId: entity.id, kind: entity.kind, start: at, end, text: name });
      }
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Mention[] = [];
  for (const m of found) {
    const clash = taken.filter((t) => m.start < t.end && t.start < m.end);
    // A name that opens a longer name of another entity is that entity's too: the owner or the
    // place a name starts with (大中精工|履带项目, 泗河口港|集装箱码头) is mentioned by it.
    const prefix =
      clash.length > 0 &&
      clash.every(
        (t) => t.entityId !== m.entityId && t.kind !== 'BUREAU' && t.start === m.start && taken.every((o) => o === t || o.end <= m.start || o.start >= m.end),
      );
    if (clash.length === 0 || prefix) taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}
