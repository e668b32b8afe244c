// Drafting with the language model's reading, pinned without a JVM or a database: a test
// article (a zone profile, a winner list, qualified names, an event, roles) and CoreNLP's
// recorded reading of it in, entities, facts and figures out — each figure's subject and year
// as the parse reads them (figure-parse.ts), the dependency rules' facts with their rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildDraft } from '../../src/draft/build-draft.js';
import { FACT_RULES } from '../../src/draft/rules/fact-rules.js';
import type { GraphEntity } from '../../src/draft/graph-names.js';
import type { CoreNlpDocument } from '../../src/nlp/corenlp-document.js';

/** A fixture article and CoreNLP's recorded reading of it (fixtures/corenlp/, same name, .json). */
function readFixture(file: string): { text: string; reading: CoreNlpDocument } {
  return {
    text: readFileSync(join(PROJECT_ROOT, file), 'utf8'),
    reading: JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'test/draft/fixtures/corenlp', file.replace(/\.txt$/, '.json')), 'utf8'),
    ) as CoreNlpDocument,
  };
}

/**
 * A fixture article drafted with no graph (or the candidates given), dated 2024-05-20 (or as
 * given; null: no date line), and its facts of one type as [rule, from, to]. The hand-written
 * rules alone: the learned rule, whose weights change with each training, is pinned with a
 * hand-set model in relation-classifier.unit.test.ts.
 */
function draftFixture(file: string, date: string | null = '2024-05-20', graph: GraphEntity[] = []) {
  const { text, reading } = readFixture(file);
  const doc = {
    id: '900_0000000000000000',
    title: '',
    date,
    dateDerivation: 'test',
    file: 'f.txt',
    text,
  };
  const draft = buildDraft(doc, graph, reading, FACT_RULES, { classifier: null });
  const facts = (type: string) => draft.facts.filter((f) => f.type === type).map((f) => [f.rule, f.from, f.to]);
  return { draft, facts };
}

const ARTICLE = 'test/draft/fixtures/puwan-zone-profile.txt';
const { text: TEXT, reading: READING } = readFixture(ARTICLE);

/** The graph's candidates for the article's names, as the name index gives them (ids and places of the seed graph). */
const GRAPH: GraphEntity[] = [
  { id: 'place:dalian', kind: 'PLACE', name: 'Dalian', aliases: ['Dalian'], places: ['Liaoning'] },
  { id: 'place:shenyang', kind: 'PLACE', name: 'Shenyang', aliases: ['Shenyang'], places: ['Liaoning'] },
  {
    id: 'zone:dalian-puwan-economic-zone',
    kind: 'ZONE',
    name: 'Dalian Puwan Economic Zone',
    aliases: ['Dalian Puwan Economic Zone'],
    places: ['Dalian', 'Liaoning'],
  },
  {
    id: 'enterprise:huarui-heavy-industry',
    kind: 'ENTERPRISE',
    name: 'Huarui Heavy Industry',
    aliases: ['Huarui Heavy Industry'],
    places: ['Lushun Development Zone', 'Lushunkou District', 'Dalian', 'Liaoning'],
  },
  {
    id: 'enterprise:hengli-petrochemical-dalian',
    kind: 'ENTERPRISE',
    name: 'Hengli Petrochemical (Dalian) Co., Ltd.',
    aliases: ['Hengli Petrochemical (Dalian) Co., Ltd.'],
    places: [],
  },
  {
    id: 'enterprise:dalian-haosen-equipment-manufacturing',
    kind: 'ENTERPRISE',
    name: 'Dalian Haosen Equipment Manufacturing Co., Ltd.',
    aliases: ['Dalian Haosen Equipment Manufacturing Co., Ltd.'],
    places: [],
  },
  {
    id: 'enterprise:dalian-rubber-and-plastic-machinery',
    kind: 'ENTERPRISE',
    name: 'Dalian Rubber and Plastic Machinery Co., Ltd.',
    aliases: ['Dalian Rubber and Plastic Machinery Co., Ltd.'],
    places: [],
  },
  // No CONFERRED_BY in the graph: the province is its place all the same.
  {
    id: 'award:governors-quality-award',
    kind: 'AWARD',
    name: "Governor's Quality Award",
    aliases: ["Governor's Quality Award"],
    places: [],
  },
  {
    id: 'award:mayors-quality-award',
    kind: 'AWARD',
    name: "Mayor's Quality Award",
    aliases: ["Mayor's Quality Award", "Dalian Mayor's Quality Award"],
    places: ['Dalian', 'Liaoning'],
  },
  {
    id: 'university:dalian-maritime-university',
    kind: 'UNIVERSITY',
    name: 'Dalian Maritime University',
    aliases: ['Dalian Maritime University'],
    places: ['Dalian'],
  },
];

function draft(language?: CoreNlpDocument) {
  return buildDraft(
    { id: '900_0000000000000000', title: '', date: '2024-06-19', dateDerivation: 'test', file: 'p.txt', text: TEXT },
    GRAPH,
    language,
  );
}

const withModel = draft(READING);
const surfaceOnly = draft();

/** A figure as [subject, value, unit, year, change], found by value. */
function figure(d: ReturnType<typeof draft>, value: number) {
  const f = d.indicators.find((i) => i.value === value);
  return f && [f.subject, f.value, f.unit, f.year, f.change];
}

describe("a zone profile's figures, read from the parse", () => {
  it('date a result by its clause and leave standing figures, totals and plans undated', () => {
    // "which was approved … in 2010, has a planned area of 36 square kilometers": the year is the approval's.
    expect(figure(withModel, 36)).toEqual(['zone:dalian-puwan-economic-zone', 36, 'square kilometers', null, null]);
    // "In 2023, the zone realized an operating income of RMB 12.4 billion, up 8.5%, and there were 86 …"
    expect(figure(withModel, 12_400_000_000)).toEqual([
      'zone:dalian-puwan-economic-zone',
      12_400_000_000,
      'yuan',
      2023,
      '+8.5%',
    ]);
    expect(figure(withModel, 86)).toEqual(['zone:dalian-puwan-economic-zone', 86, 'enterprises', 2023, null]);
    // "Up to now, 210 enterprises have settled in the zone": a running total.
    expect(figure(withModel, 210)).toEqual(['zone:dalian-puwan-economic-zone', 210, 'enterprises', null, null]);
    // "… the company will invest 200 million yuan to build a new valve production line": a plan,
    // and the money is the line's (what it is invested in), not the investor's.
    expect(figure(withModel, 200_000_000)).toEqual([
      'project:new-valve-production-line',
      200_000_000,
      'yuan',
      null,
      null,
    ]);
  });

  it('give a figure to the phrase it sits in, and a count of the doers to where they did it', () => {
    // "The new materials project of Dalian Huarui …, with a total investment of 1.5 billion yuan, will be built …"
    expect(figure(withModel, 1_500_000_000)?.slice(0, 2)).toEqual(['project:new-materials-project', 1_500_000_000]);
    expect(figure(withModel, 3_000_000_000)?.slice(0, 2)).toEqual(['project:new-materials-project', 3_000_000_000]);
    // "The conference was hosted by …, and 12 projects with a total investment of 8.6 billion yuan were signed on site."
    const signed = withModel.indicators.filter((i) => i.value === 8_600_000_000);
    expect(signed.map((i) => [i.subject, i.year])).toEqual([
      ['project:2024-dalian-puwan-investment-promotion-conference', 2024],
    ]);
  });

  it('are what the surface rules got wrong without the parse, and one they now read alike', () => {
    // The first year of the sentence.
    expect(figure(surfaceOnly, 36)?.[3]).toBe(2010);
    // "the new materials project of Dalian Huarui … Co., Ltd., with a total investment of 1.5
    // billion yuan": an investment after a project's investor is the project's, on the surface too.
    expect(figure(surfaceOnly, 1_500_000_000)?.[0]).toBe('project:new-materials-project');
  });
});

