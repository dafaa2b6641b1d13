import fc from 'fast-check';

/**
 * Text a careless or hostile client may send where the API expects search words or an id:
 * query syntax of the stores behind it (Lucene, Cypher, SQL by habit), scripts it does not
 * expect (full-width punctuation, astral characters, lone surrogates), blank text and text
 * longer than any limit. Mixed freely with words the graph really contains, so that some of it
 * finds something and goes further down the search than the first check.
 */

/** Every character sequence Lucene's classic query parser reads as syntax. */
const LUCENE_SPECIALS = ['+', '-', '&&', '||', '!', '(', ')', '{', '}', '[', ']', '^', '"', '~', '*', '?', ':', '\\', '/'];
const OPERATORS = ['AND', 'OR', 'NOT', 'TO', 'and', 'or', 'not', 'to'];
const FIELD_FORMS = ['name:x', 'id:*', '*:*', 'nameEn:"ZTO"', 'summary:[a TO z]', 'searchKey:济东', 'kind:BUREAU', 'name:泗河口~2', 'id:/.*/'];
const FULL_WIDTH = [...'，。：（）【】「」！？、；“”'];
const INJECTIONS = [
  "' OR 1=1 //",
  '}) MATCH (n) DETACH DELETE n //',
  "'; DROP TABLE entity; --",
  '") RETURN n UNION MATCH (n) RETURN n //',
  '$id',
  '{id: $id}',
  'CALL db.labels()',
  '`id`',
  '<script>alert(1)</script>',
];
const WORDS = ['复兴之路', '泗河口', '太白湖', '济东', '科大讯飞', '中通物流', 'Sihekou', 'ZTO', 'Fuxing Road', 'iflytek', 'port', '港'];
const ASTRAL = ['😀', '👨‍👩‍👧', '🇨🇳', '𠀀', '𝕏', '\u{10FFFF}'];
/** Each removed by String.prototype.trim, so the API calls text of these alone blank. */
const WHITESPACE = [' ', '\t', '\n', '\r\n', '\u3000', '\u00a0', '\u2028', '\ufeff'];
/** Invisible, but not whitespace: text of these is not blank. */
const INVISIBLE = ['\u200b', '\u0000', '\u0007', '\u202e'];

/** Half of a surrogate pair, which the API refuses (the database cannot hold it); a whole pair is fine. */
export const hasLoneSurrogate = (text: string) => /\p{Cs}/u.test(text);

/** JSON can carry half of a surrogate pair (as \ud800); JavaScript strings hold it as is. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

const hostileToken: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...LUCENE_SPECIALS, ...OPERATORS, ...FIELD_FORMS, ...FULL_WIDTH, ...INJECTIONS),
  fc.constantFrom(...WORDS, ...ASTRAL, ...WHITESPACE, ...INVISIBLE),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const tokens = fc.tuple(fc.array(hostileToken, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '', '\u3000'));

/** `text` repeated and cut to exactly `length` characters (code points, as the API counts them). */
const padTo = (text: string, length: number) => {
  const chars = [...text];
  return Array.from({ length }, (_, i) => chars[i % chars.length]).join('');
};

/** Length in characters (code points; a lone surrogate is one), as the API's limits count. */
export const charCount = (text: string) => [...text].length;

/**
 * Hostile text: tokens joined with or without spaces, blank or whitespace-only text, and text of
 * exactly each of `lengths` (put the limit and one past it there, where the field has a limit).
 */
export function hostileText(lengths: number[] = [1000]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: tokens.map(([words, gap]) => words.join(gap)) },
    // Rarer than the rest: the API refuses such text outright, so it would hide everything else.
    {
      weight: 1,
      arbitrary: fc.tuple(tokens, loneSurrogate, fc.nat()).map(([[words, gap], half, at]) => words.toSpliced(at % (words.length + 1), 0, half).join(gap)),
    },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...WHITESPACE), { maxLength: 20 }).map((spaces) => spaces.join('')) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          hostileToken.filter((token) => token.length > 0),
          fc.constantFrom(...lengths),
        )
        .map(([token, length]) => padTo(token, length)),
    },
  );
}

/**
 * Ids to ask for: real ones (`preferred` more often, e.g. the bureaus for a bureauId), real ones
 * spoiled by a hostile token, case or padding, and hostile text.
 */
export function hostileId(realIds: string[], preferred: string[] = realIds): fc.Arbitrary<string> {
  const spoiled = fc
    .tuple(fc.constantFrom(...realIds), hostileToken, fc.constantFrom('prefix', 'suffix', 'upper', 'pad'))
    .map(([id, token, how]) => (how === 'prefix' ? token + id : how === 'suffix' ? id + token : how === 'upper' ? id.toUpperCase() : ` ${id}\u3000`));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...preferred) },
    { weight: 1, arbitrary: fc.constantFrom(...realIds) },
    { weight: 2, arbitrary: spoiled },
    { weight: 5, arbitrary: hostileText() },
  );
}
