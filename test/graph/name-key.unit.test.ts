// The one name key (src/model/name-key.ts) that the API, the validator and the drafter
// compare names with. A pure function: plain unit tests, no database.
import { describe, expect, it } from 'vitest';
import { IGNORED_CHARACTERS, normalizeName } from '../../src/model/name-key.js';

describe('normalizeName', () => {
  it('ignores case', () => {
    expect(normalizeName('Dalian Maritime University')).toBe(normalizeName('DALIAN maritime university'));
    expect(normalizeName('NACKS')).toBe('nacks');
  });

  it('ignores ASCII punctuation and spacing', () => {
    expect(normalizeName('Provincial-level R & D Center')).toBe(normalizeName('Provincial-level R&D Center'));
    expect(normalizeName("Mayor's Quality Award")).toBe('mayorsqualityaward');
    expect(normalizeName('Hengli Petrochemical (Dalian) Co., Ltd.')).toBe('henglipetrochemicaldaliancoltd');
  });

  it('ignores typographic quotes, dashes and the middle dot', () => {
    expect(normalizeName('Mayor’s Quality Award')).toBe(normalizeName("Mayor's Quality Award"));
    expect(normalizeName('“Huanyou”')).toBe('huanyou');
    expect(normalizeName('Dalian DHI·DCW Group')).toBe(normalizeName('Dalian DHI DCW Group'));
    expect(normalizeName('Two Gardens – One Gallery')).toBe(normalizeName('Two Gardens One Gallery'));
  });

  it('ignores CJK punctuation and the ideographic space, keeps CJK letters', () => {
    expect(normalizeName('《大连》，旅顺（口）：区。')).toBe('大连旅顺口区');
    expect(normalizeName('大连\u3000旅顺')).toBe('大连旅顺');
  });

  it('treats a no-break space like a space', () => {
    expect(normalizeName('Lushun\u00A0Development\u00A0Zone')).toBe(normalizeName('Lushun Development Zone'));
  });

  it('keeps letters and digits apart from the ignored characters', () => {
    expect(normalizeName('300,000-ton VLCC')).toBe('300000tonvlcc');
    expect(normalizeName('Asia-1')).not.toBe(normalizeName('Asia-2'));
    // Every ignored character is a single UTF-16 unit, which Cypher's replace() handles alike.
    expect(IGNORED_CHARACTERS.every((ch) => ch.length === 1)).toBe(true);
  });

  it('removes each ignored character, and only those', () => {
    for (const ch of IGNORED_CHARACTERS) expect(normalizeName(`A${ch}b${ch}${ch}1`)).toBe('ab1');
    expect(normalizeName('a]b^c\\d-e')).toBe('abcde');
    expect(normalizeName('×ÆØ大连ǅ')).toBe('×æø大连ǆ');
  });
});