describe('the dependency rules, over the parse', () => {
  const facts = withModel.facts.map((f) => [f.rule, f.type, f.from, f.to, f.evidence[0]]);

  it('read an event, who hosted it, where it was held, what was presented there', () => {
    expect(facts).toContainEqual([
      'dep-hosts-event',
      'HOLDS',
      'organization:dalian-municipal-peoples-government',
      'project:2024-dalian-puwan-investment-promotion-conference',
      // "The conference" refers back to the event named before.
      "The conference was hosted by Dalian Municipal People's Government",
    ]);
    expect(facts).toContainEqual([
      'dep-event-held-in',
      'HELD_IN',
      'project:2024-dalian-puwan-investment-promotion-conference',
      'place:dalian',
      '2024 Dalian Puwan Investment Promotion Conference was held in Dalian',
    ]);
    expect(facts).toContainEqual([
      'dep-presents-award',
      'PRESENTS',
      'project:2024-dalian-puwan-investment-promotion-conference',
      'award:governors-quality-award',
      "the conference, the 2024 Liaoning Governor's Quality Award was presented",
    ]);
  });

  it('read "It relies on …" as the zone the sentence before opened with', () => {
    expect(facts).toContainEqual([
      'dep-relies-on',
      'RELIES_ON',
      'zone:dalian-puwan-economic-zone',
      'enterprise:hengli-petrochemical-dalian',
      'It relies on Hengli Petrochemical (Dalian) Co., Ltd.',
    ]);
  });

  it('let a surface rule place the project, not the company its name is "of"', () => {
    const located = (d: ReturnType<typeof draft>) =>
      d.facts.filter((f) => f.type === 'LOCATED_IN').map((f) => [f.rule, f.from, f.to]);
    // "The new materials project of Dalian Huarui …, with a total investment of 1.5 billion yuan, will be built in the zone"
    expect(located(surfaceOnly)).toContainEqual([
      'located-in-explicit',
      'enterprise:huarui-heavy-industry',
      'zone:dalian-puwan-economic-zone',
    ]);
    expect(located(withModel).filter(([, from]) => from === 'enterprise:huarui-heavy-industry')).toEqual([]);
  });

  it('propose nothing without the parse', () => {
    expect(surfaceOnly.facts.filter((f) => f.rule.startsWith('dep-'))).toEqual([]);
  });
});

describe('names in the test article', () => {
  const byName = new Map(withModel.entities.map((e) => [e.name, e]));
  const idOf = (surface: string) => withModel.entities.find((e) => e.surfaceForms.includes(surface))?.id;

  it('merge a name qualified by its own city or by the province', () => {
    expect(idOf('Dalian Huarui Heavy Industry Group Co., Ltd.')).toBe('enterprise:huarui-heavy-industry');
    expect(idOf("Liaoning Governor's Quality Award")).toBe('award:governors-quality-award');
  });

  it("keep another city's award apart, and read the winner list of the award named the sentence before", () => {
    expect(idOf("Shenyang Mayor's Quality Award")).toBe('award:shenyang-mayors-quality-award');
    const winners = withModel.facts
      .filter((f) => f.type === 'RECEIVED' && f.to === 'award:governors-quality-award')
      .map((f) => [f.from, f.properties.year, f.properties.status]);
    expect(winners).toEqual([
      ['enterprise:dalian-rubber-and-plastic-machinery', 2024, 'AWARDED'],
      ['enterprise:dalian-haosen-equipment-manufacturing', 2024, 'AWARDED'],
      ['enterprise:dalian-puwan-hengda-valve', 2024, 'AWARDED'],
      ['enterprise:dalian-xinghai-marine-engineering', 2024, 'AWARDED'],
    ]);
  });

  it('take people from the model and roles from the patterns', () => {
    expect(byName.get('Zhang Lihua')?.kind).toBe('PERSON');
    const roles = withModel.facts.filter((f) => f.type === 'LEADS').map((f) => [f.from, f.to, f.properties.role]);
    expect(roles).toEqual([
      ['person:zhang-lihua', 'enterprise:dalian-puwan-hengda-valve', 'general manager'],
      ['person:li-qiang', 'university:dalian-maritime-university', 'president'],
    ]);
  });

  it('quote only verbatim spans', () => {
    for (const q of [...withModel.facts, ...withModel.indicators, ...withModel.entities].flatMap((x) => x.evidence))
      expect(TEXT).toContain(q);
  });
});

describe('each dependency rule, run alone on sentences written for it', () => {
  const { text, reading } = readFixture('test/draft/fixtures/dependency-sentences.txt');
  const alone = (name: string) => {
    const rule = FACT_RULES.find((r) => r.name === name);
    if (!rule) throw new Error(`no rule ${name}`);
    const doc = {
      id: '900_0000000000000000',
      title: '',
      date: '2024-05-01',
      dateDerivation: 'test',
      file: 'd.txt',
      text,
    };
    const facts = buildDraft(doc, [], reading, [rule]).facts;
    if (name === 'dep-recognized-as')
      expect(facts.map((f) => f.properties)).toEqual(facts.map(() => ({ status: 'AWARDED', year: 2023 })));
    return facts.map((f) => [f.rule, f.type, f.from, f.to]);
  };

  it.each([
    [
      'dep-manufactures',
      [['dep-manufactures', 'MANUFACTURES', 'enterprise:dalian-haixin-valve', 'project:deep-sea-ball-valves']],
    ],
    [
      'dep-sold-in',
      [
        ['dep-sold-in', 'SOLD_IN', 'project:deep-sea-ball-valves', 'place:germany'],
        ['dep-sold-in', 'SOLD_IN', 'project:deep-sea-ball-valves', 'place:brazil'],
        ['dep-sold-in', 'SOLD_IN', 'project:deep-sea-ball-valves', 'place:vietnam'],
      ],
    ],
    [
      'dep-zone-located-in-zone',
      [['dep-zone-located-in-zone', 'PART_OF', 'zone:sino-korean-industrial-park', 'zone:dalian-puwan-economic-zone']],
    ],
    [
      'dep-recognized-as',
      [
        [
          'dep-recognized-as',
          'RECEIVED',
          'enterprise:dalian-bohai-pump',
          'award:national-manufacturing-single-champion-enterprises',
        ],
        [
          'dep-recognized-as',
          'RECEIVED',
          'enterprise:dalian-haixin-valve',
          'award:national-manufacturing-single-champion-enterprises',
        ],
      ],
    ],
    [
      'dep-operates',
      [['dep-operates', 'OPERATES', 'enterprise:dalian-haixin-valve', 'zone:dalian-valve-industrial-park']],
    ],
  ])('%s', (name, expected) => {
    expect(alone(name)).toEqual(expected);
  });
});

describe('a published report, read as published', () => {
  // A winner list with the title only in the headline, a designation in apposition, products
  // sold abroad, a signing ceremony with its tally, a plan, an industry with its figure.
  const { text, reading } = readFixture('test/draft/fixtures/published-report.txt');
  const graph: GraphEntity[] = [
    {
      id: 'award:high-tech-enterprise',
      kind: 'AWARD',
      name: 'High-tech enterprise',
      aliases: ['High-tech enterprise', 'high-tech enterprise'],
      places: [],
    },
  ];
  const doc = {
    id: '900_0000000000000000',
    title: '',
    date: '2024-05-20',
    dateDerivation: 'test',
    file: 'p.txt',
    text,
  };
  const draft = buildDraft(doc, graph, reading, FACT_RULES, { classifier: null });
  const facts = (type: string) =>
    draft.facts.filter((f) => f.type === type).map((f) => [f.rule, f.from, f.to, f.properties]);
  const figure = (value: number) =>
    draft.indicators.filter((i) => i.value === value).map((i) => [i.subject, i.unit, i.year]);

  it('read the winners of the title the headline names, and a title given by a passive verb', () => {
    expect(facts('RECEIVED')).toEqual(
      expect.arrayContaining([
        ...['tieling-hengda-valve', 'tieling-jinlong-pump', 'tieling-xinyu-crane'].map((e) => [
          'award-recipients',
          `enterprise:${e}`,
          'award:liaoning-provincial-specialized-enterprises',
          { year: 2024, status: 'AWARDED' },
        ]),
        [
          'award-recipients',
          'zone:tieling-economic-development-zone',
          'award:provincial-green-industrial-park',
          { year: 2024, status: 'AWARDED' },
        ],
        // "X, a national high-tech enterprise": a standing title, no year.
        [
          'dep-appositive-designation',
          'enterprise:tieling-hengda-valve',
          'award:high-tech-enterprise',
          { status: 'AWARDED', year: null },
        ],
      ]),
    );
  });

  it('read each product of a list, its maker and every market of "including"', () => {
    expect(facts('MANUFACTURES')).toEqual([
      ['dep-manufactures', 'enterprise:tieling-hengda-valve', 'project:ball-valves', {}],
      ['dep-manufactures', 'enterprise:tieling-hengda-valve', 'project:gate-valves', {}],
      ['dep-producer-of', 'enterprise:tieling-jinlong-pump', 'project:slurry-pumps', {}],
    ]);
    expect(facts('SOLD_IN').map(([, from, to]) => `${from} → ${to}`)).toEqual(
      ['ball-valves', 'gate-valves'].flatMap((p) =>
        ['chile', 'peru', 'kazakhstan'].map((c) => `project:${p} → place:${c}`),
      ),
    );
  });

  it('read the event held, the place named with its province, and the industry of the zone', () => {
    expect(draft.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'project:centralized-signing-ceremony-for-key-projects',
        'cluster:valve-industry',
        'project:intelligent-crane-production-line',
      ]),
    );
    expect(facts('PART_OF')).toContainEqual(['place-in-province', 'place:kaiyuan', 'place:liaoning-province', {}]);
    expect(facts('LOCATED_IN')).toContainEqual([
      'dep-industry-located-in',
      'cluster:valve-industry',
      'zone:tieling-economic-development-zone',
      {},
    ]);
  });

  it("give a signing's tally to the event, money invested to the thing built, an industry's output to the industry", () => {
    expect(figure(6)).toEqual([['project:centralized-signing-ceremony-for-key-projects', 'projects', 2024]]);
    expect(figure(3_200_000_000)).toEqual([['project:centralized-signing-ceremony-for-key-projects', 'yuan', 2024]]);
    // "will invest 500 million yuan to build …" (a plan), then "with a total investment of 500
    // million yuan, started construction last year" (what the line has): both undated.
    expect(figure(500_000_000)).toEqual([
      ['project:intelligent-crane-production-line', 'yuan', null],
      ['project:intelligent-crane-production-line', 'yuan', null],
    ]);
    expect(figure(8_600_000_000)).toEqual([['cluster:valve-industry', 'yuan', 2023]]);
    // "There were 35 valve enterprises in the zone": an existential clause counts what is in its place.
    expect(figure(35)).toEqual([['zone:tieling-economic-development-zone', 'enterprises', 2023]]);
  });
});

