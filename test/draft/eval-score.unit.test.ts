// The eval's name comparison: which spellings of one name a reviewer has nothing to fix in.
import { describe, expect, it } from 'vitest';
import { scoreKey } from '../../src/draft/eval/score.js';

describe('the eval compares names', () => {
  it('without case, punctuation, legal form, a plural ending or a leading article', () => {
    expect(scoreKey('the United States')).toBe(scoreKey('United States'));
    expect(scoreKey('The European Union')).toBe(scoreKey('European Union'));
    expect(scoreKey('High-tech enterprises')).toBe(scoreKey('high-tech enterprise'));
    expect(scoreKey('Fushun Special Steel Co., Ltd.')).toBe(scoreKey('Fushun Special Steel'));
  });

  it('and keeps apart names that differ in a word', () => {
    expect(scoreKey('Tieling County')).not.toBe(scoreKey('Tieling'));
    expect(scoreKey('Theodore Valve Co., Ltd.')).not.toBe(scoreKey('odore Valve'));
  });
});
