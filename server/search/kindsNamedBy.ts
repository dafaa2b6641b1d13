import type { EntityKind } from '../generated/graphql.js';

/**
 * English words that name a kind of entity. A query holding one ("Jidong park", "company")
 * means a thing of that kind, so among name matches those of the kind rank first; the word
 * still has to match (a name or a summary) for an entity to be found at all.
 */
const KIND_WORDS: Record<string, EntityKind> = Object.fromEntries(
  (
    [
      ['BUREAU', 'bureau bureaus department departments'],
      ['PLACE', 'park parks plaza plazas port ports harbour harbor terminal district area city town region place places'],
      ['ENTERPRISE', 'company companies enterprise enterprises firm firms group corporation business businesses'],
      ['INSTITUTION', 'institution institutions university universities college hospital government'],
      ['PROJECT', 'project projects platform platforms system mechanism campaign'],
      ['PLEDGE', 'pledge pledges promise promises'],
      ['EVENT', 'meeting event'],
    ] as const
  ).flatMap(([kind, words]) => words.split(' ').map((word) => [word, kind])),
);

/** The kinds the (lower-case) query words name, once each. */
export function kindsNamedBy(words: string[]): EntityKind[] {
  return [...new Set(words.flatMap((word) => (Object.hasOwn(KIND_WORDS, word) ? [KIND_WORDS[word]!] : [])))];
}
