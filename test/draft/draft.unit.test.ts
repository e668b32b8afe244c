// Pure parts of the drafter: numbers and units, abbreviations, quote spans, name scores.
import { describe, expect, it } from 'vitest';
import { assertVerbatim, quoteSpan, QuoteError } from '../../src/draft/evidence.js';
import {
  abbreviates,
  findAbbreviationDefinitions,
  findDesignations,
  findIndustryLists,
  findListedCompanies,
  findNamedRuns,
  findPeopleWithRoles,
  findCustomerSpans,
  findProductHits,
  findProjects,
} from '../../src/draft/patterns.js';
import { findMentions } from '../../src/draft/mentions.js';
import { describeDocument } from '../../src/draft/input.js';
import { contextYears } from '../../src/draft/facts.js';
import { splitSentences } from '../../src/draft/language.js';
import { listItems } from '../../src/draft/nlp-mentions.js';
import { findQuantities } from '../../src/draft/quantities.js';
import { MERGE_THRESHOLD, articleContext, nameScore, resolveMentions, scoreName } from '../../src/draft/resolve.js';
import { sharesHead, slug } from '../../src/draft/names.js';

/** Dalian's award, as the graph holds it (conferred by Dalian). */
const dalianAward = {
  id: 'award:mayors-quality-award',
  kind: 'AWARD' as const,
  name: "Mayor's Quality Award",
  aliases: ["Mayor's Quality Award"],
  places: ['Dalian'],
};

describe('figures as plain numbers and units', () => {
  it('reads money with RMB before or yuan after, with and without a space', () => {
    const q = findQuantities('The annual fiscal revenue was RMB 1.21 billion, up 16.6%.');
    expect(q.map((x) => [x.value, x.unit])).toEqual([
      [1210000000, 'yuan'],
      [16.6, 'percent'],
    ]);
    expect(findQuantities('achieved RMB10.55 billion of output')[0]?.value).toBe(10550000000);
    expect(findQuantities('with a total of 41 million yuan of incentive funds')[0]).toMatchObject({
      value: 41000000,
      unit: 'yuan',
    });
  });

  it('reads counts with the thing counted, and measures', () => {
    expect(findQuantities('the district has 39 high-tech enterprises')[0]).toMatchObject({
      value: 39,
      unit: 'enterprises',
      counted: 'high-tech enterprises',
    });
    expect(findQuantities('an annual shipbuilding capacity of 2.4 million deadweight tons')[0]).toMatchObject({
      value: 2400000,
      unit: 'deadweight tons',
    });
  });

  it('does not take a year for a count', () => {
    expect(findQuantities('In 2023 enterprises grew.')).toEqual([]);
  });
});

describe('defined abbreviations', () => {
  it('finds "(DHC)" after a name and checks the initials', () => {
    const text = 'Dalian Heavy Industry Corporation (DHC) grew. DHC exports.';
    const [def] = findAbbreviationDefinitions(text);
    expect(def?.abbr).toBe('DHC');
    expect(text.slice(0, def?.longEnd)).toBe('Dalian Heavy Industry Corporation');
    expect(abbreviates('DHC', 'Dalian Heavy Industry Corporation')).toBe(true);
    expect(abbreviates('XYZ', 'Dalian Heavy Industry Corporation')).toBe(false);
    expect(abbreviates('Ansteel', 'Ansteel Group Corporation')).toBe(true);
  });
});

