// The rule table is data: every record must propose only what the model's registry allows,
// and each rule, run alone on a sentence written for it, proposes its fact and says so.
import { describe, expect, it } from 'vitest';
import { relationshipType } from '../../src/model/relationship-types.js';
import { buildDraft } from '../../src/draft/build-draft.js';
import { FACT_RULES } from '../../src/draft/rules/fact-rules.js';
import { labelOf } from '../../src/draft/types.js';
import type { GraphEntity } from '../../src/draft/graph-names.js';

const graph: GraphEntity[] = [
  { id: 'place:dalian', kind: 'PLACE', name: 'Dalian', aliases: ['Dalian'], places: [] },
  {
    id: 'award:dalian-mayors-quality-award',
    kind: 'AWARD',
    name: "Dalian Mayor's Quality Award",
    aliases: ["Dalian Mayor's Quality Award", "Mayor's Quality Award"],
    places: ['Dalian'],
  },
  {
    id: 'award:high-tech-enterprise',
    kind: 'AWARD',
    name: 'High-tech Enterprise',
    aliases: ['High-tech Enterprise', 'national high-tech enterprise'],
    places: [],
  },
];

function draftOf(text: string) {
  return buildDraft(
    {
      id: '900_0000000000000000',
      title: text.split('\n')[0] ?? '',
      date: '2024-05-01',
      dateDerivation: 'test',
      file: 't.txt',
      text,
    },
    graph,
  );
}

/** The facts `keep` selects, as [rule, from, to, first quote], sorted. */
function quotedFacts(
  draft: ReturnType<typeof draftOf>,
  keep: (f: ReturnType<typeof draftOf>['facts'][number]) => boolean,
) {
  return draft.facts
    .filter(keep)
    .map((f) => [f.rule, f.from, f.to, f.evidence[0]])
    .sort();
}

