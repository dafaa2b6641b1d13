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

/** The sizes: S for the smoke test, M for the targets, L on paper (or a very long run). */
export const SIZES = { S: 1_000, M: 100_000, L: 1_000_000 } as const;
export type Size = keyof typeof SIZES;

const HAN = '新区太白湖济东数字经济产业园复兴之路文化科技项目泗河口港物流中心平台建设招商引资金融医疗健康旅游景区市民公园城投星广场大学石桥码头';
const SYLLABLES = ['tai', 'bai', 'hu', 'ji', 'dong', 'shu', 'zi', 'fu', 'xing', 'lu', 'si', 'he', 'kou', 'gang', 'wen', 'hua', 'ke', 'yuan', 'shi', 'qiao'];
const WORDS = ['Park', 'Port', 'Plaza', 'Centre', 'Platform', 'Project', 'Group', 'Technology', 'Logistics', 'Culture', 'Digital', 'Industrial'];
/** Pledge sentences are long in the article (a clause per task): so are the synthetic ones. */
const CLAUSES = ['全力以赴保障', '项目建设', '持续开展', '安全隐患排查', '按期完成交付任务', '招引龙头企业落户', '推动产业园区提质增效', '打造文旅融合示范'];

/**
 * Kinds in the article's proportions (pledges are half of it), scaled to `total` entities.
 * Bureaus stay few at any size: the district has tens of them, each with many pledges.
 */
const SHARES: [Label, number][] = [
  ['Bureau', 0.0005],
  ['Pledge', 0.4],
  ['Project', 0.2],
  ['Place', 0.1],
  ['Enterprise', 0.18],
  ['Institution', 0.1195],
];

/** The article's degree mix, per entity of the kind: about four relationships per entity overall. */
const MIX = {
  concerns: [1, 9],
  targets: 0.8,
  partners: 0.15,
  destinedFor: 0.35,
  assignedBy: 0.1,
  located: 1,
  partOf: 0.3,
  settles: 0.8,
  operates: 0.5,
  collaborates: 1.5,
} as const;

/**
 * A graph shaped like the article's, at any size: hub bureaus (a few make most pledges, as in a
 * Zipf law), pledges with long bilingual texts that concern projects several bureaus share
 * (popular projects are picked more often), enterprises courted for parks (TARGETS with
 * DESTINED_FOR a place), organisations settling, operating and collaborating. Names, aliases and
 * the quotes every relationship cites are Chinese and English, so both search paths and the
 * citations' weight are exercised. Pure and deterministic. `searchable: false` leaves out the
 * search properties (slow to derive: pinyin), for graphs that are only drawn.
 */
export function syntheticGraph(total: number, seed = 1, { searchable = true } = {}): SeedGraph {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  // Skewed pick: index ~ n·u³ favours the first items (hubs) without leaving the rest unused.
  const popular = <T>(items: readonly T[]) => items[Math.floor(random() ** 3 * items.length)]!;
  const han = (length: number) => Array.from({ length }, () => pick([...HAN])).join('');
  const nodes: SeedGraph['nodes'] = [];
  const byLabel = new Map<Label, string[]>();
  for (const [label, share] of SHARES) {
    const ids: string[] = [];
    for (let i = 0; i < Math.max(2, Math.round(total * share)); i++) {
      const id = `${label.toLowerCase()}:s${i}`;
      const name = han(4 + Math.floor(random() * 6));
      const nameEn = `${pick(SYLLABLES)}${pick(SYLLABLES)} ${pick(WORDS)} ${i}`;
      const aliases = [name.slice(0, 2) + han(1), `${pick(SYLLABLES)}${pick(SYLLABLES)}`];
      const names = [name, nameEn, ...aliases];
      const long = label === 'Pledge';
      const summaryZh = long ? Array.from({ length: 3 + Math.floor(random() * 5) }, () => pick(CLAUSES) + name).join('，') + '。' : `${name}。`;
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
          summary: long
            ? `${nameEn}: ${'push the works forward, finish on time and bring in leading firms; '.repeat(2)}a synthetic pledge.`
            : `${nameEn}, a synthetic ${label.toLowerCase()}.`,
          summaryZh,
          // As the loader stores them (validateSeeds): the bench times the pinyin and word ranking too.
          ...(searchable ? { searchNames: names.map(normalizeForSearch), searchKey: searchKeyOf(names), ...nameWords(names), ...pinyinForms(names) } : {}),
          position: nodes.length,
          sources: JSON.stringify([{ documentId: 'document:synthetic', start: 0, end: summaryZh.length, quote: summaryZh }]),
        },
      });
      ids.push(id);
    }
    byLabel.set(label, ids);
  }

  const edges: SeedGraph['edges'] = [];
  const seen = new Set<string>();
  const quote = () => JSON.stringify([{ documentId: 'document:synthetic', start: 0, end: 12, quote: `${pick(CLAUSES)}${han(6)}` }]);
  const link = (from: string, type: RelationshipType, to: string) => {
    const id = edgeId(from, type, to);
    if (from === to || seen.has(id)) return;
    seen.add(id);
    edges.push({ id, type, from, to, props: { id, sources: quote() } });
  };
  // A fractional rate r: floor(r) links, plus one more with probability r - floor(r).
  const times = (rate: number) => Math.floor(rate) + (random() < rate - Math.floor(rate) ? 1 : 0);
  const of = (label: Label) => byLabel.get(label)!;
  const organisation = () => (random() < 0.6 ? of('Enterprise') : of('Institution'));
  const thing = () => pick([of('Project'), of('Project'), of('Place'), of('Enterprise'), of('Institution')]);
  // Parks and ports: the tenth of places that courted enterprises are brought to.
  const parks = of('Place').slice(0, Math.max(1, Math.ceil(of('Place').length / 10)));
  const [lo, hi] = MIX.concerns;
  for (const pledge of of('Pledge')) {
    link(popular(of('Bureau')), 'MADE', pledge);
    for (let i = lo + Math.floor(random() * (hi - lo)); i > 0; i--) link(pledge, 'CONCERNS', popular(thing()));
    for (let i = times(MIX.targets); i > 0; i--) link(pledge, 'TARGETS', popular(of('Enterprise')));
    for (let i = times(MIX.partners); i > 0; i--) link(pledge, 'PARTNERS', pick(organisation()));
    for (let i = times(MIX.destinedFor); i > 0; i--) link(pledge, 'DESTINED_FOR', popular(parks));
    for (let i = times(MIX.assignedBy); i > 0; i--) link(pledge, 'ASSIGNED_BY', pick(of('Institution')));
  }
  for (const project of of('Project')) {
    for (let i = times(MIX.located); i > 0; i--) link(project, 'LOCATED_IN', popular(of('Place')));
    for (let i = times(MIX.partOf); i > 0; i--) link(project, 'PART_OF', pick(of('Project')));
  }
  for (const place of of('Place')) for (let i = times(MIX.partOf); i > 0; i--) link(place, 'PART_OF', popular(of('Place')));
  for (const org of [...of('Enterprise'), ...of('Institution')]) {
    for (let i = times(MIX.settles); i > 0; i--) link(org, 'SETTLES_IN', popular(parks));
    for (let i = times(MIX.operates); i > 0; i--) link(org, 'OPERATES', pick(random() < 0.5 ? of('Project') : of('Place')));
    for (let i = times(MIX.collaborates); i > 0; i--) link(org, 'COLLABORATES_WITH', pick(organisation()));
  }
  return { nodes, edges, walkthroughs: [] };
}
