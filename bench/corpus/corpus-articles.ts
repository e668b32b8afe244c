// A generated news corpus with the hub shape of real news: a few cities, zones and awards
// are named by a large share of the articles (Zipf draws), while most enterprises and people
// appear once or twice. Each article is a `Draft` — the same structure `npm run draft`
// proposes — so its facts script is written by the project's own Cypher writer, in exactly
// the form `draft:accept` puts into cypher/. Every quote is a sentence of the article text.
//
// Article i depends only on the seed and the articles before it: the corpus of N articles
// is the first N articles of the corpus of N + 1, so "add one article" is reproducible.
import { createHash } from 'node:crypto';
import type { Draft, DraftEntity, DraftFact, DraftIndicator, EntityKind } from '../../src/draft/types.js';
import { slug } from '../../src/draft/names.js';
import { Random, ZipfSampler } from '../generator/random.js';
import * as words from '../generator/vocabulary.js';

/** The project's own reference note of the corpus: where the hubs lie, who confers the awards. */
export const REFERENCE_ID = 'reference_corpus_hubs';

interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
}

interface Hubs {
  china: Entity;
  province: Entity;
  cities: Entity[];
  zones: Array<Entity & { city: Entity }>;
  awards: Array<Entity & { conferrer: Entity }>;
  universities: Array<Entity & { city: Entity }>;
}

/** One generated document: its text and the draft of what it states. */
export interface CorpusArticle {
  draft: Draft;
}

const YEARS = { first: 2015, last: 2024 };

/** A sentence ending in a name that ends in "Ltd." takes no second full stop. */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

function entity(kind: EntityKind, name: string): Entity {
  return { id: `${kind.toLowerCase()}:${slug(name)}`, kind, name };
}

/** Makes coined pinyin names that are unique per kind (the validator refuses shared names). */
class Names {
  private readonly used = new Set<string>();
  constructor(private readonly random: Random) {}

  coined(): string {
    const a = this.random.pick(words.SYLLABLES);
    const b = this.random.pick(words.SYLLABLES).toLowerCase();
    return `${a}${b}`;
  }

  unique(kind: EntityKind, make: () => string): Entity {
    for (let attempt = 0; ; attempt++) {
      const name = attempt < 20 ? make() : `${make()} ${attempt}`;
      const e = entity(kind, name);
      if (!this.used.has(e.id)) {
        this.used.add(e.id);
        return e;
      }
    }
  }
}

function buildHubs(random: Random, names: Names): Hubs {
  const china = names.unique('PLACE', () => 'China');
  const province = names.unique('PLACE', () => words.PROVINCE);
  const cities = words.CITIES.map((c) => names.unique('PLACE', () => c));
  const zones = Array.from({ length: 12 }, () => {
    const city = random.pick(cities);
    const kind = random.pick(words.DEVELOPMENT_ZONE_KINDS);
    return { ...names.unique('ZONE', () => `${city.name} ${names.coined()} ${kind.suffix}`), city };
  });
  const awards = words.AWARD_KINDS.filter((k) => k.category === 'quality award')
    .flatMap((kind) => [0, 1, 2].map(() => kind))
    .map((kind) => {
      const city = random.pick(cities);
      const award = names.unique('AWARD', () => kind.name(city.name, names.coined()));
      return { ...award, conferrer: kind.level === 'provincial' ? province : city };
    });
  const universities = Array.from({ length: 10 }, () => {
    const city = random.pick(cities);
    return {
      ...names.unique('UNIVERSITY', () => `${city.name} University of ${random.pick(words.RESEARCH_FIELDS)}`),
      city,
    };
  });
  return { china, province, cities, zones, awards, universities };
}

/** Collects one document's entities, facts and figures, each quote a sentence of its text. */
class DraftBuilder {
  private readonly sentences: string[] = [];
  private readonly entities = new Map<string, DraftEntity>();
  private readonly facts: DraftFact[] = [];
  private readonly indicators: DraftIndicator[] = [];

  constructor(private readonly isKnown: (id: string) => boolean) {}

  say(sentence: string): string {
    this.sentences.push(sentence);
    return sentence;
  }

  mention(e: Entity, quote: string): void {
    if (this.entities.has(e.id)) return;
    this.entities.set(e.id, {
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: this.isKnown(e.id) ? [] : [e.name],
      existing: this.isKnown(e.id),
      confidence: 1,
      evidence: [quote],
      surfaceForms: [e.name],
      candidates: [],
    });
  }