describe('a chemical base report: lists, conversions, possessives and long names', () => {
  // A product list the parse may hang under its last item, "turns … into", "its" after a
  // relative clause that names the base, "N kinds of" products, a company's short form after
  // its name "of" its parent, and a committee of an "Economic and Technological" zone.
  const { draft, facts } = draftFixture('test/draft/fixtures/chemical-base-report.txt');
  const liaohe = 'enterprise:panjin-liaohe-chemical-company-of-sinochem';

  it('read a company named short after its name "of" its parent as that company', () => {
    expect(draft.entities.find((e) => e.id === liaohe)?.surfaceForms).toEqual([
      'Panjin Liaohe Chemical Company of Sinochem',
      'Panjin Liaohe Chemical Company',
    ]);
  });

  it('read every product of a list, what a material is turned into, and the products of "N kinds of"', () => {
    expect(facts('MANUFACTURES')).toEqual(
      expect.arrayContaining([
        ...['paraxylene', 'polyester-chips', 'adipic-acid', 'nylon-66-salt'].map((p) => [
          'dep-manufactures',
          liaohe,
          `project:${p}`,
        ]),
        ['dep-converts-into', 'enterprise:panjin-huaxin-nylon', 'project:nylon-66-chips'],
        ['dep-converts-into', 'enterprise:panjin-huaxin-nylon', 'project:tire-cord-fabric'],
        [
          'dep-manufactures',
          'enterprise:panjin-fuyuan-fluorine',
          'project:fluorine-containing-pharmaceutical-intermediates',
        ],
      ]),
    );
    // "its tire cord fabric": the subject of the sentence, not the base its relative clause names.
    expect(draft.facts.filter((f) => f.to === 'project:tire-cord-fabric' && f.type === 'MANUFACTURES')).toHaveLength(1);
    expect(facts('SOLD_IN').map(([, from, to]) => `${from} → ${to}`)).toEqual([
      'project:tire-cord-fabric → place:india',
      'project:tire-cord-fabric → place:t-rkiye',
    ]);
  });

  it('keep "Economic and Technological" inside the name of a zone’s committee', () => {
    expect(facts('LEADS')).toEqual([
      [
        'person-role',
        'person:li-wei',
        'organization:management-committee-of-panjin-economic-and-technological-development-zone',
      ],
    ]);
  });
});

describe('a county cluster report: a city with and without its word, a fronted place, "with … to develop"', () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/county-cluster-report.txt');

  it('read "Kaiyuan City" and "Kaiyuan" as one place, and each place of "… County of Tieling City of Liaoning Province"', () => {
    expect(draft.entities.filter((e) => e.kind === 'PLACE').map((e) => [e.id, e.surfaceForms])).toEqual([
      ['place:kaiyuan', ['Kaiyuan', 'Kaiyuan City']],
      ['place:changtu-county', ['Changtu County']],
      ['place:tieling', ['Tieling']],
      ['place:liaoning-province', ['Liaoning Province', 'Liaoning']],
    ]);
    expect(facts('PART_OF')).toEqual([
      ['place-part-of', 'place:changtu-county', 'place:tieling'],
      ['dep-zone-located-in-zone', 'zone:tieling-special-vehicle-park', 'place:changtu-county'],
    ]);
  });

  it('place the company of a clause that opens with "In <zone>," there', () => {
    expect(facts('LOCATED_IN')).toEqual([
      ['dep-fronted-place', 'enterprise:liaoning-hongda-crane', 'zone:kaiyuan-economic-development-zone'],
    ]);
  });

  it('give what is developed "with the university" to the company, not the university', () => {
    expect(facts('DEVELOPS')).toEqual([
      ['dep-develops', 'enterprise:liaoning-ruida-reducer', 'project:intelligent-reducers-for-port-cranes'],
    ]);
    // "In 2023, Kaiyuan exported cranes worth …": the value is not part of a thing's name.
    expect(draft.entities.map((e) => e.id)).not.toContain('project:cranes-worth');
  });
});

describe('a steel expo report: a company named without its legal form, a fronted sponsor, "the four-day expo", "in the same zone"', () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/steel-expo-report.txt');

  it('read "Fushun Special Steel" after "Fushun Special Steel Co., Ltd." as the same company', () => {
    expect(draft.entities.find((e) => e.id === 'enterprise:fushun-special-steel')?.surfaceForms).toEqual([
      'Fushun Special Steel Co., Ltd.',
      'Fushun Special Steel',
    ]);
    expect(facts('LEADS')).toEqual([['person-role', 'person:sun-libin', 'enterprise:fushun-special-steel']]);
    // The expo whose name holds the company's short form stays one name.
    expect(draft.entities.map((e) => e.id)).toContain('project:fushun-special-steel-expo');
  });

  it('give a fronted "Jointly sponsored by A and B, the expo …" its hosts, and "the four-day expo" its organizer', () => {
    expect(facts('HOLDS')).toEqual([
      ['dep-hosts-event', 'organization:fushun-municipal-peoples-government', 'project:fushun-special-steel-expo'],
      [
        'dep-hosts-event',
        'organization:china-special-steel-enterprises-association',
        'project:fushun-special-steel-expo',
      ],
      [
        'dep-hosts-event',
        'organization:fushun-federation-of-industry-and-commerce',
        'project:fushun-special-steel-expo',
      ],
    ]);
  });

  it('read things named with a technical capital ("X-ray …") and two bodies "of the A and the B" apart', () => {
    expect(facts('MANUFACTURES').map(([, , to]) => to)).toEqual([
      'project:industrial-x-ray-flaw-detectors',
      'project:x-ray-security-inspection-equipment',
      'project:radiation-protection-products',
    ]);
    expect(draft.entities.filter((e) => e.kind === 'ORGANIZATION').map((e) => e.name)).toEqual(
      expect.arrayContaining([
        'Liaoning Provincial Department of Industry and Information Technology',
        "Fushun Municipal People's Government",
      ]),
    );
  });

  it('read "the School of Mechanical Engineering" after its name "of Northeastern University" as the same school', () => {
    expect(draft.entities.filter((e) => e.id.startsWith('university:school')).map((e) => e.surfaceForms)).toEqual([
      ['School of Mechanical Engineering of Northeastern University', 'School of Mechanical Engineering'],
    ]);
  });

  it('end a thing’s name before a proper name after "of", but keep a lower-case "of" part', () => {
    const things = draft.entities.filter((e) => e.kind === 'PROJECT').map((e) => e.name);
    expect(things).toContain('vacuum induction furnace line');
    expect(things).toContain('production base of solid preparations');
  });

  it('place a company "in the same zone" in the zone named last', () => {
    expect(facts('LOCATED_IN')).toEqual([
      ['located-in-explicit', 'enterprise:fushun-dongxin-valve', 'zone:fushun-economic-development-zone'],
      ['located-in-short', 'enterprise:fushun-hengda-bearing', 'zone:fushun-economic-development-zone'],
    ]);
  });
});

