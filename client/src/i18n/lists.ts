/** "a", "a and b", "a, b and c". */
export function englishList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "a", "a和b", "a、b和c"; verbs take 并 (属于并位于) rather than 和. */
export function chineseList(items: readonly string[], and = '和'): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}${and}${items.at(-1)}`;
}
