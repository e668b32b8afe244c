// Review decisions applied to a draft (pure): merges, renames, rejections, edits and added
// items, checked through the drafter's own writer where the result is a script.
import { describe, expect, it } from 'vitest';
import { renderDraftCypher } from '../../src/draft/cypher-writer.js';
import type { GraphEntity } from '../../src/draft/graph-names.js';
import type { Draft } from '../../src/draft/types.js';
import {
  DecisionError,
  applyReview,
  parseDecision,
  type Decision,
  type ReviewFile,
} from '../../src/review/decisions.js';
import { serialized } from '../../src/review/review-store.js';
import { csrfProblem, type ReviewSession } from '../../src/review/session.js';
import type { IncomingMessage } from 'node:http';

const TEXT = "In 2024, Acme Valve Co., Ltd. won the Yingkou Mayor's Quality Award. Acme sold 10 sets in 2023.";

const graph: GraphEntity[] = [
  {
    id: 'award:mayors-quality-award',
    kind: 'AWARD',
    name: "Mayor's Quality Award",
    aliases: ["Mayor's Quality Award"],
    places: ['Dalian'],
  },
];

function draft(): Draft {
  return {
    document: {
      id: '005_0123456789abcdef',
      title: 'T',
      date: '2024',
      dateDerivation: 'given',
      file: 'a.txt',
      text: TEXT,
    },
    entities: [
      {
        id: 'enterprise:acme-valve',
        kind: 'ENTERPRISE',
        name: 'Acme Valve Co., Ltd.',
        aliases: ['Acme Valve Co., Ltd.'],
        existing: false,
        confidence: 0.9,
        evidence: ['Acme Valve Co., Ltd.'],
        surfaceForms: ['Acme Valve Co., Ltd.', 'Acme'],
        candidates: [],
      },
      {
        id: 'award:yingkou-mayors-quality-award',
        kind: 'AWARD',
        name: "Yingkou Mayor's Quality Award",
        aliases: ["Yingkou Mayor's Quality Award"],
        existing: false,
        confidence: 0.8,
        evidence: ["Yingkou Mayor's Quality Award"],
        surfaceForms: ["Yingkou Mayor's Quality Award"],
        candidates: [],
      },
    ],
    facts: [
      {
        type: 'RECEIVED',
        from: 'enterprise:acme-valve',
        to: 'award:yingkou-mayors-quality-award',
        properties: { year: 2024, status: 'AWARDED' },
        confidence: 0.85,
        evidence: ["2024, Acme Valve Co., Ltd. won the Yingkou Mayor's Quality Award"],
        rule: 'award-recipients',
      },
    ],
    indicators: [
      {
        id: 'indicator:acme-valve:sets:2023',
        subject: 'enterprise:acme-valve',
        name: 'sets',
        value: 10,
        unit: 'sets',
        year: 2023,
        change: null,
        rule: 'figure-count',
        confidence: 0.8,
        evidence: ['10 sets in 2023'],
      },
    ],
    review: [
      {
        about: 'award:yingkou-mayors-quality-award',
        reason:
          'Named like the existing award:mayors-quality-award ("Mayor\'s Quality Award", score 0.55, below the merge threshold): kept as a new entity.',
      },
    ],
    validation: { valid: true, violations: [] },
  };
}

function review(entries: Record<string, unknown>): ReviewFile {
  const d = draft();
  const decisions: ReviewFile['decisions'] = {};
  for (const [key, body] of Object.entries(entries)) {
    decisions[key] = { decision: parseDecision(key, body, d), by: 'test', at: '2026-01-01T00:00:00Z' };
  }
  return { docId: d.document.id, decisions };
}