describe('a zone report: winners and nominees in one sentence, a headline award, pillar industries after "it", a levelled title', () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/zone-awards-report.txt');
  const received = draft.facts.filter((f) => f.type === 'RECEIVED');
  /** The titles a company received, with their years. */
  const titlesOf = (company: string) =>
    received.filter((f) => f.from === company).map((f) => [f.to, f.properties.year]);

  it('give the headline’s award to the six winners and its nomination only to those "while" names', () => {
    const mayors = received.filter((f) => f.to === 'award:tieling-mayors-quality-award');
    expect(mayors.map((f) => [f.from, f.properties.status])).toEqual([
      ['enterprise:tieling-huaxia-valve', 'AWARDED'],
      ['enterprise:tieling-hengda-bearing', 'AWARDED'],
      ['enterprise:tieling-jinlong-casting', 'AWARDED'],
      ['enterprise:tieling-ruifeng-special-vehicle', 'AWARDED'],
      ['enterprise:tieling-xinhe-food', 'AWARDED'],
      ['enterprise:tieling-tianyi-electric', 'AWARDED'],
      ['enterprise:tieling-dongfang-pump', 'NOMINATED'],
      ['enterprise:tieling-boyuan-glass', 'NOMINATED'],
    ]);
  });

  it('place each pillar industry of "it has formed three pillar industries, namely …" in the zone', () => {
    expect(facts('LOCATED_IN').filter(([rule]) => rule === 'dep-mainstay-industries')).toEqual([
      ['dep-mainstay-industries', 'cluster:special-vehicles', 'zone:tieling-economic-development-zone'],
      ['dep-mainstay-industries', 'cluster:valves', 'zone:tieling-economic-development-zone'],
      ['dep-mainstay-industries', 'cluster:new-materials', 'zone:tieling-economic-development-zone'],
    ]);
  });

  it('read a levelled title in the singular and the plural as one, dated by its own verb', () => {
    const titles = draft.entities.filter((e) => e.id.startsWith('award:national-specialized'));
    expect(titles).toHaveLength(1);
    expect(received.filter((f) => f.to === titles[0]?.id).map((f) => [f.from, f.properties.year])).toEqual([
      ['enterprise:tieling-ruifeng-special-vehicle', 2023],
    ]);
  });

  it('give the zone "where four of the six winners are located" no award', () => {
    expect(received.filter((f) => f.from.startsWith('zone:'))).toEqual([]);
  });

  it('give a listed title to the companies the next sentence names, not to the zone whose companies they are', () => {
    expect(
      received
        .filter((f) => f.to === 'award:provincial-intelligent-manufacturing-demonstration-factories')
        .map((f) => f.from),
    ).toEqual(['enterprise:tieling-huaxia-valve', 'enterprise:tieling-hengda-bearing']);
  });

  it('leave standing titles undated and date the award won after them in the clause', () => {
    expect(titlesOf('enterprise:tieling-tianyi-electric')).toEqual([
      ['award:tieling-mayors-quality-award', 2024],
      ['award:national-high-tech-enterprise', null],
      ['award:provincial-enterprise-technology-center', null],
      ['award:liaoning-provincial-governors-quality-award', 2023],
    ]);
  });

  it('sell "its products" as the one product named before, and what a relative clause says is sold', () => {
    expect(facts('SOLD_IN')).toEqual([
      ['dep-sold-in', 'project:ductile-iron-pipe-fittings', 'place:japan'],
      ['dep-sold-in', 'project:ductile-iron-pipe-fittings', 'place:brazil'],
      ['dep-sold-in', 'project:frozen-sweet-corn', 'place:russia'],
      ['dep-sold-in', 'project:frozen-sweet-corn', 'place:malaysia'],
    ]);
  });

  it('leave a title "has been identified as" undated, not dated by the award the clause before won', () => {
    expect(titlesOf('enterprise:tieling-hongxing-pump')).toEqual([
      ['award:liaoning-governors-quality-award', 2022],
      ['award:high-tech-enterprise', null],
    ]);
  });

  it('keep "well-" in "well-known trademark"', () => {
    expect(draft.entities.map((e) => e.name)).toContain('well-known trademark of Liaoning Province');
  });
});

describe("a list report with no date line: lists of a zone's enterprises, titles with commas, things named with their use", () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/enterprise-lists-report.txt', null);
  const title = 'award:provincial-specialized-refined-distinctive-and-innovative-small-and-medium-sized-enterprises';
  const littleGiant = 'award:national-specialized-and-sophisticated-little-giant-enterprises';
  const received = () => draft.facts.filter((f) => f.type === 'RECEIVED').map((f) => [f.from, f.to, f.properties]);

  it('read a levelled title whose name holds commas, after "the list of" and "the fifth batch of"', () => {
    expect(draft.entities.filter((e) => e.kind === 'AWARD').map((e) => e.id)).toEqual([title, littleGiant]);
  });

  it('date "earlier this year" by the lead\'s date, and a "They are" list by the sentence before it', () => {
    expect(received().filter(([, to]) => to === title)).toEqual([
      ['enterprise:benxi-hengtai-valve', title, { year: 2024, status: 'AWARDED' }],
      ['enterprise:benxi-longxin-pharmaceutical', title, { year: 2024, status: 'AWARDED' }],
      ['enterprise:liaoning-jiahe-precision-bearing', title, { year: 2024, status: 'AWARDED' }],
    ]);
  });

  it('read those "recommended to apply for" a title as its nominees', () => {
    expect(received().filter(([, to]) => to === littleGiant)).toEqual(
      [
        'enterprise:benxi-hengtai-valve',
        'enterprise:benxi-longxin-pharmaceutical',
        'enterprise:benxi-yuanda-mining-machinery',
        'enterprise:liaoning-jiahe-precision-bearing',
      ].map((e) => [e, littleGiant, { year: 2024, status: 'NOMINATED' }]),
    );
  });

  it('place the listed "enterprises of the zone" in the zone, and only the list, not the city\'s', () => {
    expect(facts('LOCATED_IN').slice(0, 3)).toEqual(
      [
        'enterprise:benxi-hengtai-valve',
        'enterprise:benxi-longxin-pharmaceutical',
        'enterprise:liaoning-jiahe-precision-bearing',
      ].map((e) => ['enterprises-of-zone-listed', e, 'zone:benxi-high-tech-industrial-development-zone']),
    );
  });

  it('place the companies of the next sentence in the zone when they are as many as it counted, and not otherwise', () => {
    expect(facts('LOCATED_IN').slice(3)).toEqual(
      ['enterprise:benxi-huayu-steel-tube', 'enterprise:benxi-tianli-chemical'].map((e) => [
        'enterprises-of-zone-listed',
        e,
        'zone:benxi-economic-development-zone',
      ]),
    );
    const located = draft.facts.find((f) => f.from === 'enterprise:benxi-huayu-steel-tube' && f.type === 'LOCATED_IN');
    expect(located?.evidence).toEqual([
      'two enterprises of Benxi Economic Development Zone',
      'Benxi Huayu Steel Tube Co., Ltd.',
    ]);
  });

  it('name a thing with its bare use ("for deep-sea oil platforms"), not with a customer ("for BYD"); "auto parts" are a thing, "took part" is not', () => {
    expect([...facts('DEVELOPS'), ...facts('MANUFACTURES')]).toEqual([
      ['dep-develops', 'enterprise:benxi-hengtai-valve', 'project:titanium-alloy-valves-for-deep-sea-oil-platforms'],
      ['dep-develops', 'enterprise:benxi-huayu-steel-tube', 'project:seamless-tubes-for-boilers'],
      ['dep-manufactures', 'enterprise:benxi-hengtai-valve', 'project:gate-valves'],
      [
        'dep-manufactures',
        'enterprise:liaoning-jiahe-precision-bearing',
        'project:precision-auto-parts-for-new-energy-vehicles',
      ],
    ]);
  });
});

describe('a supplier report whose long sentences the parser misreads', () => {
  const file = 'test/draft/fixtures/parse-repairs-report.txt';
  const { facts } = draftFixture(file);
  // The recorded reading has each misreading these tests are about.
  const { reading } = readFixture(file);
  const edge = (word: string) =>
    reading.sentences
      .flatMap((s) => (s.basicDependencies ?? []).map((e) => ({ ...e, word: s.tokens[e.dependent - 1]?.word })))
      .find((e) => e.word === word);

  it('take the object the parser made a later clause’s subject ("produces … kinds of X, … and its revenue exceeded")', () => {
    expect([edge('kinds')?.dep, edge('kinds')?.governorGloss]).toEqual(['nsubj', 'exceeded']);
    expect(facts('SOLD_IN').filter(([, from]) => String(from).includes('pesticide'))).toEqual(
      ['india', 'japan', 'brazil'].map((p) => [
        'dep-sold-in',
        'project:fluorine-containing-pesticide-intermediates',
        `place:${p}`,
      ]),
    );
  });

  it('give a passive left without a subject the noun before it ("…, and its products are exported to …")', () => {
    expect([edge('products')?.dep, edge('products')?.governorGloss]).toEqual(['conj', 'producer']);
    expect(facts('SOLD_IN').filter(([, from]) => String(from).includes('rosin'))).toEqual(
      ['italy', 'spain', 'chile'].map((p) => ['dep-sold-in', 'project:hydrogenated-rosin-resins', `place:${p}`]),
    );
  });

  it('read "and luffing jib tower cranes" as a second product, not a second verb', () => {
    expect([edge('luffing')?.dep, edge('luffing')?.governorGloss]).toEqual(['conj', 'produces']);
    expect(facts('MANUFACTURES').filter(([, from]) => String(from).includes('tiangong'))).toEqual([
      ['dep-manufactures', 'enterprise:fuxin-tiangong-hoisting-machinery', 'project:bridge-cranes'],
      ['dep-manufactures', 'enterprise:fuxin-tiangong-hoisting-machinery', 'project:luffing-jib-tower-cranes'],
    ]);
  });
});

