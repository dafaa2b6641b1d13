import { latinWords } from './latinWords.js';

export interface NameWords {
  /** Every word of the names in letters and digits, once each, in the order met. */
  nameWords: string[];
  /**
   * The last word of each name, or of its part before "of": in English the head noun, what the
   * thing is ("Sihekou Port", "Culture and Tourism Bureau of Taibai Lake New District").
   */
  nameHeads: string[];
}

/**
 * The words the search ranks a name by: a query word equal to one of them is a whole-word match,
 * one that begins one a prefix match (typeahead), and one equal to a head names what the entity
 * is, so "port" ranks Sihekou Port above a pledge on port-city functions. Pure and deterministic.
 */
export function nameWords(names: string[]): NameWords {
  const words = names.map(latinWords).filter((list) => list.length > 0);
  const heads = words.map((list) => {
    const of = list.indexOf('of');
    return of > 0 ? list[of - 1]! : list.at(-1)!;
  });
  return { nameWords: [...new Set(words.flat())], nameHeads: [...new Set(heads)] };
}