describe('names', () => {
  it('finds company, zone and university names and ends them at their head word', () => {
    const text =
      'Lushun Development Zone Keeps Growing; Shenyang Xinsong Robot Automation Co., Ltd. and Dalian University of Technology signed.';
    const names = findNamedRuns(text).map((h) => [text.slice(h.start, h.end), h.kind]);
    expect(names).toEqual([
      ['Lushun Development Zone', 'ZONE'],
      ['Shenyang Xinsong Robot Automation Co., Ltd.', 'ENTERPRISE'],
      ['Dalian University of Technology', 'UNIVERSITY'],
    ]);
  });

  it('splits a headline at "Jointly Build" and before a name that opens with its city; a school is a university’s, its park a zone', () => {
    const text =
      'Dalian University of Technology and Dalian Rubber & Plastics Machinery Jointly Build Laboratory on Intelligent Polymer Processing Equipment\n\nIt was built by the School of Chemical Engineering of Dalian University of Technology and Dalian Rubber & Plastics Machinery Co., Ltd. in the Dalian University of Technology Science Park.';
    expect(findNamedRuns(text).map((h) => [text.slice(h.start, h.end), h.kind])).toEqual([
      ['Dalian University of Technology', 'UNIVERSITY'],
      ['Laboratory on Intelligent Polymer Processing Equipment', 'UNIVERSITY'],
      ['School of Chemical Engineering of Dalian University of Technology', 'UNIVERSITY'],
      ['Dalian Rubber & Plastics Machinery Co., Ltd.', 'ENTERPRISE'],
      ['Dalian University of Technology Science Park', 'ZONE'],
    ]);
  });

  it('cuts a headline’s verb (Licenses, Presents), a counted plural before "and", and a place before "on the"', () => {
    const text =
      'Shenyang University of Technology Licenses Patents and Signs Agreements with Two Enterprises and Kangping County\n\nKangping County signed an agreement with Liaoning Energy Group Co., Ltd. in Shenyang on the Kangping Wind-Solar-Storage Demonstration Project.';
    expect(findNamedRuns(text).map((h) => [text.slice(h.start, h.end), h.kind])).toEqual([
      ['Shenyang University of Technology', 'UNIVERSITY'],
      ['Kangping County', 'PLACE'],
      ['Kangping County', 'PLACE'],
      ['Liaoning Energy Group Co., Ltd.', 'ENTERPRISE'],
      ['Kangping Wind-Solar-Storage Demonstration Project', 'PROJECT'],
    ]);
  });

  it('keeps an event’s edition, a year or an ordinal, in its name as the graph does', () => {
    const text =
      'During the expo, the 2024 Liaoning Industrial Internet Forum was held. The 16th China (Xingcheng) International Swimwear Expo opened. In 2023 Dalian Huarui Co., Ltd. signed.';
    expect(findNamedRuns(text).map((h) => text.slice(h.start, h.end))).toEqual([
      '2024 Liaoning Industrial Internet Forum',
      '16th China (Xingcheng) International Swimwear Expo',
      'Dalian Huarui Co., Ltd.',
    ]);
  });

  it('keeps another city’s award apart and merges a longer name of the same institute', () => {
    expect(nameScore("Shenyang Mayor's Quality Award", 'AWARD', dalianAward)).toBeLessThan(MERGE_THRESHOLD);
    const dicp = {
      id: 'university:dalian-institute-of-chemical-physics',
      kind: 'UNIVERSITY' as const,
      name: 'Dalian Institute of Chemical Physics',
      aliases: ['Dalian Institute of Chemical Physics'],
      places: ['Dalian'],
    };
    expect(
      nameScore('Dalian Institute of Chemical Physics of Chinese Academy of Sciences', 'UNIVERSITY', dicp),
    ).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(nameScore('Dalian Institute of Chemical Physics', 'ZONE', dicp)).toBeLessThan(MERGE_THRESHOLD);
  });

  it('reads the province’s award with the province and its level word in front as the graph’s', () => {
    const governors = {
      id: 'award:governors-quality-award',
      kind: 'AWARD' as const,
      name: "Governor's Quality Award",
      aliases: ["Governor's Quality Award"],
      places: [],
    };
    expect(nameScore("Liaoning Provincial Governor's Quality Award", 'AWARD', governors)).toBeGreaterThanOrEqual(
      MERGE_THRESHOLD,
    );
    expect(nameScore("Shenyang Provincial Governor's Quality Award", 'AWARD', governors)).toBeLessThan(MERGE_THRESHOLD);
  });

  it('derives ids like the curated ones', () => {
    expect(slug("Mayor's Quality Award")).toBe('mayors-quality-award');
    expect(slug('Danai Pump Industry Co., Ltd.')).toBe('danai-pump-industry');
    expect(slug('Dalian Qiche Railway Transportation Equipment Limited Liability Company')).toBe(
      'dalian-qiche-railway-transportation-equipment',
    );
  });
});

