// Facts per sentence, for the relationship types of the model (SPEC §1). Each rule needs
// both ends named in the same clause and a cue word that states the relation; the quote is
// the shortest span from the first end to the last (cue included).
import { yearsIn } from './language.js';
import { quoteSpan } from './evidence.js';
import type { PersonHit } from './patterns.js';
import type { ResolvedEntity } from './resolve.js';
import type { DraftFact, EntityKind, Mention, Sentence } from './types.js';

interface Ctx {
  text: string;
  sentence: Sentence;
  mentions: Mention[];
  entities: Map<string, ResolvedEntity>;
  articleYear: number | null;
  /** The award named last before this sentence ("won the nomination award" refers back to it). */
  lastAward: Mention | null;
}

/**
 * The year a sentence speaks of when it names none itself: "In the same year" takes the
 * year of the last sentence that named one; otherwise the article's year.
 */
export function contextYears(sentences: Sentence[], articleYear: number | null): Map<number, number | null> {
  const out = new Map<number, number | null>();
  let last: number | null = null;
  for (const s of sentences) {
    const own = yearsIn(s.text)[0];
    if (own !== undefined) last = own;
    out.set(s.index, own ?? (/\b(the same year|that year)\b/i.test(s.text) && last !== null ? last : articleYear));
  }
  return out;
}

/** A clause: the sentence cut at semicolons (list items of different facts). */
function clauses(s: Sentence, text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = s.start;
  for (let i = s.start; i < s.end; i += 1) {
    if (text[i] === ';') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: s.end });
  return out;
}

const kindOf = (c: Ctx, m: Mention): EntityKind | undefined =>
  m.entityKey ? c.entities.get(m.entityKey)?.kind : undefined;

function cueAt(text: string, from: number, to: number, cue: RegExp): { start: number; end: number } | null {
  const span = text.slice(from, to);
  const m = new RegExp(cue.source, cue.flags.replace('g', '')).exec(span);
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
}

function quote(c: Ctx, ...points: Array<{ start: number; end: number } | null>): string {
  const ps = points.filter((p): p is { start: number; end: number } => p !== null);
  const start = Math.min(...ps.map((p) => p.start));
  const end = Math.max(...ps.map((p) => p.end));
  return quoteSpan(c.text, start, end, c.sentence.start, c.sentence.end);
}

function fact(
  type: string,
  a: Mention,
  b: Mention,
  properties: DraftFact['properties'],
  confidence: number,
  evidence: string,
): DraftFact | null {
  if (!a.entityKey || !b.entityKey || a.entityKey === b.entityKey) return null;
  return { type, from: a.entityKey, to: b.entityKey, properties, confidence, evidence: [evidence] };
}

const RECIPIENT_ORDER: EntityKind[] = ['ENTERPRISE', 'BRAND', 'UNIVERSITY', 'ZONE'];
const WON =
  /\b(won|win|wins|winning|winners?|received|receives|awarded|granted|conferred|honou?red|named|rated|recognized|recognised|selected|obtained|earned|title of|got|was listed|were listed|passed)\b/i;
const NOMINATED = /\bnominat(ed|ion|ions)\b/i;

function received(c: Ctx, clause: { start: number; end: number }, ms: Mention[]): DraftFact[] {
  let awards = ms.filter((m) => kindOf(c, m) === 'AWARD');
  const clauseText0 = c.text.slice(clause.start, clause.end);
  if (awards.length === 0 && c.lastAward && /\b(nomination award|the award|this award)\b/i.test(clauseText0))
    awards = [c.lastAward];
  if (awards.length === 0) return [];
  const cue = cueAt(c.text, clause.start, clause.end, WON);
  if (!cue) return [];
  const kind = RECIPIENT_ORDER.find((k) => ms.some((m) => kindOf(c, m) === k));
  if (!kind) return [];
  const recipients = ms.filter((m) => kindOf(c, m) === kind);
  const clauseText = c.text.slice(clause.start, clause.end);
  const years = yearsIn(clauseText);
  const out: DraftFact[] = [];
  for (const award of awards) {
    const status = NOMINATED.test(clauseText) ? 'NOMINATED' : 'AWARDED';
    const nom = status === 'NOMINATED' ? cueAt(c.text, clause.start, clause.end, NOMINATED) : null;
    const yearMatch = years.length > 0 ? cueAt(c.text, clause.start, clause.end, /\b(19[5-9]\d|20\d\d)\b/) : null;
    const year = years[0] ?? c.articleYear;
    const inferredAward = !ms.includes(award);
    for (const r of recipients) {
      const f = fact(
        'RECEIVED',
        r,
        award,
        { year, status },
        recipients.length > 4 ? 0.75 : 0.85,
        inferredAward ? quote(c, r, cue, nom, yearMatch) : quote(c, r, award, cue, nom, yearMatch),
      );
      if (f) out.push(f);
    }
  }
  return out;
}