describe('the fact rule table', () => {
  it('has unique names and proposes only registry types between kinds the registry allows', () => {
    const names = FACT_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of FACT_RULES) {
      const registered = relationshipType(rule.type);
      expect(registered, `${rule.name}: ${rule.type} is not in the registry`).toBeDefined();
      for (const k of rule.from) expect(registered?.from, `${rule.name} from ${k}`).toContain(labelOf(k));
      for (const k of rule.to) expect(registered?.to, `${rule.name} to ${k}`).toContain(labelOf(k));
      expect(rule.confidence).toBeGreaterThan(0);
      expect(rule.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('names the rule behind every fact and every figure', () => {
    const draft = draftOf(
      "Quality Awards for Dalian Firms\n\nIn 2024, Dalian Haixin Valve Co., Ltd. won the Dalian Mayor's Quality Award. Li Ming, general manager of Dalian Haixin Valve Co., Ltd., said sales reached 41 million yuan, up 16.6%.",
    );
    const byRule = Object.fromEntries(draft.facts.map((f) => [f.rule, f]));
    expect(byRule['award-recipients']).toMatchObject({
      type: 'RECEIVED',
      from: 'enterprise:dalian-haixin-valve',
      to: 'award:dalian-mayors-quality-award',
      properties: { year: 2024, status: 'AWARDED' },
    });
    expect(byRule['person-role']).toMatchObject({
      type: 'LEADS',
      from: 'person:li-ming',
      properties: { role: 'general manager' },
    });
    expect(draft.indicators.map((i) => [i.rule, i.value, i.unit, i.change])).toEqual([
      ['figure-money', 41000000, 'yuan', '+16.6%'],
    ]);
  });

  it('reads a winner list whose award is named in the sentence before', () => {
    const draft = draftOf(
      "Dalian Announces Quality Awards\n\nThe Dalian Mayor's Quality Award for 2023 was announced on Monday. The three winners are Dalian Haixin Valve Co., Ltd., Dalian Bohai Pump Co., Ltd. and Dalian Jinma Bearing Co., Ltd.",
    );
    const received = draft.facts.filter((f) => f.type === 'RECEIVED');
    expect(received.map((f) => [f.from, f.to, f.properties.year])).toEqual([
      ['enterprise:dalian-haixin-valve', 'award:dalian-mayors-quality-award', 2023],
      ['enterprise:dalian-bohai-pump', 'award:dalian-mayors-quality-award', 2023],
      ['enterprise:dalian-jinma-bearing', 'award:dalian-mayors-quality-award', 2023],
    ]);
    for (const f of received) expect(draft.document.text).toContain(f.evidence[0]);
  });

  it('keeps a headline apart from the first paragraph', () => {
    const draft = draftOf(
      'Lushun Zone Opens to Foreign Investors\n\nThe Dalian Lushun Economic Development Zone signed a cooperation agreement with Dalian University of Technology in 2024.',
    );
    const names = draft.entities.map((e) => e.name);
    expect(names).toContain('Dalian Lushun Economic Development Zone');
    expect(names.some((n) => n.includes('Investors'))).toBe(false);
  });

  it('reads a role before the name and a name with "for" in it', () => {
    const draft = draftOf(
      'Officials Visit Valve Maker\n\nPresident Zhang Wei of Dalian University of Technology and Wang Gang, director of the Liaoning Provincial Administration for Market Regulation, visited the plant in 2024.',
    );
    const leads = draft.facts
      .filter((f) => f.type === 'LEADS')
      .map((f) => [f.from, f.to, f.properties.role])
      .sort();
    expect(leads).toEqual([
      ['person:wang-gang', 'organization:liaoning-provincial-administration-for-market-regulation', 'director'],
      ['person:zhang-wei', 'university:dalian-university-of-technology', 'president'],
    ]);
  });

  it('reads who carries out a project named at the start of a sentence, "the X project of Y" and "invested by Y"', () => {
    const draft = draftOf(
      'Zone Signs Projects\n\nThe molybdenum deep processing project of Chaoyang Jinda Molybdenum Co., Ltd. has a total investment of 580 million yuan. The 200,000-ton cathode material project invested by Jianping Ruineng New Energy Technology Co., Ltd. will be built in the park.',
    );
    const facts = draft.facts
      .filter((f) => f.type === 'IMPLEMENTS')
      .map((f) => [f.rule, f.from, f.to, f.properties.year])
      .sort();
    expect(facts).toEqual([
      [
        'named-project-of-investor',
        'enterprise:chaoyang-jinda-molybdenum',
        'project:molybdenum-deep-processing-project',
        2024,
      ],
      [
        'project-of-investor',
        'enterprise:jianping-ruineng-new-energy-technology',
        'project:200-000-ton-cathode-material-project',
        2024,
      ],
    ]);
  });

  it('leaves a designation held ("is a national high-tech enterprise") undated, and dates an award won', () => {
    const draft = draftOf(
      "Valve Makers\n\nDalian Haixin Valve Co., Ltd., founded in 1998, is a national high-tech enterprise. In 2023, Dalian Bohai Pump Co., Ltd. won the Dalian Mayor's Quality Award.",
    );
    const received = draft.facts
      .filter((f) => f.type === 'RECEIVED')
      .map((f) => [f.from, f.to, f.properties.year ?? null])
      .sort();
    expect(received).toEqual([
      ['enterprise:dalian-bohai-pump', 'award:dalian-mayors-quality-award', 2023],
      ['enterprise:dalian-haixin-valve', 'award:high-tech-enterprise', null],
    ]);
  });

  it('keeps a branch in the name of the company ("China Datang Corporation Liaoning Branch signed …")', () => {
    const draft = draftOf(
      'Projects Signed\n\nChina Datang Corporation Liaoning Branch signed a 500-megawatt wind power project with the county.',
    );
    expect(draft.facts.filter((f) => f.type === 'IMPLEMENTS').map((f) => [f.rule, f.from, f.to])).toEqual([
      [
        'investor-builds-project',
        'enterprise:china-datang-corporation-liaoning-branch',
        'project:500-megawatt-wind-power-project',
      ],
    ]);
  });

  // Sentence in, one fact out: what the case pins, the article, the type, [rule, from, to, quote].
  it.each([
    [
      'reads what a company has developed, and not what a zone "has developed into"',
      'New Products\n\nDalian Haixin Valve Co., Ltd. has independently developed the first deep-sea ball valves of the city. The zone has developed into a hub of valve makers.',
      'DEVELOPS',
      [
        'product-developer',
        'enterprise:dalian-haixin-valve',
        'project:deep-sea-ball-valves',
        'Dalian Haixin Valve Co., Ltd. has independently developed the first deep-sea ball valves',
      ],
    ],
    [
      'reads who formulated a standard, named as "the company"',
      'Standards\n\nDalian North Transformer Group makes transformers. Its chairman said that the company has participated in the formulation of 6 national standards of transformers.',
      'FORMULATED_STANDARD',
      [
        'standard-formulator',
        'enterprise:dalian-north-transformer-group',
        'project:national-standards-of-transformers',
        'the company has participated in the formulation of 6 national standards of transformers',
      ],
    ],
    [
      'places a project a company will build "in the zone"',
      'Zone Signs Catalyst Project\n\nLiaoning Hongxin Catalyst Technology Co., Ltd. signed an agreement with Panjin Liaobin Coastal Economic and Technological Development Zone in May. The company will build a 5,000-ton catalyst production line in the zone.',
      'LOCATED_IN',
      [
        'located-in-short',
        'project:5-000-ton-catalyst-production-line',
        'zone:panjin-liaobin-coastal-economic-and-technological-development-zone',
        '5,000-ton catalyst production line in the zone',
      ],
    ],
    [
      'reads a county-level place of its city, from the gazetteer',
      'Swimwear Capital\n\nXingcheng of Huludao is known as the swimwear capital of China.',
      'PART_OF',
      ['place-part-of', 'place:xingcheng', 'place:huludao', 'Xingcheng of Huludao'],
    ],
  ])('%s', (_what, article, type, fact) => {
    expect(quotedFacts(draftOf(article), (f) => f.type === type)).toEqual([fact]);
  });

  it('reads a member list whose committee the sentence before names, and "the committee" is not a party body', () => {
    const draft = draftOf(
      'Committee Admits Members\n\nThe Dalian Robotics Innovation Committee met in Dalian, attended by Li Ming, secretary of the CPC Dalian Municipal Committee. The committee was set up in 2019. The new members admitted this year include Dalian Haixin Valve Co., Ltd. and Dalian Bohai Pump Co., Ltd.',
    );
    expect(quotedFacts(draft, (f) => f.type === 'MEMBER_OF')).toEqual([
      [
        'members-of-earlier-organization',
        'enterprise:dalian-bohai-pump',
        'organization:dalian-robotics-innovation-committee',
        'new members admitted this year include Dalian Haixin Valve Co., Ltd. and Dalian Bohai Pump Co., Ltd.',
      ],
      [
        'members-of-earlier-organization',
        'enterprise:dalian-haixin-valve',
        'organization:dalian-robotics-innovation-committee',
        'new members admitted this year include Dalian Haixin Valve Co., Ltd.',
      ],
    ]);
  });

  it('reads universities of an alliance as part of it, and never as members of a government or party body', () => {
    const draft = draftOf(
      'Alliance Founded\n\nThe Dalian Valve Industry Alliance was initiated by the Management Committee of Dalian Puwan Economic Zone, and its members include Dalian Haixin Valve Co., Ltd., Dalian University of Technology and Dalian Maritime University.',
    );
    expect(quotedFacts(draft, (f) => f.type === 'PART_OF' || f.type === 'MEMBER_OF').map((f) => f.slice(0, 3))).toEqual(
      [
        ['member-of', 'enterprise:dalian-haixin-valve', 'organization:dalian-valve-industry-alliance'],
        [
          'university-member-of',
          'university:dalian-maritime-university',
          'organization:dalian-valve-industry-alliance',
        ],
        [
          'university-member-of',
          'university:dalian-university-of-technology',
          'organization:dalian-valve-industry-alliance',
        ],
      ],
    );
  });

  it('reads a maker and the markets of its products, and a maker of what it produces', () => {
    const draft = draftOf(
      'Valve Makers Expand Abroad\n\nDalian Haixin Valve Co., Ltd. opened a new plant in 2024. Its ball valves and 500 kV breakers have been sold to Pakistan and Kazakhstan. The plant is run by Dalian Bohai Pump Co., Ltd., which produces marine pumps.',
    );
    expect(quotedFacts(draft, (f) => f.rule === 'product-maker' || f.rule === 'product-market')).toEqual([
      [
        'product-maker',
        'enterprise:dalian-bohai-pump',
        'project:marine-pumps',
        'Dalian Bohai Pump Co., Ltd., which produces marine pumps',
      ],
      [
        'product-maker',
        'enterprise:dalian-haixin-valve',
        'project:500-kv-breakers',
        'Its ball valves and 500 kV breakers',
      ],
      ['product-maker', 'enterprise:dalian-haixin-valve', 'project:ball-valves', 'Its ball valves'],
      [
        'product-market',
        'project:500-kv-breakers',
        'place:kazakhstan',
        '500 kV breakers have been sold to Pakistan and Kazakhstan',
      ],
      ['product-market', 'project:500-kv-breakers', 'place:pakistan', '500 kV breakers have been sold to Pakistan'],
      [
        'product-market',
        'project:ball-valves',
        'place:kazakhstan',
        'ball valves and 500 kV breakers have been sold to Pakistan and Kazakhstan',
      ],
      [
        'product-market',
        'project:ball-valves',
        'place:pakistan',
        'ball valves and 500 kV breakers have been sold to Pakistan',
      ],
    ]);
    for (const f of draft.facts) for (const q of f.evidence) expect(draft.document.text).toContain(q);
  });
});