describe('quotes', () => {
  const text = 'Gao Ming, general manager of Huaxin Co., Ltd., said that sales rose.';
  it('widens a span to whole words and trims clause punctuation', () => {
    expect(quoteSpan(text, 2, 30)).toBe('Gao Ming, general manager of Huaxin');
    expect(quoteSpan(text, 0, text.indexOf('Ltd.') + 4)).toBe('Gao Ming, general manager of Huaxin Co., Ltd.');
  });
  it('refuses a quote that is not in the text', () => {
    expect(() => assertVerbatim(text, 'general manager of Huaxin Group')).toThrow(QuoteError);
  });
});

describe('resolution by the words only one name has, and the candidate’s own places', () => {
  const huarui = {
    id: 'enterprise:huarui-heavy-industry',
    kind: 'ENTERPRISE' as const,
    name: 'Huarui Heavy Industry',
    aliases: ['Huarui Heavy Industry'],
    places: ['Dalian', 'Liaoning'],
  };
  const governorsAward = {
    id: 'award:governors-quality-award',
    kind: 'AWARD' as const,
    name: "Governor's Quality Award",
    aliases: ["Governor's Quality Award"],
    places: ['Liaoning'],
  };
  const lushun = {
    id: 'zone:lushun-development-zone',
    kind: 'ZONE' as const,
    name: 'Lushun Development Zone',
    aliases: ['Lushun Development Zone'],
    places: ['Dalian'],
  };
  const office = {
    id: 'organization:information-office-of-liaoning-provincial-peoples-government',
    kind: 'ORGANIZATION' as const,
    name: "Information Office of Liaoning Provincial People's Government",
    aliases: ["Information Office of Liaoning Provincial People's Government"],
    places: ['Liaoning'],
  };

  it('merges a name qualified by its own city or conferrer, with corporate or filler words added', () => {
    expect(nameScore('Dalian Huarui Heavy Industry Group Co., Ltd.', 'ENTERPRISE', huarui)).toBeGreaterThanOrEqual(
      MERGE_THRESHOLD,
    );
    expect(nameScore("Liaoning Governor's Quality Award", 'AWARD', governorsAward)).toBeGreaterThanOrEqual(
      MERGE_THRESHOLD,
    );
    expect(nameScore('Lushun Economic Development Zone', 'ZONE', lushun)).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    // "Economic Development Zone" for "Economic and Technological Development Zone": a translation's drop.
    expect(
      nameScore('Shenyang Economic Development Zone', 'ZONE', {
        id: 'zone:shenyang-economic-and-technological-development-zone',
        kind: 'ZONE',
        name: 'Shenyang Economic and Technological Development Zone',
        aliases: ['Shenyang Economic and Technological Development Zone'],
        places: ['Shenyang', 'Liaoning'],
      }),
    ).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(
      nameScore('Information Office of the Liaoning Provincial Government', 'ORGANIZATION', office),
    ).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
  });

  it('keeps apart another city’s award, a subsidiary with extra head words, and names sharing only common words', () => {
    expect(nameScore("Shenyang Governor's Quality Award", 'AWARD', governorsAward)).toBeLessThan(MERGE_THRESHOLD);
    expect(nameScore('Dalian Huarui Heavy Industry Crane Manufacturing Co., Ltd.', 'ENTERPRISE', huarui)).toBeLessThan(
      MERGE_THRESHOLD,
    );
    const dut = {
      id: 'university:dalian-university-of-technology',
      kind: 'UNIVERSITY' as const,
      name: 'Dalian University of Technology',
      aliases: ['Dalian University of Technology'],
      places: ['Dalian'],
    };
    expect(nameScore('Dalian Maritime University', 'UNIVERSITY', dut)).toBeLessThan(0.5);
  });

  it('holds an exact award name below the threshold when the article names only another city', () => {
    const shenyangArticle = articleContext("Shenyang honours ten firms with the Mayor's Quality Award");
    const dalianArticle = articleContext("Dalian honours ten firms with the Mayor's Quality Award");
    expect(scoreName("Mayor's Quality Award", 'AWARD', dalianAward, shenyangArticle)).toMatchObject({
      score: 0.8,
      reason: expect.stringContaining('which the article does not name'),
    });
    expect(nameScore("Mayor's Quality Award", 'AWARD', dalianAward, dalianArticle)).toBe(1);
  });

  it('holds a product’s short alias below the threshold in an article that does not name its maker', () => {
    const product = {
      id: 'project:dalian-qiche-special-vehicles',
      kind: 'PROJECT' as const,
      name: 'Dalian Qiche special vehicles',
      aliases: ['Dalian Qiche special vehicles', 'special vehicles'],
      places: [],
    };
    const tieling = articleContext('Tieling Huayu Vehicle Co., Ltd. produces special vehicles.');
    const dalian = articleContext('Dalian Qiche Railway Transportation Equipment Co., Ltd. exports special vehicles.');
    expect(scoreName('special vehicles', 'PROJECT', product, tieling)).toMatchObject({
      score: 0.8,
      reason: expect.stringContaining('a maker the article does not name'),
    });
    expect(nameScore('special vehicles', 'PROJECT', product, dalian)).toBe(1);
  });

  it('reads a city’s name as the city, though the graph also has a brand of that name', () => {
    const text = 'The plant is one of the largest in Dalian.';
    const brand = { id: 'brand:dalian', kind: 'BRAND' as const, name: 'Dalian', aliases: ['Dalian'], places: [] };
    const dalian = findMentions(text, [brand]).mentions.filter((m) => m.surface === 'Dalian');
    expect(dalian.map((m) => [m.kind, m.graphId])).toEqual([['PLACE', undefined]]);
  });

  it('refers "the university" to the university named, not to a campus "of" it named since', () => {
    const text =
      'Shenyang University of Technology Signs Agreements\n\nA ceremony was held at the Zhongyuan Campus of Shenyang University of Technology, at which the university signed agreements.';
    const { mentions, entities } = resolveMentions(findMentions(text, []), [], '900');
    const university = mentions.find((m) => m.surface === 'the university');
    expect(entities.get(university?.entityKey ?? '')?.name).toBe('Shenyang University of Technology');
  });

  it('reads "the Municipal … Bureau" with no city named as the body of the city the article is about', () => {
    const bureau = {
      id: 'organization:dalian-municipal-market-supervision-bureau',
      kind: 'ORGANIZATION' as const,
      name: 'Dalian Municipal Market Supervision Bureau',
      aliases: ['Dalian Municipal Market Supervision Bureau'],
      places: ['Dalian'],
    };
    const fushunArticle = articleContext(
      'Fushun honours six firms. The vice mayor of Fushun spoke. A Dalian institute helped. The Municipal Market Supervision Bureau of Fushun organizes it.',
    );
    const dalianArticle = articleContext(
      'Dalian honours six firms; the Municipal Market Supervision Bureau organizes it.',
    );
    expect(scoreName('Municipal Market Supervision Bureau', 'ORGANIZATION', bureau, fushunArticle).score).toBe(0.8);
    // The graph may place it nowhere: its own name says Dalian.
    const unplaced = { ...bureau, aliases: [...bureau.aliases, 'Municipal Market Supervision Bureau'], places: [] };
    expect(scoreName('Municipal Market Supervision Bureau', 'ORGANIZATION', unplaced, fushunArticle).score).toBe(0.8);
    expect(
      scoreName('Municipal Market Supervision Bureau', 'ORGANIZATION', bureau, dalianArticle).score,
    ).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
  });
});

