import { nameWords } from '../server/search/nameWords.js';
import { searchKeyOf, normalizeForSearch } from '../server/search/normalizeForSearch.js';
import { pinyinForms } from '../server/search/pinyinForms.js';
import { edgeId, type Label, type RelationshipType } from '../server/load/model.js';
import type { SeedGraph } from '../server/load/SeedGraph.js';

/** A deterministic PRNG (mulberry32): the same seed gives the same graph on every run. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAN = '新区太白湖济东数字经济产业园复兴之路文化科技项目泗河口港物流中心平台建设招商引资金融医疗健康旅游景区市民公园城投星广场大学石桥码头';
const SYLLABLES = ['tai', 'bai', 'hu', 'ji', 'dong', 'shu', 'zi', 'fu', 'xing', 'lu', 'si', 'he', 'kou', 'gang', 'wen', 'hua', 'ke', 'yuan', 'shi', 'qiao'];
const WORDS = ['Park', 'Port', 'Plaza', 'Centre', 'Platform', 'Project', 'Group', 'Technology', 'Logistics', 'Culture', 'Digital', 'Industrial'];

/** Kinds in roughly the article's proportions, scaled to `total` entities. */
const SHARES: [Label, number][] = [
  ['Bureau', 0.0005],
  ['Pledge', 0.45],
  ['Project', 0.2],
  ['Place', 0.12],
  ['Enterprise', 0.13],
  ['Institution', 0.0995],
];

/**
 * A graph shaped like the article's, at any size: bureaus make pledges, pledges concern
 * projects and places and court enterprises, enterprises settle in places. Names mix Chinese
 * characters and pinyin words so that both search paths are exercised. Pure.
 */
export function syntheticGraph(total: number, seed = 1): SeedGraph {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const nodes: SeedGraph['nodes'] = [];
  const byLabel = new Map<Label, string[]>();
  for (const [label, share] of SHARES) {
    const ids: string[] = [];
    for (let i = 0; i < Math.max(1, Math.round(total * share)); i++) {
      const id = `${label.toLowerCase()}:s${i}`;
      const name = Array.from({ length: 4 + Math.floor(random() * 6) }, () => pick([...HAN])).join('');
      const nameEn = `${pick(SYLLABLES)}${pick(SYLLABLES)} ${pick(WORDS)} ${i}`;
      const aliases = [`${pick(SYLLABLES)}${pick(SYLLABLES)}`];
      const names = [name, nameEn, ...aliases];
      nodes.push({
        id,
        label,
        props: {
          id,
          kind: label.toUpperCase(),
          name,
          nameEn,
          aliases,
          aliasesText: aliases.join(' ; '),
          summary: `${nameEn}, a synthetic ${label.toLowerCase()} for the benchmark.`,
          searchNames: names.map(normalizeForSearch),
          searchKey: searchKeyOf(names),
          // As the loader stores them (validateSeeds): the bench times the pinyin and word ranking too.
          ...nameWords(names),
          ...pinyinForms(names),
          position: nodes.length,
          sources: '[]',
        },
      });
      ids.push(id);
    }
    byLabel.set(label, ids);
  }

  const edges: SeedGraph['edges'] = [];
  const seen = new Set<string>();
  const link = (from: string, type: RelationshipType, to: string) => {
    const id = edgeId(from, type, to);
    if (seen.has(id)) return;
    seen.add(id);
    edges.push({ id, type, from, to, props: { id, sources: '[]' } });
  };
  const of = (label: Label) => byLabel.get(label)!;
  for (const pledge of of('Pledge')) {
    link(pick(of('Bureau')), 'MADE', pledge);
    for (let i = 0; i < 1 + Math.floor(random() * 3); i++) link(pledge, 'CONCERNS', pick(random() < 0.6 ? of('Project') : of('Place')));
    if (random() < 0.3) link(pledge, 'TARGETS', pick(of('Enterprise')));
    if (random() < 0.2) link(pledge, 'DESTINED_FOR', pick(of('Place')));
  }
  for (const enterprise of of('Enterprise')) if (random() < 0.5) link(enterprise, 'SETTLES_IN', pick(of('Place')));
  for (const project of of('Project')) if (random() < 0.5) link(project, 'LOCATED_IN', pick(of('Place')));
  return { nodes, edges, walkthroughs: [] };
}