  fact(from: Entity, type: string, to: Entity, quote: string, properties: DraftFact['properties'] = {}): void {
    this.mention(from, quote);
    this.mention(to, quote);
    // The generator states each fact itself: the rule name says so in the script's comment.
    this.facts.push({
      type,
      from: from.id,
      to: to.id,
      properties,
      confidence: 1,
      evidence: [quote],
      rule: 'generated',
    });
  }

  figure(
    subject: Entity,
    indicator: Omit<DraftIndicator, 'subject' | 'confidence' | 'evidence' | 'rule'>,
    quote: string,
  ): void {
    this.mention(subject, quote);
    this.indicators.push({ ...indicator, subject: subject.id, confidence: 1, evidence: [quote], rule: 'generated' });
  }

  /** The document text: title, blank line, paragraphs of up to three sentences. */
  text(title: string): string {
    const paragraphs: string[] = [];
    for (let i = 0; i < this.sentences.length; i += 3) paragraphs.push(this.sentences.slice(i, i + 3).join(' '));
    return `${title}\n\n${paragraphs.join('\n\n')}\n`;
  }

  draft(document: Omit<Draft['document'], 'text'>, text: string): Draft {
    return {
      document: { ...document, text },
      entities: [...this.entities.values()],
      facts: this.facts,
      indicators: this.indicators,
      review: [],
      validation: { valid: true, violations: [] },
    };
  }

  newEntityIds(): string[] {
    return [...this.entities.values()].filter((e) => !e.existing).map((e) => e.id);
  }
}

function docId(seed: string, index: number): string {
  const hash = createHash('sha256').update(`${seed}\0${index}`).digest('hex').slice(0, 16);
  return `${String(index).padStart(4, '0')}_${hash}`;
}

/**
 * The generator of one seed: `reference()` is the hubs' reference note, `next()` the next
 * article. Both return drafts; nothing here touches the file system.
 */
export class CorpusGenerator {
  private readonly random: Random;
  private readonly names: Names;
  private readonly hubs: Hubs;
  private readonly cityDraw: ZipfSampler;
  private readonly zoneDraw: ZipfSampler;
  private readonly awardDraw: ZipfSampler;
  private readonly universityDraw: ZipfSampler;
  /** Entities some earlier document introduced, so a later one MATCHes them instead. */
  private readonly known = new Set<string>();
  /** Enterprises introduced so far, the pool later articles name again. */
  private readonly enterprises: Entity[] = [];
  private index = 0;

  constructor(private readonly seed: string) {
    this.random = new Random(`corpus:${seed}`);
    this.names = new Names(this.random);
    this.hubs = buildHubs(this.random, this.names);
    this.cityDraw = new ZipfSampler(this.hubs.cities.length, 1.3, this.random);
    this.zoneDraw = new ZipfSampler(this.hubs.zones.length, 1.2, this.random);
    this.awardDraw = new ZipfSampler(this.hubs.awards.length, 1.1, this.random);
    this.universityDraw = new ZipfSampler(this.hubs.universities.length, 1.0, this.random);
  }

  /** The reference note: every hub with where it lies, or who confers it. */
  reference(): CorpusArticle {
    const { china, province, cities, zones, awards, universities } = this.hubs;
    const b = new DraftBuilder((id) => this.known.has(id));
    const s1 = b.say(`${province.name} is a province of ${china.name}.`);
    b.fact(province, 'PART_OF', china, s1);
    for (const city of cities) b.fact(city, 'PART_OF', province, b.say(`${city.name} is a city in ${province.name}.`));
    for (const z of zones) b.fact(z, 'LOCATED_IN', z.city, b.say(`${z.name} lies in ${z.city.name}.`));
    for (const u of universities) b.fact(u, 'LOCATED_IN', u.city, b.say(`${u.name} is in ${u.city.name}.`));
    for (const a of awards)
      b.fact(a, 'CONFERRED_BY', a.conferrer, b.say(`The ${a.name} is conferred by ${a.conferrer.name}.`));
    const title = 'Project reference note: the cities, zones, universities and awards of the generated corpus';
    const draft = b.draft(
      {
        id: REFERENCE_ID,
        title,
        date: null,
        dateDerivation: "none: the project's own reference note, not a dated publication",
        file: `${REFERENCE_ID}.txt`,
      },
      b.text(title),
    );
    for (const id of b.newEntityIds()) this.known.add(id);
    return { draft };
  }