describe('lists and titles on the surface', () => {
  const spans = (text: string, hits: Array<{ start: number; end: number }>) =>
    hits.map((h) => text.slice(h.start, h.end));

  it.each([
    [
      'It has formed three pillar industries, namely ceramic new materials, green building materials and the processing of agricultural and sideline products.',
      ['ceramic new materials', 'green building materials', 'processing of agricultural and sideline products'],
    ],
    [
      'It has formed four pillar industries of automobiles and auto parts, general equipment, new materials and biomedicine, and it has 3 parks.',
      ['automobiles and auto parts', 'general equipment', 'new materials', 'biomedicine'],
    ],
    [
      'The zone takes special vehicles, valves and new materials as its leading industries.',
      ['special vehicles', 'valves', 'new materials'],
    ],
    // two items without a comma need a count of two; "key industries of the city" is no list
    ['It has two leading industries of shipbuilding and petrochemicals.', ['shipbuilding', 'petrochemicals']],
    ['It supports the key industries of the city and its parks.', []],
  ])('reads the mainstay industries of "%s", each a cluster carrying its list', (text, items) => {
    const hits = findIndustryLists(text);
    expect(spans(text, hits)).toEqual(items);
    expect(hits.every((h) => h.kind === 'CLUSTER' && h.list?.start === hits[0]?.list?.start)).toBe(true);
  });

  it('does not split a list item at the comma of a number', () => {
    const text = 'will build a pilot line of 10,000 tons of hydrogenation catalysts';
    const start = text.indexOf('pilot');
    expect(spans(text, listItems(text, start, text.length))).toEqual([
      'pilot line of 10,000 tons of hydrogenation catalysts',
    ]);
    const list = 'produces paraxylene, polyester chips and nylon 66 salt';
    expect(spans(list, listItems(list, 9, list.length))).toEqual(['paraxylene', 'polyester chips', 'nylon 66 salt']);
  });

  it('finds a levelled title held or counted, quotes and all, but not "a leading enterprise"', () => {
    const text =
      'X Co., Ltd. is a national specialized and sophisticated "little giant" enterprise. Anshan has cultivated 29 provincial specialized and sophisticated small and medium-sized enterprises. Y Co., Ltd. is a leading enterprise in the field and a provincial enterprise technology center. Two were selected into the list of provincial green factories released by the department.';
    expect(spans(text, findDesignations(text))).toEqual([
      'national specialized and sophisticated "little giant" enterprise',
      'provincial specialized and sophisticated small and medium-sized enterprises',
      'provincial enterprise technology center',
      'provincial green factories',
    ]);
  });

  it('reads a title with its own commas, "-level" and "batch of", but not a count of two levels', () => {
    const text =
      'The department released the first batch of provincial specialized, sophisticated, distinctive and innovative small and medium-sized enterprises in 2024. It has 30 provincial-level specialized, refined, distinctive and innovative SMEs and 5 national "little giant" enterprises. Benxi has cultivated 23 provincial-level and above green factories.';
    expect(spans(text, findDesignations(text))).toEqual([
      'provincial specialized, sophisticated, distinctive and innovative small and medium-sized enterprises',
      'national "little giant" enterprises',
    ]);
  });

  it('reads a title in apposition, with its field after "of", and one closing a title-case headline', () => {
    const text =
      '14 Tieling Enterprises Listed as Provincial Specialized, Refined, Distinctive and Innovative Small and Medium-sized Enterprises\n\nX Co., Ltd., a national key leading enterprise of agricultural industrialization, grew. Y is a national high-tech enterprise of the zone.';
    expect(spans(text, findDesignations(text))).toEqual([
      'national key leading enterprise of agricultural industrialization',
      'national high-tech enterprise',
      'Provincial Specialized, Refined, Distinctive and Innovative Small and Medium-sized Enterprises',
    ]);
  });

  it('finds companies listed as examples, without a legal form, and ends the list at a word in lower case', () => {
    const text =
      'Deals were signed with vehicle makers such as FAW Jiefang, BYD and Brilliance Auto. Companies including PetroChina, Sinopec and BASF invested there. It sells to automakers such as FAW, Geely and other automobile enterprises.';
    expect(spans(text, findListedCompanies(text))).toEqual([
      'FAW Jiefang',
      'BYD',
      'Brilliance Auto',
      'PetroChina',
      'Sinopec',
      'BASF',
      'FAW',
      'Geely',
    ]);
  });

  it('names a production line with its bare use, not with what follows a comma', () => {
    const text =
      'The intelligent production line for photovoltaic module equipment of Yingkou Jinyuan was put into production. A new production line for cathode materials, anode materials and separators was built.';
    expect(spans(text, findProjects(text))).toEqual([
      'intelligent production line for photovoltaic module equipment',
      'new production line',
    ]);
  });

  it('ends a person’s name before a headline verb', () => {
    const text = 'Vice Governor Li Yanhe Inspects Manufacturing Enterprises in Dandong';
    expect(spans(text, findPeopleWithRoles(text))).toEqual(['Li Yanhe']);
    const win = 'Six Enterprises Win Fushun Government Quality Award';
    expect(spans(win, findNamedRuns(win))).toContain('Fushun Government Quality Award');
    const setsUp =
      'Shenyang Economic and Technological Development Zone Sets Up Intelligent Manufacturing Industry Alliance';
    expect(spans(setsUp, findNamedRuns(setsUp))).toEqual([
      'Shenyang Economic and Technological Development Zone',
      'Intelligent Manufacturing Industry Alliance',
    ]);
  });
});