describe('an industry report: clusters named with their place, a supplier the parser left without a subject', () => {
  const file = 'test/draft/fixtures/industry-cluster-report.txt';
  const { facts } = draftFixture(file);
  const { reading } = readFixture(file);

  it('place "the valve industrial cluster of Tieling" and "the pump industry of Tieling" in Tieling, not in Tieling County', () => {
    expect(facts('LOCATED_IN')).toEqual([
      ['cluster-of-place', 'cluster:valve-industrial-cluster-of-tieling', 'place:tieling'],
      ['cluster-of-place', 'cluster:pump-industry-of-tieling', 'place:tieling'],
    ]);
  });

  it('give "…, and Tieling Dongfang Casting Co., Ltd. supplies X" its company as subject', () => {
    const supplies = reading.sentences
      .flatMap((s) => s.basicDependencies ?? [])
      .filter((e) => e.governorGloss === 'supplies' && e.dep.startsWith('nsubj'));
    expect(supplies).toEqual([]);
    expect(facts('MANUFACTURES')).toEqual([
      ['dep-supplier-makes', 'enterprise:tieling-dongfang-casting', 'project:precision-valve-castings'],
      ['dep-specializes-in', 'enterprise:tieling-huaxin-valve', 'project:nuclear-power-valves'],
    ]);
  });
});

describe('an expo report: an event’s figures, a clause joined by "while", customers named as examples', () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/expo-customers-report.txt', '2024-06-06');

  it('date the figures of an event by its edition, the report’s year here', () => {
    expect(
      draft.indicators.filter((i) => i.subject === 'project:anshan-steel-equipment-expo').map((i) => [i.value, i.year]),
    ).toEqual([[20000, 2024]]);
  });

  it('keep a pair on one side of ", while": the customers that bought forgings joined no alliance', () => {
    expect(facts('MEMBER_OF')).toEqual([
      ['member-of', 'enterprise:anshan-huaxin-forging', 'organization:anshan-forging-industry-alliance'],
    ]);
  });

  it('read customers named as examples as companies, and "the company" as the company the sentence is about, not a customer', () => {
    expect(draft.entities.filter((e) => e.kind === 'ENTERPRISE').map((e) => e.name)).toEqual(
      expect.arrayContaining(['Baosteel', 'Shougang', 'Valin', 'Ansteel Group']),
    );
    expect(facts('IMPLEMENTS')).toEqual([
      ['named-project-of-investor', 'enterprise:anshan-jinda-drive', 'project:gearbox-testing-center-project'],
    ]);
  });
});

describe('a maker’s figures beside its product, and companies named as examples', () => {
  const { draft } = draftFixture('test/draft/fixtures/ceramics-report.txt');
  const subjectOf = (value: number) => draft.indicators.find((i) => i.value === value)?.subject;

  it('give a capacity to the maker and the markets to the product', () => {
    expect(subjectOf(32000)).toBe('enterprise:liaoning-hongtu-ceramics');
    expect(subjectOf(30)).toBe('project:zirconia-grinding-balls');
  });

  it('give a count after "companies including BASF and Sinopec" to the zone, not to an example', () => {
    expect(subjectOf(12)).toBe('zone:kazuo-economic-development-zone');
  });
});

describe('a body named as the graph names another city’s', () => {
  const { draft } = draftFixture('test/draft/fixtures/municipal-bureau-report.txt', '2024-05-20', [
    {
      id: 'organization:dalian-municipal-market-supervision-bureau',
      kind: 'ORGANIZATION',
      name: 'Dalian Municipal Market Supervision Bureau',
      aliases: ['Dalian Municipal Market Supervision Bureau', 'Municipal Market Supervision Bureau'],
      places: [],
    },
  ]);

  it('is the article’s own city’s, named with that city so no two bodies share a name', () => {
    const bureau = draft.entities.find((e) => e.surfaceForms.includes('Municipal Market Supervision Bureau'));
    expect([bureau?.id, bureau?.name, bureau?.existing]).toEqual([
      'organization:fushun-municipal-market-supervision-bureau',
      'Fushun Municipal Market Supervision Bureau',
      false,
    ]);
    expect(bureau?.aliases).not.toContain('Municipal Market Supervision Bureau');
    expect(draft.review.map((r) => r.reason)).toContainEqual(
      expect.stringContaining('a name the graph gives another city'),
    );
  });
});

describe('makers, their products and markets, in the forms the reports use', () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/makers-markets-report.txt', '2024-06-05');
  const name = (id: string) => draft.entities.find((e) => e.id === id)?.name ?? id;
  const named = (type: string) =>
    facts(type).map(([rule, from, to]) => [rule, name(from as string), name(to as string)]);

  it('reads a ranked production base as what its company makes, never as a facility it built', () => {
    expect(named('MANUFACTURES')).toEqual(
      expect.arrayContaining([
        ['product-maker', 'Tieling Hengda Valve Co., Ltd.', 'gate valves'],
        ['product-maker', 'Tieling Hengda Valve Co., Ltd.', 'ball valves'],
        ['product-maker', 'Tieling Hengda Valve Co., Ltd.', 'pipe and flange fittings'],
        ['product-maker', 'Tieling Ruixin Ceramics Co., Ltd.', 'silicon carbide crucibles'],
      ]),
    );
    expect(draft.entities.filter((e) => /production base/.test(e.name))).toEqual([]);
    expect(facts('IMPLEMENTS').filter(([, from]) => from === 'enterprise:tieling-ruixin-ceramics')).toEqual([]);
    const capacity = draft.indicators.find((i) => i.value === 60000);
    expect(name(capacity?.subject ?? '')).toBe('Tieling Ruixin Ceramics Co., Ltd.');
  });

  it('keeps a head two words share as one thing, and its markets', () => {
    expect(named('MANUFACTURES')).toContainEqual([
      'dep-supplier-makes',
      'Tieling Fengyuan Parts Co., Ltd.',
      'brake and clutch assemblies',
    ]);
    expect(draft.entities.map((e) => e.name)).not.toContain('brake');
    expect(named('SOLD_IN').filter(([rule]) => rule === 'dep-enters-market')).toEqual([
      ['dep-enters-market', 'brake and clutch assemblies', 'Vietnam'],
      ['dep-enters-market', 'brake and clutch assemblies', 'Thailand'],
    ]);
  });

  it('sells every product of a list a relative clause hangs on', () => {
    const sold = named('SOLD_IN').filter(([rule]) => rule === 'dep-sold-in');
    for (const product of ['crawler excavators', 'wheel loaders'])
      for (const place of ['Chile', 'Peru', 'Mongolia']) expect(sold).toContainEqual(['dep-sold-in', product, place]);
  });

  it('places a company where its apposition says it is one of', () => {
    expect(named('LOCATED_IN').filter(([rule]) => rule === 'located-in-apposition')).toEqual([
      ['located-in-apposition', 'Tieling Jiaxing Machinery Co., Ltd.', 'Tieling Economic Development Zone'],
      ['located-in-apposition', 'Tieling Fengyuan Parts Co., Ltd.', 'Kaiyuan City'],
    ]);
  });

  it('reads a standard counted in words', () => {
    expect(named('FORMULATED_STANDARD')).toEqual([
      ['standard-formulator', 'Tieling Fengyuan Parts Co., Ltd.', 'industry standards for brake assemblies'],
    ]);
  });

  it('never takes a product’s users for what "the company" refers back to', () => {
    expect(named('RECEIVED')).toEqual([
      ['award-recipients', 'Tieling Zhongke Instrument Co., Ltd.', 'provincial enterprise technology center'],
    ]);
    const income = draft.indicators.find((i) => i.value === 320000000);
    expect(name(income?.subject ?? '')).toBe('Tieling Zhongke Instrument Co., Ltd.');
  });
});

describe('a list whose title only the headline names, with a province in front', () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/headline-title-list-report.txt', '2024-06-05');
  const name = (id: string) => draft.entities.find((e) => e.id === id)?.name ?? id;

  it('gives every company of "the newly listed enterprises include A, B and C" the headline’s title', () => {
    const title = 'Liaoning Provincial Specialized, Refined, Distinctive and Innovative SMEs';
    const received = facts('RECEIVED').map(([rule, from, to]) => [rule, name(from as string), name(to as string)]);
    expect(received.filter(([, , to]) => to === title)).toEqual([
      ['award-recipients', 'Shenyang Kaiyue Valve Co., Ltd.', title],
      ['award-recipients', 'Shenyang Ruifeng Sensor Co., Ltd.', title],
      ['award-recipients', 'Shenyang Hongli Casting Co., Ltd.', title],
    ]);
  });

  it('nominates only the company whose own words say "the nomination award"', () => {
    const status = (company: string) =>
      draft.facts
        .filter((f) => f.type === 'RECEIVED' && name(f.from) === company && /Mayor/.test(name(f.to)))
        .map((f) => [name(f.to), f.properties.status]);
    expect(status('Shenyang Hongli Casting Co., Ltd.')).toEqual([["Tieling Mayor's Quality Award", 'AWARDED']]);
    expect(status('Shenyang Ruifeng Sensor Co., Ltd.')).toEqual([["Shenyang Mayor's Quality Award", 'NOMINATED']]);
    // "…, and the nomination award went to B and C": the words after the clause break are theirs.
    expect(status('Shenyang Dongyu Pump Co., Ltd.')).toEqual([["Liaoyang Mayor's Quality Award", 'AWARDED']]);
    for (const company of ['Shenyang Xinda Motor Co., Ltd.', 'Shenyang Tiangong Gear Co., Ltd.'])
      expect(status(company)).toEqual([["Liaoyang Mayor's Quality Award", 'NOMINATED']]);
  });
});