  private pickEnterprise(): Entity | null {
    // Preferential attachment: a few enterprises come back article after article.
    if (this.enterprises.length === 0) return null;
    const rank = Math.min(this.enterprises.length - 1, this.random.paretoInt(1, 1.1, 10_000) - 1);
    return this.enterprises[rank] ?? null;
  }

  private newEnterprise(): Entity {
    const e = this.names.unique(
      'ENTERPRISE',
      () =>
        `${this.random.pick(words.CITIES)} ${this.names.coined()} ${this.random.pick(words.INDUSTRIES)} ${this.random.pick(words.COMPANY_SUFFIXES)}`,
    );
    this.enterprises.push(e);
    return e;
  }

  next(): CorpusArticle {
    const r = this.random;
    const id = docId(this.seed, this.index);
    this.index += 1;
    const { province, cities, zones, awards, universities } = this.hubs;
    const city = cities[this.cityDraw.sample(r)]!;
    const zone = zones[this.zoneDraw.sample(r)]!;
    const award = awards[this.awardDraw.sample(r)]!;
    const year = r.int(YEARS.first, YEARS.last);
    const b = new DraftBuilder((eid) => this.known.has(eid));

    b.fact(city, 'PART_OF', province, b.say(`${city.name} is a city of ${province.name}.`));
    b.fact(zone, 'LOCATED_IN', zone.city, b.say(`${zone.name} is located in ${zone.city.name}.`));
    b.say(r.pick(words.FILLER_SENTENCES));

    const named: Entity[] = [];
    for (let k = r.int(1, 3); k > 0; k--) named.push(this.newEnterprise());
    const again = r.chance(0.6) ? this.pickEnterprise() : null;
    if (again && !named.includes(again)) named.push(again);
    for (const e of named) {
      if (!this.known.has(e.id) && !b.newEntityIds().includes(e.id))
        b.fact(e, 'LOCATED_IN', zone, b.say(sentence(`${e.name} is based in ${zone.name}`)));
      // Fixed by enterprise, award and year, so two articles on the same award agree on it.
      const won = new Random(`${e.id}:${award.id}:${year}`).chance(0.7);
      b.fact(
        e,
        'RECEIVED',
        award,
        b.say(`In ${year}, ${e.name} ${won ? 'won' : 'was nominated for'} the ${award.name}.`),
        { year, status: won ? 'AWARDED' : 'NOMINATED' },
      );
    }
    const lead = named[0]!;
    if (r.chance(0.5)) {
      const u = universities[this.universityDraw.sample(r)]!;
      b.fact(lead, 'COOPERATES_WITH', u, b.say(sentence(`${lead.name} has established cooperation with ${u.name}`)));
    }
    if (r.chance(0.6)) {
      const person = this.names.unique('PERSON', () => `${r.pick(words.SURNAMES)} ${this.names.coined()}`);
      const role = r.pick(words.ROLES);
      b.fact(
        person,
        'LEADS',
        lead,
        b.say(sentence(`"Quality is the lifeline of the enterprise," said ${person.name}, ${role} of ${lead.name}`)),
        { role },
      );
    }
    b.say(r.pick(words.FILLER_SENTENCES));
    const kind = r.pick(words.INDICATOR_KINDS);
    // Figures are keyed by subject, measure and year, the value fixed by them: two articles
    // citing the same figure add their quotes to one Indicator.
    const figureRandom = new Random(`${this.seed}:${zone.id}:${kind.name}:${year}`);
    const value = Math.round((kind.min + figureRandom.next() * (kind.max - kind.min)) * 10) / 10;
    b.figure(
      zone,
      {
        id: `indicator:${zone.id.slice('zone:'.length)}:${slug(kind.name)}:${year}`,
        name: kind.name,
        value,
        unit: kind.unit,
        year,
        change: null,
      },
      b.say(`In ${year}, the ${kind.name} of ${zone.name} reached ${value} ${kind.unit}.`),
    );

    const title = r.pick(words.TITLE_TEMPLATES)(r.chance(0.5) ? zone.name : city.name);
    const month = String(r.int(1, 12)).padStart(2, '0');
    const day = String(r.int(1, 28)).padStart(2, '0');
    const draft = b.draft(
      {
        id,
        title,
        date: `${year}-${month}-${day}`,
        dateDerivation: `generated: the benchmark corpus (seed ${JSON.stringify(this.seed)}) dates article ${id} in ${year}`,
        file: `${id}.txt`,
      },
      b.text(title),
    );
    for (const eid of b.newEntityIds()) this.known.add(eid);
    return { draft };
  }
}