describe('names of bodies and products on the surface', () => {
  it('names the party committee of an official’s seat, and no bare "Party Working Committee"', () => {
    const { mentions } = findMentions(
      'Liu Jun, member of the Standing Committee of the CPC Anshan Municipal Committee, and Wang Gang, secretary of the Party Working Committee, attended.',
      [],
    );
    const bodies = mentions.filter((m) => m.kind === 'ORGANIZATION').map((m) => m.surface);
    expect(bodies).toEqual(['CPC Anshan Municipal Committee']);
  });

  it('reads the products of a ranked production base, one thing where two words share a head, none of a brand', () => {
    const hits = (text: string) =>
      findProductHits(text)
        .filter((h) => h.how === 'ranked-base')
        .flatMap((h) => h.products.map((p) => text.slice(p.start, p.end)));
    expect(
      hits(
        'X Co., Ltd. is one of the main production bases of gate valves, ball valves and tool and die steels in China.',
      ),
    ).toEqual(['gate valves', 'ball valves', 'tool and die steels']);
    expect(hits('Y Co., Ltd. has built the largest production base of ceramic proppants in northern China.')).toEqual([
      'ceramic proppants',
    ]);
    expect(hits('The plants make Shenyang the largest production base of BMW in the world.')).toEqual([]);
    expect(hits('Z Co., Ltd. has built a production base of solid preparations.')).toEqual([]);
    expect(findProjects('the largest production base of BMW').map((p) => p.kind)).toEqual([]);
  });

  it('finds the users of a product after "used by" / "applied at", to the clause’s end, past "Co., Ltd. and", and before "and other automakers"', () => {
    const text =
      'The unit has been applied at Hengli Petrochemical (Dalian) Refining Co., Ltd. and Sinopec Zhenhai Refining & Chemical Company. The company grew.';
    expect(findCustomerSpans(text).map((c) => text.slice(c.start, c.end))).toEqual([
      'Hengli Petrochemical (Dalian) Refining Co., Ltd. and Sinopec Zhenhai Refining & Chemical Company',
    ]);
    const forOthers =
      'X Co., Ltd. makes welding robots for BMW Brilliance Automotive Ltd. and other automakers, and its plant was named a factory.';
    expect(findCustomerSpans(forOthers).map((c) => forOthers.slice(c.start, c.end))).toEqual([
      'BMW Brilliance Automotive Ltd.',
    ]);
  });

  it('drops a headline verb at either end of a name, keeps "project" after a production line, and no adverb in a product', () => {
    const runs = (text: string) => findNamedRuns(text).map((h) => text.slice(h.start, h.end));
    expect(runs('Huludao Extends Zinc Chain to Build Nonferrous Metals Base')).toContain('Nonferrous Metals Base');
    expect(runs('Changxing Island Petrochemical Base of Dalian Builds a Green Chain')).toEqual([
      'Changxing Island Petrochemical Base of Dalian',
    ]);
    const text = 'the 100,000-ton high-purity magnesia intelligent production line project of X was signed';
    expect(findProjects(text).map((h) => text.slice(h.start, h.end))).toEqual([
      '100,000-ton high-purity magnesia intelligent production line project',
    ]);
    const sold = 'X Co., Ltd., which produces fused magnesia and sintered magnesia mainly for Europe';
    expect(findProductHits(sold).flatMap((h) => h.products.map((p) => sold.slice(p.start, p.end)))).toEqual([
      'fused magnesia',
      'sintered magnesia',
    ]);
  });

  it('names a campus whole, splits an acronym off "and", and reads an acronym a company’s name opens with as its name', () => {
    const runs = (text: string) => findNamedRuns(text).map((h) => text.slice(h.start, h.end));
    expect(runs('X has cooperated with Liaoning Technical University Huludao Campus on targets')).toEqual([
      'Liaoning Technical University Huludao Campus',
    ]);
    expect(runs('the center set up by SIASUN and Northeastern University in 2022')).toEqual([
      'Northeastern University',
    ]);
    const text =
      'SIASUN Robot & Automation Co., Ltd. grew. Qu Daokui, president of SIASUN, spoke. CRRC Dalian Co., Ltd. and CRRC Qiqihar Co., Ltd. buy; CRRC grew.';
    const { mentions, abbreviations } = findMentions(text, []);
    expect([...abbreviations.keys()]).toEqual(['SIASUN']);
    expect(mentions.filter((m) => m.source === 'abbreviation').map((m) => m.surface)).toEqual(['SIASUN']);
  });

  it('reads a foreign company by its country, and splits a joint venture’s two owners', () => {
    const runs = (t: string) => findNamedRuns(t).map((h) => `${h.kind} ${t.slice(h.start, h.end)}`);
    expect(
      runs(
        'X Co., Ltd., a joint venture of RHI Magnesita of Austria and Liaoning Jinding Magnesite Group Co., Ltd., grew.',
      ),
    ).toEqual([
      'ENTERPRISE X Co., Ltd.',
      'ENTERPRISE RHI Magnesita',
      'ENTERPRISE Liaoning Jinding Magnesite Group Co., Ltd.',
    ]);
    expect(runs('A delegation of the Embassy of Japan and Dalian Port Group visited.')).toEqual([
      'ENTERPRISE Dalian Port Group',
    ]);
  });

  it('names a company again by its name without its places, when no other company shares it', () => {
    const text =
      'Liaoning Kaiyuan Hongqi Crane Co., Ltd. grew. We will rely on Hongqi Crane and other leaders. Dalian Haitian Pump Co., Ltd. and Yingkou Haitian Pump Co., Ltd. met; Haitian Pump grew.';
    const { mentions } = findMentions(text, []);
    expect(mentions.filter((m) => m.kind === 'ENTERPRISE').map((m) => m.surface)).toEqual([
      'Liaoning Kaiyuan Hongqi Crane Co., Ltd.',
      'Hongqi Crane',
      'Dalian Haitian Pump Co., Ltd.',
      'Yingkou Haitian Pump Co., Ltd.',
    ]);
  });

  it('reads a capitalised name given by a title verb as the title, with its bracketed field', () => {
    const { mentions } = findMentions(
      'In 2019, the base was named a National New Industrialization Industry Demonstration Base (Special Vehicles) by the ministry.',
      [],
    );
    expect(mentions.filter((m) => m.kind === 'AWARD').map((m) => m.surface)).toEqual([
      'National New Industrialization Industry Demonstration Base (Special Vehicles)',
    ]);
  });

  it('reads an honorary name after "the title of" as a title, not a city', () => {
    const { mentions } = findMentions('Kaiyuan was awarded the title of "China Hoisting Machinery City" in 2019.', []);
    expect(mentions.filter((m) => m.surface === 'China Hoisting Machinery City').map((m) => m.kind)).toEqual(['AWARD']);
  });

  it('names no project by a plural ("New Materials Enterprises and Projects")', () => {
    const text = 'Vice Governor Inspects New Materials Enterprises and Projects in Fushun';
    expect(findNamedRuns(text).filter((h) => h.kind === 'PROJECT')).toEqual([]);
  });

  it('shares a head only between a singular word and a plural phrase', () => {
    expect([
      sharesHead('suspension', 'steering parts'),
      sharesHead('tool', 'die steels'),
      sharesHead('laminators', 'stringers'),
      sharesHead('wind power bearings', 'railway bearings'),
      sharesHead('steel', 'pipes'),
    ]).toEqual([true, true, false, false, false]);
  });
});

