// Every SPEC §2 root field (and the additions), answered from the imported articles and
// checked against what the articles say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { DOC, ok, startHarness, type Harness } from './support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const articleText = (id: string) => readFileSync(join(PROJECT_ROOT, 'data/articles', `${id}.txt`), 'utf8');

interface Evidence {
  document: { id: string; text: string };
  quote: string;
}
/** Each quote occurs verbatim in the text of the document it cites. */
function expectVerbatim(evidence: Evidence[]): void {
  expect(evidence.length).toBeGreaterThan(0);
  for (const e of evidence) expect(e.document.text).toContain(e.quote);
}

describe('partnerships: which universities partner with which zones', () => {
  const QUERY = `query P($zone: String, $university: String) {
    partnerships(zone: $zone, university: $university) {
      zone { id name } university { id name } via evidence { document { id text } quote }
    }
  }`;
  type Rows = {
    partnerships: Array<{
      zone: { id: string; name: string };
      university: { id: string; name: string };
      via: string[];
      evidence: Evidence[];
    }>;
  };

  it('gives the partner universities of each zone, with via and verbatim evidence', async () => {
    const lushunkou = ok(await h.run<Rows>(QUERY, { zone: 'Lushunkou District' })).partnerships;
    // Article 001: "33 universities including Dalian University of Technology, Dalian Maritime
    // University Dalian Institute of Chemical Physics of Chinese Academy of Sciences".
    expect(lushunkou.map((p) => p.university.name)).toEqual([
      'Dalian Institute of Chemical Physics',
      'Dalian Maritime University',
      'Dalian University of Technology',
    ]);
    for (const p of lushunkou) {
      expect(p.zone.id).toBe('zone:lushunkou-district');
      expect(p.via.join(' ')).toContain('Innovating Careers under the Guidance of tens of thousands of Academicians');
      expectVerbatim(p.evidence);
      expect(p.evidence.map((e) => e.document.id)).toContain(DOC.a001);
    }
    // Article 003: the Liaobin zone "of Panjin" organised collaboration with DUT, Tianjin
    // University and the Dalian Institute of Chemical Physics. Any alias works.
    const liaobin = ok(
      await h.run<Rows>(QUERY, { zone: 'Liaobin Coastal Economic and Technological Development Zone of Panjin' }),
    ).partnerships;
    expect(liaobin.map((p) => p.university.name)).toEqual([
      'Dalian Institute of Chemical Physics',
      'Dalian University of Technology',
      'Tianjin University',
    ]);
    for (const p of liaobin) {
      expectVerbatim(p.evidence);
      expect(p.evidence.map((e) => e.document.id)).toContain(DOC.a003);
    }
  });

  it('gives the partner zones of each university, under any name the articles use', async () => {
    const zonesOf = async (university: string) =>
      ok(await h.run<Rows>(QUERY, { university })).partnerships.map((p) => p.zone.name);
    const both = ['Liaobin Coastal Economic and Technological Development Zone', 'Lushunkou District'];
    expect(await zonesOf('Dalian University of Technology')).toEqual(both);
    expect(await zonesOf('Dalian Institute of Chemical Physics of Chinese Academy of Sciences')).toEqual(both);
    expect(await zonesOf('dalian institute of chemical physics')).toEqual(both);
    expect(await zonesOf('university:dalian-maritime-university')).toEqual(['Lushunkou District']);
    expect(await zonesOf('Tianjin University')).toEqual([
      'Liaobin Coastal Economic and Technological Development Zone',
    ]);
  });

  it('lists all pairs when no argument is given, and one pair for both', async () => {
    const all = ok(await h.run<Rows>(QUERY)).partnerships;
    const pairs = all.map((p) => `${p.zone.id} → ${p.university.id}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'zone:lushunkou-district → university:dalian-maritime-university',
        'zone:liaobin-coastal-economic-and-technological-development-zone → university:tianjin-university',
      ]),
    );
    for (const p of all) expectVerbatim(p.evidence);
    const one = ok(
      await h.run<Rows>(QUERY, { zone: 'the District', university: 'Dalian Maritime University' }),
    ).partnerships;
    expect(one.map((p) => p.university.id)).toEqual(['university:dalian-maritime-university']);
  });

  it('reads the same partnerships from the zone and the university side', async () => {
    const data = ok(
      await h.run<{
        entity: { partnerships: Array<{ university: { name: string } }> };
        u: { partnerships: Array<{ zone: { name: string } }> };
      }>(
        `{ entity(id: "zone:lushunkou-district") { ... on Zone { partnerships { university { name } } } }
         u: entity(id: "university:tianjin-university") { ... on University { partnerships { zone { name } } } } }`,
      ),
    );
    expect(data.entity.partnerships.map((p) => p.university.name)).toHaveLength(3);
    expect(data.u.partnerships.map((p) => p.zone.name)).toEqual([
      'Liaobin Coastal Economic and Technological Development Zone',
    ]);
  });
});

describe('awards: winners, nominees and co-recipients', () => {
  const QUERY = `query A($award: String!, $year: Int, $status: AwardStatus) {
    awardRecipients(award: $award, year: $year, status: $status) {
      recipient { id name } award { id } year status evidence { document { id text } quote }
    }
  }`;
  type Rows = {
    awardRecipients: Array<{
      recipient: { id: string; name: string };
      award: { id: string };
      year: number | null;
      status: string;
      evidence: Evidence[];
    }>;
  };

  it("names the 2022 winners and nominees of the Mayor's Quality Award (article 004)", async () => {
    const winners = ok(
      await h.run<Rows>(QUERY, { award: "Mayor's Quality Award", year: 2022, status: 'AWARDED' }),
    ).awardRecipients;
    expect(winners.map((w) => w.recipient.name).sort()).toEqual([
      'Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd.',
      'Dalian Haosen Equipment Manufacturing Co., Ltd.',
      'Hengli Petrochemical (Dalian) Co., Ltd.',
    ]);
    const nominees = ok(
      await h.run<Rows>(QUERY, { award: 'mayor quality award', year: 2022, status: 'NOMINATED' }),
    ).awardRecipients;
    expect(nominees.map((w) => w.recipient.name).sort()).toEqual([
      'Dalian Jinhui Rongzhi Technology Co., Ltd.',
      'Dalian Metro Group Co., Ltd.',
      'Dalian North Transformer Group Co., Ltd.',
      'Dalian Rubber and Plastic Machinery Co., Ltd.',
      'Danai Pump Industry Co., Ltd.',
    ]);
    for (const g of [...winners, ...nominees]) {
      expect(g.year).toBe(2022);
      expect(g.award.id).toBe('award:mayors-quality-award');
      expectVerbatim(g.evidence);
      expect(g.evidence.map((e) => e.document.id)).toContain(DOC.a004);
    }
    // Without filters: all eight, winners first.
    const all = ok(await h.run<Rows>(QUERY, { award: 'award:mayors-quality-award' })).awardRecipients;
    expect(all.map((g) => g.status)).toEqual([...Array(3).fill('AWARDED'), ...Array(5).fill('NOMINATED')]);
    expect(ok(await h.run<Rows>(QUERY, { award: "Mayor's Quality Award", year: 2019 })).awardRecipients).toEqual([]);
  });

  it('traverses Enterprise.awards and finds co-recipients one hop further', async () => {
    const data = ok(
      await h.run<{
        lookup: Array<{
          id: string;
          awards: Array<{
            award: { id: string };
            year: number;
            status: string;
            coRecipients: Array<{ recipient: { name: string }; status: string }>;
          }>;
        }>;
      }>(
        `{ lookup(name: "Danai Pump Industry Co., Ltd.", kind: ENTERPRISE) { id ... on Enterprise {
          awards { award { id } year status coRecipients { recipient { name } status } } } } }`,
      ),
    );
    const danai = data.lookup[0]!;
    expect(danai.id).toBe('enterprise:danai-pump-industry');
    const mayors = danai.awards.find((a) => a.award.id === 'award:mayors-quality-award')!;
    expect(mayors).toMatchObject({ year: 2022, status: 'NOMINATED' });
    expect(mayors.coRecipients).toHaveLength(7);
    expect(mayors.coRecipients.filter((c) => c.status === 'AWARDED').map((c) => c.recipient.name)).toContain(
      'Hengli Petrochemical (Dalian) Co., Ltd.',
    );
    expect(mayors.coRecipients.map((c) => c.recipient.name)).not.toContain('Danai Pump Industry Co., Ltd.');
  });

  it('names the owners of certified trademarks (article 000)', async () => {
    const data = ok(
      await h.run<{ awardRecipients: Array<{ recipient: { name: string; owners: Array<{ name: string }> } }> }>(
        `{ awardRecipients(award: "Well-known provincial trademark certification") {
          recipient { name ... on Brand { owners { name } } } } }`,
      ),
    );
    const owners = Object.fromEntries(
      data.awardRecipients.map((g) => [g.recipient.name, g.recipient.owners.map((o) => o.name)]),
    );
    expect(owners).toEqual({
      Aiaimi: ['Jilin Aodong Pharmaceutical Group Co. Ltd.'],
      Huanyou: ['Dalian Huanyou Shield Pump Co. Ltd.'],
    });
    const national = ok(
      await h.run<{ awardRecipients: Array<{ recipient: { name: string } }> }>(
        '{ awardRecipients(award: "Well-known national trademark certification", status: AWARDED) { recipient { name } } }',
      ),
    );
    expect(national.awardRecipients.map((g) => g.recipient.name).sort()).toEqual([
      'Demai Shi CDMS',
      'Gegeda',
      'Haiyantang',
      'Hongjia',
    ]);
  });

  it('gives an enterprise its leaders and a person their roles (article 004)', async () => {
    const data = ok(
      await h.run<{
        lookup: Array<{ roles: Array<{ enterprise: { name: string }; role: string; evidence: Evidence[] }> }>;
      }>(
        '{ lookup(name: "Xu Weiming") { ... on Person { roles { enterprise { name } role evidence { document { id text } quote } } } } }',
      ),
    );
    const role = data.lookup[0]!.roles[0]!;
    expect(role.enterprise.name).toBe('Dalian COSCO Shipping Kawasaki Shipbuilding Engineering Co., Ltd.');
    expect(role.role).toMatch(/general manager/i);
    expectVerbatim(role.evidence);
  });
});

describe('lookup and search', () => {
  it('lookup resolves every surface form an article uses, whatever the case, spacing or punctuation', async () => {
    const ids = async (name: string, kind?: string) =>
      ok(
        await h.run<{ lookup: Array<{ id: string }> }>(
          'query L($n: String!, $k: EntityKind) { lookup(name: $n, kind: $k) { id } }',
          { n: name, k: kind ?? null },
        ),
      ).lookup.map((e) => e.id);
    expect(await ids('Dalian Institute of Chemical Physics of Chinese Academy of Sciences')).toEqual([
      'university:dalian-institute-of-chemical-physics',
    ]);
    expect(await ids('DALIAN   institute of chemical-physics')).toEqual([
      'university:dalian-institute-of-chemical-physics',
    ]);
    expect(await ids('Mayors Quality Award')).toEqual(['award:mayors-quality-award']);
    expect(await ids('Provincial-level R & D Center')).toEqual(['award:provincial-level-r-d-center']);
    expect(await ids('Liaobin Coastal Economic and Technological Development Zone of Panjin', 'ZONE')).toEqual([
      'zone:liaobin-coastal-economic-and-technological-development-zone',
    ]);
    expect(await ids('zone:lushunkou-district')).toEqual(['zone:lushunkou-district']);
    expect(await ids('Lushunkou District', 'UNIVERSITY')).toEqual([]);
    expect(await ids('no such thing anywhere')).toEqual([]);
    expect(await ids('   ')).toEqual([]);
  });

  it('search ranks real names first and returns scores, best first', async () => {
    const search = async (q: string, kinds?: string[]) =>
      ok(
        await h.run<{ search: Array<{ score: number; entity: { id: string } }> }>(
          'query S($q: String!, $k: [EntityKind!]) { search(query: $q, kinds: $k, first: 5) { score entity { id } } }',
          { q, k: kinds ?? null },
        ),
      ).search;
    const dicp = await search('Dalian Institute of Chemical Physics');
    expect(dicp[0]!.entity.id).toBe('university:dalian-institute-of-chemical-physics');
    for (let i = 1; i < dicp.length; i += 1) expect(dicp[i - 1]!.score).toBeGreaterThanOrEqual(dicp[i]!.score);
    expect((await search('Hengli Petrochemical'))[0]!.entity.id).toBe('enterprise:hengli-petrochemical-dalian');
    expect((await search('Tianjin'))[0]!.entity.id).toBe('university:tianjin-university');
    expect((await search('Lushunkou', ['ZONE']))[0]!.entity.id).toBe('zone:lushunkou-district');
    const zonesOnly = await search('Lushun', ['ZONE']);
    expect(zonesOnly.length).toBeGreaterThan(0);
    for (const hit of zonesOnly) expect(hit.entity.id).toMatch(/^zone:/);
  });

  it('search escapes every Lucene syntax: nothing fails and nothing widens the query', async () => {
    const inputs = [
      '"',
      '"Dalian',
      'Dalian AND',
      'AND',
      'OR NOT',
      '*',
      'Dal*',
      'Dalian~',
      'name:Dalian',
      '[a TO z]',
      '(Dalian',
      '{',
      '\\',
      'Dalian\\',
      '辽宁',
      '大连理工大学',
      '',
      '   ',
      '+-&&||!(){}[]^"~*?:\\/',
    ];
    const everything = ok(await h.run<{ entities: { totalCount: number } }>('{ entities { totalCount } }')).entities
      .totalCount;
    for (const q of inputs) {
      const result = await h.run<{ search: Array<{ entity: { id: string } }> }>(
        'query S($q: String!) { search(query: $q, first: 100) { entity { id } } }',
        { q },
      );
      expect(result.errors, q).toBeUndefined();
      expect(result.data!.search.length, q).toBeLessThan(everything);
    }
    // A wildcard or fuzzy marker is a plain separator: `*` alone finds nothing.
    expect(ok(await h.run<{ search: unknown[] }>('{ search(query: "*") { score } }')).search).toEqual([]);
    expect(ok(await h.run<{ search: unknown[] }>('{ search(query: "\\"") { score } }')).search).toEqual([]);
    // Quoting and operators do not change what plain words find.
    const plain = ok(
      await h.run<{ search: Array<{ entity: { id: string } }> }>(
        '{ search(query: "Tianjin University") { entity { id } } }',
      ),
    ).search;
    const noisy = ok(
      await h.run<{ search: Array<{ entity: { id: string } }> }>(
        '{ search(query: "\\"Tianjin\\" AND University~") { entity { id } } }',
      ),
    ).search;
    expect(noisy[0]!.entity.id).toBe(plain[0]!.entity.id);
  });
});

describe('shortestPath and neighborhood', () => {
  it('finds a shortest path with evidence on every relationship', async () => {
    const data = ok(
      await h.run<{
        shortestPath: {
          length: number;
          nodes: Array<{ id: string }>;
          relationships: Array<{ type: string; from: string; to: string; evidence: Evidence[] }>;
        };
      }>(
        `{ shortestPath(from: "Tianjin University", to: "Dalian Maritime University", maxHops: 4) {
          length nodes { id } relationships { type from to evidence { document { id text } quote } } } }`,
      ),
    );
    const path = data.shortestPath;
    // Tianjin ← Liaobin zone → (DUT or DICP) ← Lushunkou District → Dalian Maritime University
    expect(path.length).toBe(4);
    expect(path.nodes[0]!.id).toBe('university:tianjin-university');
    expect(path.nodes.at(-1)!.id).toBe('university:dalian-maritime-university');
    expect(path.nodes).toHaveLength(path.length + 1);
    expect(path.relationships).toHaveLength(path.length);
    path.relationships.forEach((r, i) => {
      expect([r.from, r.to].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
      expectVerbatim(r.evidence);
    });
  });

  it('respects maxHops and relationship types, and gives a zero-length path from an entity to itself', async () => {
    const tooShort = ok(
      await h.run<{ shortestPath: null }>(
        '{ shortestPath(from: "Tianjin University", to: "Dalian Maritime University", maxHops: 3) { length } }',
      ),
    );
    expect(tooShort.shortestPath).toBeNull();
    const onlyLocated = ok(
      await h.run<{ shortestPath: null }>(
        '{ shortestPath(from: "Tianjin University", to: "Dalian Maritime University", types: ["LOCATED_IN"]) { length } }',
      ),
    );
    expect(onlyLocated.shortestPath).toBeNull();
    const self = ok(
      await h.run<{ shortestPath: { length: number; nodes: Array<{ id: string }> } }>(
        '{ shortestPath(from: "place:dalian", to: "Dalian") { length nodes { id } } }',
      ),
    );
    expect(self.shortestPath).toEqual({ length: 0, nodes: [{ id: 'place:dalian' }] });
  });

  it('neighborhood bounds hops and size, lists the centre first and gives evidence', async () => {
    const data = ok(
      await h.run<{
        neighborhood: {
          truncated: boolean;
          nodes: Array<{ id: string }>;
          relationships: Array<{ type: string; from: string; to: string; evidence: Evidence[] }>;
        };
      }>(
        `{ neighborhood(id: "Lushun Development Zone", hops: 1, limit: 50) { truncated nodes { id }
          relationships { type from to evidence { document { id text } quote } } } }`,
      ),
    );
    const n = data.neighborhood;
    expect(n.nodes[0]!.id).toBe('zone:lushun-development-zone');
    expect(n.truncated).toBe(false);
    // Article 002: NACKS, CRRC Dalian R&D and Huarui Heavy Industry are in the Development Zone.
    expect(n.nodes.map((x) => x.id)).toEqual(
      expect.arrayContaining(['enterprise:nacks', 'enterprise:crrc-dalian-r-d', 'enterprise:huarui-heavy-industry']),
    );
    const ids = new Set(n.nodes.map((x) => x.id));
    for (const r of n.relationships) {
      expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
      expectVerbatim(r.evidence);
    }
    const small = ok(
      await h.run<{ neighborhood: { truncated: boolean; nodes: unknown[] } }>(
        '{ neighborhood(id: "zone:lushunkou-district", hops: 3, limit: 4) { truncated nodes { id } } }',
      ),
    );
    expect(small.neighborhood.nodes).toHaveLength(5);
    expect(small.neighborhood.truncated).toBe(true);
    const typed = ok(
      await h.run<{ neighborhood: { nodes: Array<{ id: string }>; relationships: Array<{ type: string }> } }>(
        '{ neighborhood(id: "zone:lushunkou-district", types: ["PARTNERS_WITH"]) { nodes { id } relationships { type } } }',
      ),
    );
    expect(typed.neighborhood.nodes.map((x) => x.id).sort()).toEqual([
      'university:dalian-institute-of-chemical-physics',
      'university:dalian-maritime-university',
      'university:dalian-university-of-technology',
      'zone:lushunkou-district',
    ]);
    expect(new Set(typed.neighborhood.relationships.map((r) => r.type))).toEqual(new Set(['PARTNERS_WITH']));
  });
});

describe('connections', () => {
  type Page = {
    enterprises: {
      totalCount: number;
      edges: Array<{ cursor: string; node: { id: string; name: string } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
  const PAGE = `query E($first: Int, $after: String, $order: EntityOrder) {
    enterprises(first: $first, after: $after, orderBy: $order) {
      totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;

  async function all(first: number, order: string): Promise<{ ids: string[]; pages: number; total: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total: number;
    for (;;) {
      const page: Page['enterprises'] = ok(await h.run<Page>(PAGE, { first, after, order })).enterprises;
      pages += 1;
      total = page.totalCount;
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ids, pages, total };
  }

  it('pages through every enterprise with no overlap and no gap, in each order', async () => {
    const count = ok(await h.run<{ entities: { totalCount: number } }>('{ entities(kind: ENTERPRISE) { totalCount } }'))
      .entities.totalCount;
    expect(count).toBeGreaterThanOrEqual(20);
    for (const order of ['NAME_ASC', 'NAME_DESC', 'ID_ASC']) {
      const { ids, pages, total } = await all(6, order);
      expect(total).toBe(count);
      expect(ids).toHaveLength(count);
      expect(new Set(ids).size).toBe(count);
      expect(pages).toBe(Math.ceil(count / 6));
    }
    const asc = (await all(100, 'NAME_ASC')).ids;
    expect((await all(7, 'NAME_DESC')).ids).toEqual([...asc].reverse());
  });

  it('keeps cursors valid across inserts (keyset, not offset) and puts the graph back', async () => {
    const first = ok(await h.run<Page>(PAGE, { first: 5 })).enterprises;
    const seen = first.edges.map((e) => e.node.id);
    const database = h.config.neo4j.database;
    // Insert enterprises that sort before and after the cursor, then read on.
    await h.driver.executeQuery(
      `UNWIND ['AAA Inserted Before', 'zzz Inserted After'] AS name
       CREATE (:Enterprise:Entity:ApiTestNode {id: 'enterprise:test-' + toLower(replace(name, ' ', '-')), name: name, aliases: [name]})`,
      {},
      { database },
    );
    try {
      const rest: string[] = [];
      let after = first.pageInfo.endCursor;
      for (;;) {
        const page = ok(await h.run<Page>(PAGE, { first: 5, after })).enterprises;
        rest.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(rest.filter((id) => seen.includes(id))).toEqual([]);
      expect(rest).toContain('enterprise:test-zzz-inserted-after');
      expect(rest).not.toContain('enterprise:test-aaa-inserted-before');
      expect(seen.length + rest.length).toBe(first.totalCount + 1);
    } finally {
      await h.driver.executeQuery('MATCH (n:ApiTestNode) DETACH DELETE n', {}, { database });
    }
  });

  it('offers zones, universities, brands, awards and entities with filters and counts', async () => {
    const data = ok(
      await h.run<Record<string, { totalCount: number; edges: Array<{ node: { id: string } }> }>>(`{
      zones(first: 100) { totalCount edges { node { id } } }
      universities(first: 100) { totalCount edges { node { id } } }
      brands(first: 100, filter: { nameContains: "made in" }) { totalCount edges { node { id } } }
      awards(first: 2, filter: { nameContains: "QUALITY award" }) { totalCount edges { node { id } } }
      entities(first: 100, kind: UNIVERSITY, filter: { mentionedIn: "${DOC.a003}" }) { totalCount edges { node { id } } }
    }`),
    );
    expect(data.zones!.edges.map((e) => e.node.id)).toContain('zone:lushunkou-district');
    expect(data.universities!.edges.map((e) => e.node.id)).toContain('university:tianjin-university');
    expect(data.brands!.edges.map((e) => e.node.id).sort()).toEqual(['brand:made-in-dalian', 'brand:made-in-lushun']);
    expect(data.awards!.totalCount).toBeGreaterThanOrEqual(3);
    expect(data.awards!.edges).toHaveLength(2);
    expect(data.entities!.edges.map((e) => e.node.id).sort()).toEqual([
      'university:dalian-institute-of-chemical-physics',
      'university:dalian-university-of-technology',
      'university:tianjin-university',
    ]);
    expect(data.entities!.totalCount).toBe(3);
  });
});

describe('entities, documents and indicators', () => {
  it('entity returns any kind by id, null for an unknown id', async () => {
    const data = ok(
      await h.run<{
        a: { kind: string; name: string; aliases: string[]; mentionedIn: Array<{ id: string }> };
        b: null;
        c: { founded: number };
      }>(`{
      a: entity(id: "zone:lushunkou-district") { kind name aliases mentionedIn { id } }
      b: entity(id: "zone:nowhere") { id }
      c: entity(id: "enterprise:danai-pump-industry") { ... on Enterprise { founded } }
    }`),
    );
    expect(data.a).toMatchObject({ kind: 'ZONE', name: 'Lushunkou District' });
    expect(data.a.aliases).toContain('Lushunkou District');
    expect(data.a.mentionedIn.map((d) => d.id)).toEqual(expect.arrayContaining([DOC.a000, DOC.a001]));
    expect(data.b).toBeNull();
    expect(data.c.founded).toBe(1953); // article 004: "the company was founded in 1953"
  });

  it('documents and document give the articles verbatim, and what they mention', async () => {
    const data = ok(
      await h.run<{
        documents: Array<{ id: string; kind: string }>;
        document: { title: string; date: string; text: string; mentions: Array<{ id: string }> };
      }>(`{
      documents { id kind }
      document(id: "${DOC.a004}") { title date text mentions(kind: ENTERPRISE) { id } }
    }`),
    );
    const articles = data.documents.filter((d) => d.kind === 'ARTICLE').map((d) => d.id);
    expect(articles).toEqual([DOC.a000, DOC.a001, DOC.a002, DOC.a003, DOC.a004]);
    expect(data.document.text).toBe(articleText(DOC.a004));
    expect(data.document.title).toBe('"Quality Award Cluster" of Dalian has Taken Initial Shape');
    expect(data.document.date).toBe('2022-08-04');
    expect(data.document.mentions.map((e) => e.id)).toEqual(
      expect.arrayContaining(['enterprise:hengli-petrochemical-dalian', 'enterprise:danai-pump-industry']),
    );
    const refs = ok(
      await h.run<{ documents: Array<{ kind: string }> }>('{ documents(kind: REFERENCE) { kind } }'),
    ).documents;
    expect(refs.length).toBeGreaterThan(0);
    expect(new Set(refs.map((d) => d.kind))).toEqual(new Set(['REFERENCE']));
  });

  it('indicators give the stated figures with their subject and verbatim evidence', async () => {
    const data = ok(
      await h.run<{
        indicators: Array<{
          name: string;
          value: number;
          year: number;
          change: string | null;
          subject: { id: string };
          evidence: Evidence[];
        }>;
      }>(
        `{ indicators(subject: "Lushun Development Zone", year: 2017) { name value year change subject { id } evidence { document { id text } quote } } }`,
      ),
    );
    // Article 002: "The annual fiscal revenue was RMB 1.21 billion, up 16.6%."
    const revenue = data.indicators.find((i) => /fiscal revenue/i.test(i.name))!;
    expect(revenue.subject.id).toBe('zone:lushun-development-zone');
    expect(revenue.change).toContain('16.6');
    expectVerbatim(revenue.evidence);
    for (const i of data.indicators) expect(i.year).toBe(2017);
    const zone = ok(
      await h.run<{ entity: { indicators: Array<{ name: string }> } }>(
        '{ entity(id: "zone:lushun-development-zone") { indicators { name } } }',
      ),
    );
    expect(zone.entity.indicators.map((i) => i.name)).toEqual(
      expect.arrayContaining(data.indicators.map((i) => i.name)),
    );
  });

  it('answers Organization, Project and Place fields and generic relationships', async () => {
    const data = ok(
      await h.run<{
        org: Array<{ members: Array<{ id: string }> }>;
        place: { parts: Array<{ id: string }> };
        rel: { relationships: Array<{ type: string; direction: string; other: { id: string }; evidence: Evidence[] }> };
      }>(`{
      org: lookup(name: "Provincial-level industry-university-research alliances") { ... on Organization { members { id } } }
      place: entity(id: "place:dalian") { ... on Place { parts { id } } }
      rel: entity(id: "enterprise:danai-pump-industry") { relationships(direction: OUTGOING, first: 100) { type direction other { id } evidence { document { id text } quote } } }
    }`),
    );
    // Article 003: Allychem and Dalian Sanhuan are members of the alliances.
    expect(data.org[0]!.members.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        'enterprise:allychem',
        'enterprise:dalian-sanhuan-composite-material-technology-development',
      ]),
    );
    expect(data.place.parts.length).toBeGreaterThan(0);
    const rels = data.rel.relationships;
    expect(rels.find((r) => r.type === 'RECEIVED' && r.other.id === 'award:mayors-quality-award')).toBeDefined();
    for (const r of rels) {
      expect(r.direction).toBe('OUTGOING');
      expectVerbatim(r.evidence);
    }
  });

  it('serviceInfo still reports the Neo4j behind the API', async () => {
    const data = ok(await h.run<{ serviceInfo: { neo4jVersion: string } }>('{ serviceInfo { neo4jVersion } }'));
    expect(data.serviceInfo.neo4jVersion).toMatch(/^5\./);
  });
});