/** A relation between two kinds when a cue stands between (or around) them. */
function pairRule(
  c: Ctx,
  ms: Mention[],
  clause: { start: number; end: number },
  type: string,
  fromKinds: EntityKind[],
  toKinds: EntityKind[],
  cue: RegExp,
  confidence: number,
  options: {
    adjacent?: boolean;
    /** The subject (from) is named before the object (to). */
    ordered?: boolean;
    /** The whole text between the two names must match this (e.g. "Zone of Panjin"). */
    between?: RegExp;
    /** Most words between the two names (with `adjacent`). */
    maxWords?: number;
    properties?: (cueText: string) => DraftFact['properties'];
  } = {},
): DraftFact[] {
  const out: DraftFact[] = [];
  for (const a of ms.filter((m) => fromKinds.includes(kindOf(c, m) as EntityKind))) {
    for (const b of ms.filter((m) => toKinds.includes(kindOf(c, m) as EntityKind))) {
      if (a === b) continue;
      if (options.ordered && b.start < a.start) continue;
      const lo = Math.min(a.end, b.end);
      const hi = Math.max(a.start, b.start);
      if (options.between && !options.between.test(c.text.slice(lo, hi))) continue;
      let found = lo <= hi ? cueAt(c.text, lo, hi, cue) : null;
      if (!found && !options.adjacent) found = cueAt(c.text, clause.start, clause.end, cue);
      if (!found) continue;
      if (options.adjacent && c.text.slice(lo, hi).split(/\s+/).length > (options.maxWords ?? 10)) continue;
      const f = fact(
        type,
        a,
        b,
        options.properties?.(c.text.slice(found.start, found.end)) ?? {},
        confidence,
        quote(c, a, b, found),
      );
      if (f) out.push(f);
    }
  }
  return out;
}

const EXPLICIT_LOCATION =
  /\b(located in|based in|settled in|situated in|headquartered in|moved into|landed in|set up in)\b/i;
/** "… Zone of Panjin", "… Park, part of … Zone", "… is part of …": nothing else between the two names. */
const PART_OF_BETWEEN =
  /^\s*(?:,\s*)?(?:(?:is|was|which is)\s+)?(?:a\s+)?(?:part of|under the jurisdiction of|administered by|within|of|in)\s+(?:the\s+)?$/i;
const HOLD = /\b(hold|holds|held|host|hosts|hosted|organi[sz]ed)\b/i;
const COOPERATION =
  /\b(cooperat\w*|partner\w*|signed|agreement|jointly|joint|together with|teamed up|collaborat\w*|alliance with)\b/i;