describe('the date an article states', () => {
  const ROOT = new URL('../..', import.meta.url).pathname;
  it('reads a date line under the headline, bare or after "Date:", and no other line', () => {
    const dated = (text: string) => describeDocument(ROOT, 'a.txt', text).date;
    expect(dated('Headline\n2022-08-04 13:48\n\nBody.')).toBe('2022-08-04');
    expect(dated('Headline\nDate: 2023-11-08\n\nBody.')).toBe('2023-11-08');
    expect(dated('Headline\n\nBody written on 2023-11-08.')).toBeNull();
  });
});

describe('the year a sentence without one reports', () => {
  it('is the paragraph’s first year, until a sentence opens with a year of its own', () => {
    const text =
      'Zone Grows\n\nThe zone was founded in 1992 and upgraded in 2010. In 2023, the zone realized an output value of 52.3 billion yuan. The output value of new materials reached 21.7 billion yuan.\n\nThe zone was founded in 1992. Its output value reached 3 billion yuan.';
    const sentences = splitSentences(text);
    const years = contextYears(sentences, 2024, text);
    const yearOf = (start: string) => years.get(sentences.find((s) => s.text.startsWith(start))?.index ?? -1);
    expect([yearOf('The output value of new materials'), yearOf('Its output value')]).toEqual([2023, 1992]);
  });

  it('is not the year of another event a clause between commas dates', () => {
    const text =
      'Bonded Zone Sets a Record in 2023\n\nThe maintenance business, which was launched in 2022, realized an output value of 41 million yuan. The zone contributed tax revenue of 1.07 billion yuan throughout the year.';
    const sentences = splitSentences(text);
    const years = contextYears(sentences, 2024, text);
    const yearOf = (start: string) => years.get(sentences.find((s) => s.text.startsWith(start))?.index ?? -1);
    expect([yearOf('The maintenance business'), yearOf('The zone contributed')]).toEqual([2023, 2023]);
  });
});