describe('a company’s line: what it focuses on, specializes in or is the developer of', () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/specialist-makers-report.txt', '2024-06-05');
  const name = (id: string) => draft.entities.find((e) => e.id === id)?.name ?? id;
  const named = (type: string) =>
    facts(type).map(([rule, from, to]) => [rule, name(from as string), name(to as string)]);

  it('reads the products of "focuses on" and "specializes in", also through "which"', () => {
    expect(named('MANUFACTURES').filter(([rule]) => rule === 'dep-specializes-in')).toEqual([
      ['dep-specializes-in', 'Kaiyuan Tongyong Crane Equipment Co., Ltd.', 'port and shipyard gantry cranes'],
      ['dep-specializes-in', 'Dalian Haisheng Cryogenic Valve Co., Ltd.', 'LNG cryogenic ball valves'],
      ['dep-specializes-in', 'Liaoning Hengrun Valve Co., Ltd.', 'high-pressure forged steel valves'],
    ]);
  });

  it('reads a list of "its products include" as what the company makes', () => {
    expect(named('MANUFACTURES').filter(([rule]) => rule === 'dep-products-include')).toEqual([
      ['dep-products-include', 'Shenyang Hoffmann Precision Drive Co., Ltd.', 'precision planetary gear reducers'],
      [
        'dep-products-include',
        'Shenyang Hoffmann Precision Drive Co., Ltd.',
        'electric drive units for new energy vehicles',
      ],
    ]);
  });

  it('reads "the developer of" as DEVELOPS', () => {
    expect(named('DEVELOPS')).toEqual([
      [
        'dep-developer-of',
        'Dalian Luming Science and Technology Group Co., Ltd.',
        'rare-earth long-afterglow luminescent materials',
      ],
    ]);
  });

  it('files a cluster named in lower case as a cluster, and its leading enterprise as its member', () => {
    const cluster = draft.entities.find((e) => e.name === 'nonferrous metals and new materials industrial cluster');
    expect(cluster?.kind).toBe('CLUSTER');
    expect(named('MEMBER_OF')).toEqual([
      ['member-of', 'Huludao Zinc Industry Co., Ltd.', 'nonferrous metals and new materials industrial cluster'],
    ]);
  });

  it('keeps a pair whose second item is one bare word whole, and a possessive in a product’s name', () => {
    expect(named('MANUFACTURES')).toEqual(
      expect.arrayContaining([
        [
          'dep-manufactures',
          'Liaoning Yaolian Pharmaceutical Co., Ltd.',
          'traditional Chinese medicine injections and granules',
        ],
        ['product-maker', 'Xingcheng Haiyun Swimwear Co., Ltd.', "women's swimsuits"],
      ]),
    );
    const things = draft.entities.map((e) => e.name);
    for (const none of ['granules', 'women', "women's swimsuits under", 'cement']) expect(things).not.toContain(none);
  });

  it('names a company by its coined word alone after its full name ("Haiyun, located in …")', () => {
    expect(named('LOCATED_IN')).toContainEqual([
      'located-in-explicit',
      'Xingcheng Haiyun Swimwear Co., Ltd.',
      'Xingcheng Swimwear Industrial Park',
    ]);
    expect(draft.entities.map((e) => e.name)).not.toContain('Haiyun');
  });

  it('places a company its apposition says is an enterprise in a zone, and gives it its phase II project', () => {
    expect(named('LOCATED_IN')).toContainEqual([
      'located-in-apposition',
      'Tieling Huaxing Bearing Co., Ltd.',
      'Tieling Economic Development Zone',
    ]);
    expect(named('IMPLEMENTS')).toContainEqual([
      'own-project',
      'Tieling Huaxing Bearing Co., Ltd.',
      'phase II expansion project',
    ]);
    expect(named('HOLDS')).toEqual([]);
  });

  it('takes no title from a rank ("the largest number among …")', () => {
    expect(draft.entities.filter((e) => e.kind === 'AWARD')).toEqual([]);
  });

  it('takes no thing from many companies’ or a county’s focus, nor from an adverb', () => {
    const things = draft.entities.filter((e) => e.kind === 'PROJECT').map((e) => e.name);
    for (const none of [
      'market segments',
      'important areas',
      'key links',
      'rapidly',
      'typical project',
      'complete industrial chain',
      'strong regional brand',
      'bonded logistics',
      'bonded maintenance',
    ])
      expect(things).not.toContain(none);
  });
});

describe('a project named as a company’s own', () => {
  const { draft } = draftFixture('test/draft/fixtures/makers-markets-report.txt', '2024-06-05');
  const name = (id: string) => draft.entities.find((e) => e.id === id)?.name ?? id;

  it('is implemented by the company "its" stands for, in its sentence’s year; its products are not projects', () => {
    expect(
      draft.facts
        .filter((f) => f.type === 'IMPLEMENTS' && f.rule !== 'investor-builds-project')
        .map((f) => [f.rule, name(f.from), name(f.to), f.properties.year]),
    ).toEqual([
      [
        'own-project',
        'Tieling Huaxin Chemical Co., Ltd.',
        '30,000 tons per year high-purity polyaluminum chloride project',
        2023,
      ],
    ]);
  });

  it('gives a capacity in a project’s name to the project, of no year', () => {
    const capacity = draft.indicators.find((i) => i.value === 30000);
    expect([name(capacity?.subject ?? ''), capacity?.year]).toEqual([
      '30,000 tons per year high-purity polyaluminum chloride project',
      null,
    ]);
  });

  it('takes no contribution made for a product', () => {
    expect(draft.entities.map((e) => e.name)).not.toContain('outstanding contributions');
  });
});

describe('laboratories and research centers, and a venue', () => {
  const { draft } = draftFixture('test/draft/fixtures/research-facilities-report.txt', '2024-05-20');
  const name = (id: string) => draft.entities.find((e) => e.id === id)?.name ?? id;
  const kindOf = (n: string) => draft.entities.find((e) => e.name === n)?.kind;
  const named = (type: string) =>
    draft.facts.filter((f) => f.type === type).map((f) => [f.rule, name(f.from), name(f.to)]);

  it('files a facility of research with universities, named or not, and a size as no part of its name', () => {
    expect(
      [
        'provincial engineering technology research center for cryogenic valves',
        'Cryogenic Valve Joint R&D Center',
        'technology transfer center',
      ].map(kindOf),
    ).toEqual(['UNIVERSITY', 'UNIVERSITY', 'UNIVERSITY']);
    expect(draft.entities.filter((e) => /laboratory|^Research Center$/i.test(e.name))).toEqual([]);
  });

  it('has the company run what it set up, and cooperate with the university only', () => {
    expect(named('OPERATES')).toEqual([
      [
        'dep-sets-up-facility',
        'Panjin Hongli Valve Co., Ltd.',
        'provincial engineering technology research center for cryogenic valves',
      ],
      ['dep-sets-up-facility', 'Panjin Hongli Valve Co., Ltd.', 'Cryogenic Valve Joint R&D Center'],
    ]);
    expect(named('COOPERATES_WITH')).toEqual([
      ['enterprise-cooperates-with-university', 'Panjin Hongli Valve Co., Ltd.', 'Northeastern University'],
    ]);
  });

  it('makes a zone the partner of a university only where it is no place something is held or set up', () => {
    expect(named('PARTNERS_WITH')).toEqual([
      ['zone-partners-with-university', 'Panjin Liaobin Economic Development Zone', 'Dalian University of Technology'],
    ]);
  });

  it('holds an event in an exhibition center, a place', () => {
    expect(kindOf('Panjin International Convention and Exhibition Center')).toBe('PLACE');
    expect(named('HELD_IN')).toContainEqual([
      'dep-event-held-in',
      '2024 Panjin Petrochemical Equipment Expo',
      'Panjin International Convention and Exhibition Center',
    ]);
  });
});