function via(c: Ctx, clause: { start: number; end: number }): string[] {
  const t = c.text.slice(clause.start, clause.end);
  const quoted = [...t.matchAll(/[“"]([^”"]{3,90})[”"]/g)].map((m) => m[1] ?? '').filter(Boolean);
  if (quoted.length > 0) return quoted;
  const through = /\b(?:through|via|under)\s+(?:the|a|an)\s+([^,.;]{3,80}?)(?=[,.;]|$)/.exec(t);
  if (through?.[1]) return [through[1]];
  const agreement = /\b(?:signed|signing)\s+(?:a|an|the)\s+([^,.;]{3,60}?agreement)\b/i.exec(t);
  if (agreement?.[1]) return [agreement[1]];
  return ['cooperation'];
}

export interface FactContext {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Map<string, ResolvedEntity>;
  people: PersonHit[];
  articleYear: number | null;
}

export function extractFacts(x: FactContext): DraftFact[] {
  const facts: DraftFact[] = [];
  const years = contextYears(x.sentences, x.articleYear);
  let lastAward: Mention | null = null;
  for (const sentence of x.sentences) {
    const inSentence = x.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.entityKey);
    const c: Ctx = {
      text: x.text,
      sentence,
      mentions: inSentence,
      entities: x.entities,
      articleYear: years.get(sentence.index) ?? x.articleYear,
      lastAward,
    };
    lastAward = [...inSentence].reverse().find((m) => kindOf(c, m) === 'AWARD') ?? lastAward;
    for (const clause of clauses(sentence, x.text)) {
      const ms = inSentence.filter((m) => m.start >= clause.start && m.end <= clause.end);
      if (ms.length < 2) continue;
      facts.push(...received(c, clause, ms));
      facts.push(
        ...pairRule(c, ms, clause, 'LOCATED_IN', ['ENTERPRISE', 'CLUSTER'], ['ZONE'], EXPLICIT_LOCATION, 0.85, {
          adjacent: true,
          ordered: true,
          maxWords: 20,
        }),
        ...pairRule(c, ms, clause, 'LOCATED_IN', ['ENTERPRISE', 'CLUSTER'], ['ZONE'], /\b(in)\b/i, 0.75, {
          adjacent: true,
          ordered: true,
          maxWords: 6,
        }),
        ...pairRule(c, ms, clause, 'PART_OF', ['ZONE'], ['ZONE', 'PLACE'], /\b(part of|within|of|in|under)\b/i, 0.8, {
          ordered: true,
          between: PART_OF_BETWEEN,
        }),
        ...pairRule(c, ms, clause, 'HOLDS', ['ZONE', 'ORGANIZATION', 'PLACE'], ['PROJECT'], HOLD, 0.75, {
          adjacent: true,
          ordered: true,
        }),
        // A company named before the zone is the one that cooperates ("X Co., Ltd., located in the zone, signed …").
        ...pairRule(c, ms, clause, 'PARTNERS_WITH', ['ZONE'], ['UNIVERSITY'], COOPERATION, 0.8, {
          properties: () => ({ via: via(c, clause) }),
        }).filter((f) => {
          const zone = ms.find((m) => m.entityKey === f.from);
          return !ms.some((m) => kindOf(c, m) === 'ENTERPRISE' && zone && m.start < zone.start);
        }),
        ...pairRule(c, ms, clause, 'COOPERATES_WITH', ['ENTERPRISE'], ['UNIVERSITY'], COOPERATION, 0.8),
        ...pairRule(
          c,
          ms,
          clause,
          'MEMBER_OF',
          ['ENTERPRISE'],
          ['CLUSTER', 'ORGANIZATION'],
          /\b(members? of|joined|belongs? to|includ\w+|such as)\b/i,
          0.75,
        ),
        ...pairRule(c, ms, clause, 'OWNS', ['ENTERPRISE'], ['BRAND'], /\b(brand|trademark|owns|owned)\b/i, 0.75),
        ...pairRule(
          c,
          ms,
          clause,
          'PROMOTES',
          ['ZONE', 'PLACE'],
          ['BRAND'],
          /\b(promot\w+|regional brand|city brand|launched|built|building|create\w*)\b/i,
          0.7,
        ),
        ...pairRule(
          c,
          ms,
          clause,
          'CONFERRED_BY',
          ['AWARD'],
          ['ORGANIZATION', 'PLACE'],
          /\b(conferred by|awarded by|granted by|issued by|presented by|given by|selected by|recognized by|recognised by|set up by|established by|certified by)\b/i,
          0.8,
          { adjacent: true },
        ),
      );
      // "O conferred / granted the award": the giver stands before.
      facts.push(
        ...pairRule(
          c,
          ms,
          clause,
          'CONFERRED_BY',
          ['AWARD'],
          ['ORGANIZATION'],
          /\b(conferred|granted|issued|presented|awarded)\b/i,
          0.7,
          { adjacent: true },
        ).filter((f) => {
          const a = ms.find((m) => m.entityKey === f.from);
          const b = ms.find((m) => m.entityKey === f.to);
          return a && b && b.start < a.start;
        }),
      );
    }
  }
  facts.push(...established(x));
  // People named with a role: "Li Ming, general manager of Huaxin Co., Ltd." / "… of the company".
  for (const p of x.people) {
    const person = x.mentions.find((m) => m.start === p.start && m.entityKey);
    const org = p.ofStart === null ? undefined : x.mentions.find((m) => m.start === p.ofStart && m.entityKey);
    if (!person || !org) continue;
    const e = x.entities.get(org.entityKey ?? '');
    if (!e || e.kind !== 'ENTERPRISE') continue;
    const sentence = x.sentences.find((s) => s.start <= p.start && p.end <= s.end);
    if (!sentence) continue;
    const q = quoteSpan(x.text, p.start, org.end, sentence.start, sentence.end);
    const f = fact('LEADS', person, org, { role: p.role }, 0.9, q);
    if (f) facts.push(f);
  }
  return mergeFacts(facts);
}

/** "The alliance was initiated by O", "X, founded by O", "O has set up the alliance". */
function established(x: FactContext): DraftFact[] {
  const out: DraftFact[] = [];
  const founders: EntityKind[] = ['ORGANIZATION', 'ZONE', 'UNIVERSITY', 'PLACE'];
  const founded: EntityKind[] = ['ORGANIZATION', 'ENTERPRISE'];
  const kind = (m: Mention) => x.entities.get(m.entityKey ?? '')?.kind as EntityKind;
  for (const s of x.sentences) {
    const ms = x.mentions.filter((m) => m.start >= s.start && m.end <= s.end && m.entityKey);
    for (const a of ms) {
      for (const b of ms) {
        if (a === b || b.start < a.end) continue;
        const between = x.text.slice(a.end, b.start);
        const passive =
          /^[^.;]{0,40}?\b(?:initiated|established|founded|set up|launched)\s+(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?$/i.test(
            between,
          );
        const active =
          /^\s+(?:has\s+|have\s+|jointly\s+)?(?:established|set up|founded|initiated|launched)\s+(?:the\s+|a\s+|an\s+)?$/i.test(
            between,
          );
        let from: Mention | null = null;
        let to: Mention | null = null;
        if (passive && founded.includes(kind(a)) && founders.includes(kind(b))) [from, to] = [b, a];
        else if (active && founders.includes(kind(a)) && founded.includes(kind(b))) [from, to] = [a, b];
        if (!from || !to) continue;
        const f = fact('ESTABLISHED', from, to, {}, 0.75, quoteSpan(x.text, a.start, b.end, s.start, s.end));
        if (f) out.push(f);
      }
    }
  }
  return out;
}

/** One fact per (type, ends, key properties); quotes of repeats are added to it. */
function mergeFacts(facts: DraftFact[]): DraftFact[] {
  const byKey = new Map<string, DraftFact>();
  for (const f of facts) {
    const key = `${f.type}|${f.from}|${f.to}|${f.type === 'RECEIVED' ? String(f.properties.year) : ''}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...f, evidence: [...f.evidence] });
      continue;
    }
    for (const q of f.evidence) if (!prev.evidence.includes(q)) prev.evidence.push(q);
    prev.confidence = Math.max(prev.confidence, f.confidence);
    if (f.type === 'RECEIVED' && f.properties.status === 'AWARDED') prev.properties.status = 'AWARDED';
    if (f.type === 'PARTNERS_WITH') {
      const v = new Set([...((prev.properties.via as string[]) ?? []), ...((f.properties.via as string[]) ?? [])]);
      if (v.size > 1) v.delete('cooperation');
      prev.properties.via = [...v];
    }
  }
  // A zone is never both inside another and its container.
  return [...byKey.values()];
}
