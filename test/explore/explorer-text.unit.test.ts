// The explorer's pure pieces: escaping, quote marking, fact sentences, CSV.
import { describe, expect, it } from 'vitest';
import { html } from '../../src/explore/html.js';
import { splitByQuotes } from '../../src/explore/mark-quotes.js';
import { factAnchor, sentence, type Fact } from '../../src/explore/facts.js';
import { factsCsv } from '../../src/explore/csv.js';
import { matchedAliases } from '../../src/explore/pages/search-page.js';

const danai = { id: 'enterprise:danai-pump-industry', name: 'Danai Pump Industry Co., Ltd.', kind: 'ENTERPRISE' };
const award = { id: 'award:mayors-quality-award', name: "Mayor's Quality Award", kind: 'AWARD' };

describe('html', () => {
  it('escapes every interpolated value, and only those', () => {
    const attack = '<img src=x onerror="alert(1)">';
    const out = html`<p title="${attack}">${attack}${html`<b>${'&'}</b>`}</p>`.value;
    expect(out).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<b>&amp;</b></p>',
    );
  });
});

describe('splitByQuotes', () => {
  it('cuts the text at every quote boundary, overlapping quotes included, and loses no character', () => {
    const text = 'On 2022-08-04 the award went to Danai. Danai makes pumps.';
    const quotes = ['2022-08-04 the award went to Danai', 'the award', 'makes pumps', 'not in the text'];
    const pieces = splitByQuotes(text, quotes);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    for (const [i, quote] of quotes.entries()) {
      const covered = pieces
        .filter((p) => p.quotes.includes(i))
        .map((p) => p.text)
        .join('');
      expect(covered).toBe(i === 3 ? '' : quote);
    }
    expect(pieces.find((p) => p.text === 'the award')!.quotes.sort()).toEqual([0, 1]);
  });
});

describe('fact sentences', () => {
  const nominated: Fact = {
    type: 'RECEIVED',
    from: danai,
    to: award,
    properties: { year: 2022, status: 'NOMINATED' },
    evidence: [{ documentId: '004', documentTitle: 'Quality', quote: 'Danai, "quoted"' }],
  };

  it('reads as the issue asks, and anchors are plain', () => {
    expect(sentence(nominated)).toBe("Danai Pump Industry Co., Ltd. — nominated for the Mayor's Quality Award, 2022");
    expect(sentence({ ...nominated, properties: { year: 2022, status: 'AWARDED' } })).toContain('— received the');
    expect(factAnchor(nominated)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('gives one CSV row per quote, quoted as CSV requires', () => {
    const csv = factsCsv([nominated]).trim().split('\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('"Danai, ""quoted"""');
    expect(csv[1]).toContain('enterprise:danai-pump-industry');
  });
});

describe('matchedAliases', () => {
  it('names the aliases that contain a searched word, not the name itself', () => {
    expect(
      matchedAliases('lushun zone', 'Lushun Development Zone', [
        'Lushun Development Zone',
        'LDZ',
        'Lushun Economic Zone',
      ]),
    ).toEqual(['Lushun Economic Zone']);
  });
});