describe('a project signed at a fair, invested by a company', () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/signed-projects-report.txt', null);

  it('is dated by the signing, though a decimal point stands in the sentence that counts the signed projects', () => {
    expect(facts('IMPLEMENTS').filter(([, from]) => from === 'enterprise:anshan-hongtai-forging')).toEqual([
      ['project-of-investor', 'enterprise:anshan-hongtai-forging', 'project:precision-forging-project'],
    ]);
    expect(draft.facts.find((f) => f.type === 'IMPLEMENTS')?.properties.year).toBe(2024);
  });

  it('counts the holders of a title as the place’s, not the title’s', () => {
    const count = draft.indicators.find((i) => i.value === 268);
    expect([count?.subject, count?.unit]).toEqual(['place:anshan', 'enterprises']);
  });

  it('is located where it will be, and its investor is not', () => {
    expect(facts('LOCATED_IN').filter(([rule]) => rule === 'located-in-explicit')).toEqual([
      ['located-in-explicit', 'project:precision-forging-project', 'zone:anshan-high-tech-industrial-development-zone'],
    ]);
  });

  it('reads a project sized before its investor, and its size as its own', () => {
    expect(facts('IMPLEMENTS')).toContainEqual([
      'named-project-of-investor',
      'enterprise:anshan-jinyu-new-materials',
      'project:pbat-biodegradable-materials-project',
    ]);
    const size = draft.indicators.find((i) => i.value === 100000);
    expect([size?.subject, size?.year]).toEqual(['project:pbat-biodegradable-materials-project', null]);
  });

  it('reads a project sized in units, and its investment after its investor as its own', () => {
    expect(facts('IMPLEMENTS')).toContainEqual([
      'named-project-of-investor',
      'enterprise:anshan-heli-forklift',
      'project:5-000-unit-electric-forklift-project',
    ]);
    expect(draft.indicators.find((i) => i.value === 600000000)?.subject).toBe(
      'project:5-000-unit-electric-forklift-project',
    );
  });

  it('reads a project sized in megawatts, invested by a company, and its investment as its own', () => {
    const project = 'project:20-mw-rooftop-photovoltaic-project';
    expect(facts('IMPLEMENTS')).toContainEqual([
      'project-of-investor',
      'enterprise:anshan-energy-investment-group',
      project,
    ]);
    expect(draft.indicators.find((i) => i.value === 90000000)?.subject).toBe(project);
  });

  it('counts what was signed "at which" an event was held as the event’s, in its year', () => {
    const tally = draft.indicators
      .filter((i) => i.value === 7 || i.value === 2300000000)
      .map((i) => [i.value, i.subject, i.year]);
    expect(tally).toEqual([
      [7, 'project:2024-anshan-steel-expo', 2024],
      [2300000000, 'project:2024-anshan-steel-expo', 2024],
    ]);
  });

  it('places a company its predicate calls the core enterprise of a zone, past a relative clause', () => {
    expect(facts('LOCATED_IN').filter(([rule]) => rule === 'located-in-apposition')).toEqual([
      [
        'located-in-apposition',
        'enterprise:anshan-hongtai-forging',
        'zone:anshan-high-tech-industrial-development-zone',
      ],
    ]);
  });
});

describe('products counted in a capacity, and "its products" after several', () => {
  const { draft } = draftFixture('test/draft/fixtures/makers-markets-report.txt', '2024-06-05');
  const name = (id: string) => draft.entities.find((e) => e.id === id)?.name ?? id;
  const named = (type: string, from: string) =>
    draft.facts
      .filter((f) => f.type === type && name(f.from).startsWith(from))
      .map((f) => [f.rule, name(f.from), name(f.to)]);

  it('reads each product a company’s capacity counts, with a bare use, never a plan’s', () => {
    expect(named('MANUFACTURES', 'Tieling Jinhe')).toEqual([
      ['product-maker', 'Tieling Jinhe Carbon Co., Ltd.', 'graphite electrodes'],
      ['product-maker', 'Tieling Jinhe Carbon Co., Ltd.', 'carbon blocks for blast furnaces'],
    ]);
    expect(named('MANUFACTURES', 'Tieling Shengda')).toEqual([]);
  });

  it('ends a product before a verb, and ranks a company in its country without placing it there', () => {
    expect(named('MANUFACTURES', 'Tieling Xinyuan')).toEqual([
      ['product-maker', 'Tieling Xinyuan Titanium Co., Ltd.', 'silicon rods'],
    ]);
    expect(named('LOCATED_IN', 'Tieling Xinyuan')).toEqual([]);
  });

  it('sells to the places of the buyers a product is sold to, a region among them', () => {
    expect(named('SOLD_IN', 'graphite anodes')).toEqual([
      ['dep-sold-in', 'graphite anodes', 'Turkey'],
      ['dep-sold-in', 'graphite anodes', 'Middle East'],
    ]);
  });

  it('has a brand known in a region, not promoted by it', () => {
    expect(draft.facts.filter((f) => f.type === 'PROMOTES')).toEqual([]);
    expect(named('OWNS', 'Tieling Longda')).toEqual([['owns-brand', 'Tieling Longda Carbon Co., Ltd.', 'Longda']]);
  });

  it('sells every product its sentence names where "its products" are exported', () => {
    expect(named('SOLD_IN', 'graphite electrodes').concat(named('SOLD_IN', 'carbon blocks'))).toEqual([
      ['dep-sold-in', 'graphite electrodes', 'Japan'],
      ['dep-sold-in', 'graphite electrodes', 'India'],
      ['dep-sold-in', 'carbon blocks for blast furnaces', 'Japan'],
      ['dep-sold-in', 'carbon blocks for blast furnaces', 'India'],
    ]);
    expect(named('SOLD_IN', 'epoxy').concat(named('SOLD_IN', 'curing'))).toEqual([
      ['dep-sold-in', 'epoxy resins', 'Vietnam'],
      ['dep-sold-in', 'curing agents', 'Vietnam'],
    ]);
  });
});

describe('a list named in the headline, a joint venture and the markets of what companies make', () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/listed-makers-report.txt', '2024-10-15');
  const title = 'award:provincial-specialized-refined-distinctive-and-innovative-small-and-medium-sized-enterprises';

  it('gives "the enterprises on the list" (and "included in the list") the title of the headline, not one named since', () => {
    expect(facts('RECEIVED')).toEqual([
      ['award-recipients', 'enterprise:tieling-beifang-valve', title],
      ['award-recipients', 'enterprise:tieling-xinda-rubber', title],
      ['award-recipients', 'enterprise:liaoning-hengyu-filter', title],
      ['award-recipients', 'enterprise:tieling-dongfang-pump', title],
      ['award-recipients', 'enterprise:tieling-yuanda-casting', title],
    ]);
    expect(draft.facts.find((f) => f.type === 'RECEIVED')?.properties.year).toBe(2024);
  });

  it('reads a joint venture’s owners apart, a foreign one by its country, and gives the venture what the clauses say', () => {
    const names = draft.entities.filter((e) => e.kind === 'ENTERPRISE').map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Ferrotec',
        'Liaoning Jinhua Mining Group Co., Ltd.',
        'Tieling Lianhe Magnesia Co., Ltd.',
      ]),
    );
    expect(facts('MANUFACTURES').filter(([, from]) => from === 'enterprise:tieling-lianhe-magnesia')).toEqual([
      ['product-maker', 'enterprise:tieling-lianhe-magnesia', 'project:fused-magnesia'],
      ['product-maker', 'enterprise:tieling-lianhe-magnesia', 'project:magnesia-bricks'],
    ]);
    expect(facts('LOCATED_IN').filter(([rule]) => rule === 'located-in-explicit')).toEqual([
      ['located-in-explicit', 'enterprise:tieling-lianhe-magnesia', 'zone:tieling-economic-development-zone'],
    ]);
  });

  it('sells a product named after its brand, by the second verb of a coordination', () => {
    expect(facts('SOLD_IN').filter(([, from]) => from === 'project:magnesia-bricks')).toEqual([
      ['dep-sold-in', 'project:magnesia-bricks', 'place:japan'],
      ['dep-sold-in', 'project:magnesia-bricks', 'place:vietnam'],
      ['dep-sold-in', 'project:magnesia-bricks', 'place:chile'],
    ]);
  });

  it('reads a thing’s abbreviation as the thing, and places after "as well as to" as its markets too', () => {
    expect(
      facts('SOLD_IN')
        .filter(([, from]) => from === 'project:styrene-butadiene-rubber')
        .map(([, , to]) => to),
    ).toEqual(['place:jilin', 'place:heilongjiang', 'place:russia', 'place:mongolia']);
  });

  it('sells a share of a company’s output as its products', () => {
    expect(facts('SOLD_IN').filter(([, , to]) => to === 'place:kazakhstan')).toEqual([
      ['dep-sold-in', 'project:dump-trucks-for-open-pit-mines', 'place:kazakhstan'],
    ]);
  });
});

describe('a foreign-funded plant and a zone’s completed project', () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/foreign-plant-report.txt', '2024-05-09');

  it('reads a plant said whose as that company’s project, not a park’s sewage treatment plant', () => {
    expect(facts('IMPLEMENTS')).toContainEqual([
      'named-project-of-investor',
      'enterprise:dandong-hansol-materials',
      'project:battery-materials-plant',
    ]);
    expect(draft.entities.map((e) => e.name)).not.toContain('sewage treatment plant');
  });

  it('reads hyphenated Korean given names and the companies their roles name', () => {
    expect(facts('LEADS')).toEqual([
      ['person-role', 'person:park-min-jun', 'enterprise:hansol-chemical'],
      ['person-role', 'person:lee-seo-yeon', 'enterprise:dandong-hansol-materials'],
    ]);
  });

  it('names no company "Relying on …", and gives a zone the facility project it completed, in that year', () => {
    expect(draft.entities.filter((e) => e.kind === 'ENTERPRISE').map((e) => e.name)).toContain(
      'Dandong Port Group Co., Ltd.',
    );
    const completed = draft.facts.filter((f) => f.rule === 'dep-implements');
    expect(completed.map((f) => [f.from, f.to, f.properties.year])).toEqual([
      [
        'zone:dandong-border-economic-cooperation-zone',
        'project:dandong-port-cold-chain-logistics-center-project',
        2023,
      ],
    ]);
  });
});