describe('applyReview', () => {
  it('leaves a draft without decisions as it is', () => {
    expect(applyReview(draft(), review({}), graph)).toEqual(draft());
  });

  it('merges an entity into an existing one: facts point at it, its spelling becomes an alias in the script', () => {
    const sameAs = {
      action: 'same-as',
      sameAs: { id: 'award:mayors-quality-award', name: "Mayor's Quality Award", kind: 'AWARD' },
    };
    const out = applyReview(draft(), review({ 'entity:award:yingkou-mayors-quality-award': sameAs }), graph);
    expect(out.facts[0]?.to).toBe('award:mayors-quality-award');
    expect(out.entities.map((e) => e.id)).toEqual(['enterprise:acme-valve', 'award:mayors-quality-award']);
    const script = renderDraftCypher(out);
    expect(script).not.toContain('award:yingkou-mayors-quality-award');
    expect(script).toContain("MATCH (n:Entity {id: 'award:mayors-quality-award'})\nSET n.aliases = n.aliases +");
    expect(script).toContain("Yingkou Mayor\\'s Quality Award");
  });

  it('renames and re-kinds a new entity: a new id from the name, the old name kept as an alias', () => {
    const out = applyReview(
      draft(),
      review({ 'entity:enterprise:acme-valve': { action: 'new', name: 'Acme Valves Group', kind: 'ORGANIZATION' } }),
      graph,
    );
    const e = out.entities.find((x) => x.name === 'Acme Valves Group')!;
    expect(e.id).toBe('organization:acme-valves-group');
    expect(e.kind).toBe('ORGANIZATION');
    expect(e.aliases).toEqual(['Acme Valves Group', 'Acme Valve Co., Ltd.', 'Acme']);
    expect(out.facts[0]?.from).toBe('organization:acme-valves-group');
    expect(out.indicators[0]?.subject).toBe('organization:acme-valves-group');
  });

  it('rejects, edits and adds facts and figures; properties outside the type are dropped', () => {
    const sentence = 'Acme sold 10 sets in 2023.';
    const out = applyReview(
      draft(),
      review({
        'fact:0': { verdict: 'accept', year: '2023', status: 'NOMINATED', role: 'ignored for RECEIVED' },
        'figure:indicator:acme-valve:sets:2023': { verdict: 'reject' },
        'added-fact:a': {
          type: 'LOCATED_IN',
          from: 'enterprise:acme-valve',
          to: 'place:yingkou',
          quote: 'Acme Valve Co., Ltd.',
          graphEnds: [{ id: 'place:yingkou', name: 'Yingkou', kind: 'PLACE' }],
        },
        'added-figure:b': {
          name: 'valve sales',
          value: '10',
          unit: 'sets',
          year: '2023',
          subject: 'enterprise:acme-valve',
          quote: sentence,
        },
      }),
      graph,
    );
    expect(out.facts).toHaveLength(2);
    expect(out.facts[0]?.properties).toEqual({ year: 2023, status: 'NOMINATED' });
    expect(out.facts[1]).toMatchObject({
      type: 'LOCATED_IN',
      to: 'place:yingkou',
      properties: {},
      evidence: ['Acme Valve Co., Ltd.'],
      rule: 'reviewer',
    });
    // The graph end joins the draft as an existing entity, so the article MENTIONS it.
    expect(out.entities.find((e) => e.id === 'place:yingkou')?.existing).toBe(true);
    expect(out.indicators).toEqual([
      {
        id: 'indicator:acme-valve:valve-sales:2023',
        subject: 'enterprise:acme-valve',
        name: 'valve sales',
        value: 10,
        unit: 'sets',
        year: 2023,
        change: null,
        confidence: 1,
        evidence: [sentence],
        rule: 'reviewer',
      },
    ]);
    expect(renderDraftCypher(out)).toContain('MERGE (a)-[r:RECEIVED {year: 2023}]->(b)');
  });
});

describe('parseDecision', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['fact:7', { verdict: 'accept' }, /no item fact:7/],
    ['entity:nobody', { action: 'new' }, /no item entity:nobody/],
    ['fact:0', { verdict: 'maybe' }, /verdict/],
    ['fact:0', { verdict: 'accept', type: 'MATCH (n) DETACH DELETE n' }, /not a relationship type/],
    ['fact:0', { verdict: 'accept', status: 'WON' }, /AWARDED or NOMINATED/],
    ['entity:enterprise:acme-valve', { action: 'same-as' }, /sameAs must name an entity/],
    ['entity:enterprise:acme-valve', { action: 'new', kind: 'ROBOT' }, /kind must be one of/],
    ['added-fact:x', { type: 'LOCATED_IN', from: 'a', to: 'b', quote: 'Acme  sold' }, /character for character/],
    ['added-fact:../../etc', { type: 'LOCATED_IN', from: 'a', to: 'b', quote: 'Acme' }, /no item/],
    ['other:1', {}, /is not a review item/],
  ];
  it.each(cases)('refuses %s %j', (key, body, message) => {
    expect(() => parseDecision(key, body, draft())).toThrow(DecisionError);
    expect(() => parseDecision(key, body, draft())).toThrow(message);
  });

  it('keeps what it accepts', () => {
    const d: Decision = parseDecision('fact:0', { verdict: 'accept', via: 'A; B' }, draft());
    expect(d).toEqual({ item: 'fact', value: { verdict: 'accept', via: ['A', 'B'] } });
  });
});

describe('the write lock and the CSRF check', () => {
  it('runs jobs on one key one after another, in order, even when one fails', async () => {
    const order: string[] = [];
    const slow =
      (name: string, ms: number, fail = false) =>
      () =>
        new Promise<void>((resolve, reject) =>
          setTimeout(() => {
            order.push(name);
            if (fail) reject(new Error(name));
            else resolve();
          }, ms),
        );
    await Promise.allSettled([
      serialized('k', slow('a', 30)),
      serialized('k', slow('b', 1, true)),
      serialized('k', slow('c', 1)),
    ]);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  const session: ReviewSession = { id: 's', csrf: 'token', reviewer: 'r', created: '' };
  const request = (headers: Record<string, string>) =>
    ({ headers: { host: 'localhost:4000', ...headers } }) as unknown as IncomingMessage;
  it.each([
    [{ 'x-review-csrf': 'token', origin: 'http://localhost:4000', 'sec-fetch-site': 'same-origin' }, null],
    [{ 'x-review-csrf': 'token' }, null],
    [{ 'x-review-csrf': 'token', 'sec-fetch-site': 'cross-site' }, 'a cross-site request'],
    [{ 'x-review-csrf': 'token', 'sec-fetch-site': 'same-site' }, 'a same-site request'],
    [{ 'x-review-csrf': 'token', origin: 'http://localhost:4001' }, 'a request from http://localhost:4001'],
    [{ 'x-review-csrf': 'other' }, 'no valid CSRF token'],
    [{}, 'no valid CSRF token'],
  ])('%j → %s', (headers, problem) => {
    expect(csrfProblem(request(headers), session)).toBe(problem);
  });
});
