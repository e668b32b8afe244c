// The one comparison key of names, shared by the API (resolving arguments), the validator
// (duplicate names) and the drafter (matching article names to the graph).

/**
 * Characters a comparison of names ignores: white space and punctuation, ASCII and the
 * typographic/CJK forms the articles use. JavaScript (arguments, drafts) and Cypher (the
 * stored names, see `cypherNormalize` in the API's translator) strip exactly this list, so
 * both sides normalise alike.
 */
export const IGNORED_CHARACTERS: readonly string[] = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u3000',
  '\u2009',
  '\u200b',
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  "'",
  '"',
  '`',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '-',
  '_',
  '/',
  '\\',
  '|',
  '&',
  '+',
  '*',
  '#',
  '@',
  '~',
  '^',
  '%',
  '$',
  '=',
  '\u00b7',
  '\u2018',
  '\u2019',
  '\u201c',
  '\u201d',
  '\u2013',
  '\u2014',
  '\u2022',
  '\u2026',
  '\u3001',
  '\u3002',
  '\uff0c',
  '\uff08',
  '\uff09',
  '\uff1a',
  '\uff1b',
  '\uff06',
  '\u300a',
  '\u300b',
];

/** IGNORED_CHARACTERS as one character class: a name is scanned once, not once per character. */
const IGNORED = new RegExp(
  `[${IGNORED_CHARACTERS.map((ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

/** The comparison key of a name: lower case, ignored characters removed. */
export function normalizeName(value: string): string {
  return value.toLowerCase().replace(IGNORED, '');
}