describe('a title given in a relative clause, and a testing center', () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/foreign-plant-report.txt', '2024-05-09');

  it('gives the title to the name the relative clause hangs on, not to the clause’s other zone', () => {
    expect(facts('RECEIVED')).toContainEqual([
      'award-recipients',
      'zone:dandong-high-tech-industrial-development-zone',
      'award:provincial-high-tech-zone',
    ]);
    expect(facts('RECEIVED').filter(([, from]) => from === 'zone:dandong-port-economic-zone')).toEqual([]);
  });

  it('files a testing center with research facilities, the holder of its own title', () => {
    expect(draft.entities.find((e) => e.name === 'Battery Materials Testing Center')?.kind).toBe('UNIVERSITY');
    expect(facts('RECEIVED')).toContainEqual([
      'award-recipients',
      'university:battery-materials-testing-center',
      'award:provincial-engineering-research-center',
    ]);
  });
});

describe('an inspection visit’s stops', () => {
  const { facts } = draftFixture('test/draft/fixtures/inspection-visit-report.txt', '2023-09-13');

  it('gives the company visited the project seen there', () => {
    expect(facts('IMPLEMENTS')).toEqual([
      ['visit-site-project', 'enterprise:anshan-iron-and-steel-group', 'project:silicon-steel-upgrading-project'],
    ]);
  });

  it('reads the things a participle with an agent modifies as that agent’s products', () => {
    expect(facts('MANUFACTURES')).toEqual([
      ['dep-manufactures', 'enterprise:northern-heavy-industries-group', 'project:shield-machines'],
      ['dep-manufactures', 'enterprise:fushun-yongmao-construction-machinery', 'project:tower-cranes'],
    ]);
  });

  it('gives a title to the body named as the passive’s agent', () => {
    expect(facts('CONFERRED_BY')).toEqual([
      [
        'conferred-by-agent',
        'award:provincial-green-factory',
        'organization:department-of-industry-and-information-technology-of-liaoning-province',
      ],
    ]);
  });

  it('places the company inspected in the zone the sentence opens with, though the parse reads its bracketed name as an indirect object', () => {
    expect(facts('LOCATED_IN')).toEqual([
      [
        'dep-fronted-place',
        'enterprise:rongxin-power-electronics-anshan',
        'zone:anshan-high-tech-industrial-development-zone',
      ],
    ]);
  });
});

describe('a list of winners counted in the headline, places said in passing, and another city’s award', () => {
  const { draft, facts } = draftFixture('test/draft/fixtures/champion-list-report.txt', '2024-03-15', [
    {
      id: 'award:mayors-quality-award',
      kind: 'AWARD',
      name: "Mayor's Quality Award",
      aliases: ["Mayor's Quality Award"],
      places: ['Dalian'],
    },
    {
      id: 'award:governors-quality-award',
      kind: 'AWARD',
      name: "Governor's Quality Award",
      aliases: ["Governor's Quality Award"],
      places: ['Liaoning'],
    },
  ]);
  const received = (award: string) =>
    draft.facts.filter((f) => f.type === 'RECEIVED' && f.to === award).map((f) => [f.from, f.properties.year]);

  it('gives the title to "The six enterprises are A, whose …; B, which …; and C, …", each item in its own clause', () => {
    expect(received('award:liaoning-gazelle-enterprises')).toEqual([
      ['enterprise:fuxin-hengtai-fluorine-chemical', 2024],
      ['enterprise:fuxin-baorun-bearing', 2024],
      ['enterprise:fuxin-dongxing-pump', 2024],
    ]);
    const item = draft.facts.find((f) => f.from === 'enterprise:fuxin-dongxing-pump' && f.to.includes('gazelle'));
    expect(item?.evidence).toEqual([
      'The six enterprises are Fuxin Hengtai Fluorine Chemical Co., Ltd.',
      'Fuxin Dongxing Pump Co., Ltd.',
    ]);
  });

  it('places a plant put into operation in a zone, a company named with its zone, and one settled there "such as"', () => {
    expect(facts('LOCATED_IN').filter(([rule]) => (rule as string).startsWith('dep-'))).toEqual([
      ['dep-located-in', 'enterprise:fuxin-jinda-fluoride', 'zone:fuxin-high-tech-industrial-development-zone'],
      ['dep-named-in-zone', 'enterprise:fuxin-baorun-bearing', 'zone:fuxin-high-tech-industrial-development-zone'],
      ['dep-project-sited-in', 'project:fluoropolymer-plant', 'zone:fuxin-high-tech-industrial-development-zone'],
    ]);
  });

  it('keeps the zone as the topic of figures whose sentence names a city only after them, and "The plant" as the plant named before', () => {
    expect(draft.indicators.filter((i) => i.unit === 'yuan').map((i) => [i.value, i.subject, i.year])).toEqual([
      [12500000000, 'zone:fuxin-high-tech-industrial-development-zone', 2023],
      [3100000000, 'zone:fuxin-high-tech-industrial-development-zone', 2023],
      [800000000, 'project:fluoropolymer-plant', null],
    ]);
  });

  it('names a Mayor’s Quality Award of a Fuxin report with Fuxin, apart from the graph’s Dalian award, though Dalian is named', () => {
    expect(received('award:fuxin-mayors-quality-award')).toEqual([['enterprise:fuxin-dongxing-pump', 2024]]);
    expect(draft.entities.find((e) => e.id === 'award:fuxin-mayors-quality-award')?.existing).toBe(false);
    expect(draft.entities.some((e) => e.id === 'award:mayors-quality-award')).toBe(false);
  });

  it('reads "the award" said again with no year as the award of the year named before, one fact', () => {
    expect(received('award:governors-quality-award')).toEqual([['enterprise:fuxin-dongxing-pump', 2022]]);
  });

  it('reads the products of a list run on over semicolons, each its own company’s, and none of makers a product goes to', () => {
    expect(facts('MANUFACTURES').filter(([, from]) => !/baorun|dongxing|hengtai/.test(from as string))).toEqual([
      ['product-maker', 'enterprise:fuxin-haiyuan-chain', 'project:r4-grade-offshore-mooring-chains'],
      ['product-maker', 'enterprise:fuxin-ceramic-insulator', 'project:porcelain-suspension-insulators'],
      ['dep-maker-of-product-sold', 'enterprise:fuxin-tianyi-motor', 'project:canned-motors'],
      ['dep-producer-of', 'enterprise:fuxin-ruiqi-machine-tool', 'project:five-axis-linkage-machining-centers'],
    ]);
    expect(draft.entities.map((e) => e.name)).not.toContain('chemical pumps');
  });

  it('reads "Kuandian County" and "Kuandian" as the autonomous county named before, and no city of a fair as a brand’s promoter', () => {
    expect(
      draft.entities.filter((e) => e.kind === 'PLACE' && e.name.includes('Kuandian')).map((e) => e.surfaceForms),
    ).toEqual([['Kuandian Manchu Autonomous County', 'Kuandian County', 'Kuandian']]);
    expect(facts('PROMOTES')).toEqual([
      ['promotes-brand', 'place:kuandian-manchu-autonomous-county', 'brand:kuandian-chestnut'],
    ]);
  });

  it('gives a project both sides of an agreement signed on it, though the place signed in stands before "on the"', () => {
    expect(facts('IMPLEMENTS').filter(([rule]) => rule === 'dep-signs-project')).toEqual([
      [
        'dep-signs-project',
        'place:zhangwu-county',
        'project:zhangwu-wind-solar-storage-integrated-demonstration-project',
      ],
      [
        'dep-signs-project',
        'enterprise:liaoning-green-energy-group',
        'project:zhangwu-wind-solar-storage-integrated-demonstration-project',
      ],
    ]);
  });
});

describe('a product spelled as the graph spells another maker’s', () => {
  const { draft } = draftFixture('test/draft/fixtures/champion-list-report.txt', '2024-03-15', [
    {
      id: 'project:dalian-tongyi-canned-motors',
      kind: 'PROJECT',
      name: 'Dalian Tongyi canned motors',
      aliases: ['Dalian Tongyi canned motors', 'canned motors'],
      places: [],
    },
  ]);

  it('is a new product named with its own maker, so that no two nodes share a spelling', () => {
    const motors = draft.entities.find((e) => e.surfaceForms.includes('canned motors'));
    expect([motors?.id, motors?.name, motors?.existing]).toEqual([
      'project:fuxin-tianyi-motor-canned-motors',
      'Fuxin Tianyi Motor canned motors',
      false,
    ]);
    expect(motors?.aliases).not.toContain('canned motors');
    expect(draft.review.map((r) => r.reason)).toContainEqual(expect.stringContaining("another maker's product"));
  });
});
