// Builds a synthetic Liaoning industry graph in memory: the real model (labels,
// properties, relationship types, provenance), realistic proportions per scale unit and
// heavy-tailed degrees. Every fact cites one or two synthetic documents, and each quote
// it carries is a sentence written into those documents' text, so the provenance rules
// of the real graph hold here too.
import type { DomainLabel } from '../../src/model/graph-model.js';
import { Random, ZipfSampler } from './random.js';
import * as words from './vocabulary.js';

/** Per scale unit (scale 1); the shape, plus the kinds it leaves to us. */
export const PER_SCALE_UNIT = {
  Enterprise: 1000,
  Zone: 50,
  University: 20,
  Brand: 300,
  Award: 30,
  Document: 200,
  Cluster: 20,
  Person: 300,
  Organization: 10,
  Project: 30,
  Indicator: 200,
} as const;

/** Smallest counts that still give a zone hierarchy and every relationship type (tiny test scales). */
const MINIMUM: Record<keyof typeof PER_SCALE_UNIT, number> = {
  Enterprise: 10,
  Zone: 6,
  University: 2,
  Brand: 3,
  Award: 2,
  Document: 3,
  Cluster: 2,
  Person: 3,
  Organization: 2,
  Project: 1,
  Indicator: 2,
};

export type Properties = Record<string, string | number | boolean | string[]>;

export interface SyntheticNode {
  id: string;
  props: Properties;
}

export interface SyntheticRelationship {
  from: string;
  to: string;
  props: Properties;
}

export interface RelationshipGroup {
  type: string;
  fromLabel: string;
  toLabel: string;
  rows: SyntheticRelationship[];
}

export interface SyntheticGraph {
  seed: string;
  scale: number;
  idTag?: string;
  /** Label → nodes; every label except Document and Indicator is also an Entity. */
  nodes: Map<string, SyntheticNode[]>;
  relationships: RelationshipGroup[];
}

interface Entity {
  id: string;
  label: string;
  name: string;
}

function countFor(kind: keyof typeof PER_SCALE_UNIT, scale: number): number {
  return Math.max(MINIMUM[kind], Math.round(PER_SCALE_UNIT[kind] * scale));
}

function slugNumber(n: number): string {
  return String(n).padStart(6, '0');
}

export interface GenerateOptions {
  scale: number;
  seed: string;
  /** Put into every id (`enterprise:synthetic-<tag>-000001`), so two data sets can share a database. */
  idTag?: string;
}

export function generateSyntheticGraph(options: GenerateOptions): SyntheticGraph {
  const { scale, seed } = options;
  const tag = options.idTag ? `${options.idTag}-` : '';
  const idOf = (kind: string, n: number): string => `${kind.toLowerCase()}:synthetic-${tag}${slugNumber(n)}`;
  if (!(scale > 0)) throw new Error(`scale must be a positive number, got ${scale}`);
  const random = new Random(`${seed}/scale=${scale}`);
  const nodes = new Map<string, SyntheticNode[]>();
  const groups = new Map<string, RelationshipGroup>();
  const usedNames = new Set<string>();

  const coined = (): string => {
    const first = random.pick(words.SYLLABLES);
    let second = random.pick(words.SYLLABLES);
    while (second === first) second = random.pick(words.SYLLABLES);
    return first + second.toLowerCase();
  };
  /** Names are unique per kind, like the real graph's canonical names; retry on a clash. */
  const uniqueName = (kind: string, make: () => string): string => {
    for (let attempt = 0; ; attempt++) {
      const candidate = attempt < 20 ? make() : `${make()} ${attempt}`;
      const key = `${kind}|${candidate}`;
      if (!usedNames.has(key)) {
        usedNames.add(key);
        return candidate;
      }
    }
  };
  const addNode = (label: string, id: string, props: Properties): void => {
    let list = nodes.get(label);
    if (!list) nodes.set(label, (list = []));
    list.push({ id, props: { id, ...props } });
  };
  const addEntity = (
    label: DomainLabel,
    n: number,
    name: string,
    aliases: string[],
    props: Properties = {},
  ): Entity => {
    const id = idOf(label, n);
    addNode(label, id, { name, aliases: [...new Set([name, ...aliases])], ...props });
    return { id, label, name };
  };

  // ---------------------------------------------------------------- documents (text filled in last)
  const documentCount = countFor('Document', scale);
  const documentSentences: string[][] = Array.from({ length: documentCount }, () => []);
  const documentMentions: Set<string>[] = Array.from({ length: documentCount }, () => new Set());
  const documentSubjects: string[] = Array.from({ length: documentCount }, () => random.pick(words.CITIES));
  const documentId = (i: number) => `document:synthetic-${tag}${slugNumber(i)}`;

  /**
   * Writes `sentence` into one document (four in five facts) or two, records that those
   * documents mention `entities`, and returns the fact's provenance as parallel lists.
   */
  const cite = (sentence: string, entities: Entity[]): { sources: string[]; evidence: string[] } => {
    const first = random.int(0, documentCount - 1);
    const picks = [first];
    if (documentCount > 1 && random.chance(0.2)) {
      let second = random.int(0, documentCount - 1);
      while (second === first) second = random.int(0, documentCount - 1);
      picks.push(second);
    }
    for (const d of picks) {
      (documentSentences[d] as string[]).push(sentence);
      for (const e of entities) (documentMentions[d] as Set<string>).add(`${e.label}|${e.id}`);
    }
    return { sources: picks.map(documentId), evidence: picks.map(() => sentence) };
  };

  const relate = (type: string, from: Entity, to: Entity, sentence: string, props: Properties = {}): void => {
    const key = `${type}|${from.label}|${to.label}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { type, fromLabel: from.label, toLabel: to.label, rows: [] }));
    const { sources, evidence } = cite(sentence, [from, to]);
    group.rows.push({ from: from.id, to: to.id, props: { ...props, sources, evidence } });
  };

  // ---------------------------------------------------------------- places: the province and its cities
  const province = addEntity('Place', 0, words.PROVINCE, ['Liaoning']);
  const cities = words.CITIES.map((city, i) => addEntity('Place', i + 1, `${city} City`, [city]));
  const cityOf = new Map<string, string>(); // entity id → city name, for place-flavoured names
  for (const city of cities) {
    relate('PART_OF', city, province, `${city.name} is a prefecture-level city of ${province.name}.`);
  }
  // PART_OF is Zone→(Zone|Place) in the model; the city→province link above is background a
  // reference document would state. Keep it: it is how Browser users walk up the hierarchy.

  // ---------------------------------------------------------------- zones: districts ⊃ development zones ⊃ parks
  const zoneCount = countFor('Zone', scale);
  const districtCount = Math.max(1, Math.round(zoneCount * 0.1));
  const devZoneCount = Math.max(1, Math.round(zoneCount * 0.3));
  const zones: Entity[] = [];
  for (let i = 0; i < zoneCount; i++) {
    const cityIndex = random.int(0, cities.length - 1);
    const city = words.CITIES[cityIndex] as string;
    let zone: Entity;
    let parent: Entity;
    if (i < districtCount) {
      const name = uniqueName('Zone', () => `${city} ${coined()} District`);
      zone = addEntity('Zone', i, name, [name.replace(`${city} `, '')], { zoneType: 'district', level: 'district' });
      parent = cities[cityIndex] as Entity;
    } else if (i < districtCount + devZoneCount) {
      const kind = random.pick(words.DEVELOPMENT_ZONE_KINDS);
      const word = coined();
      const name = uniqueName('Zone', () => `${city} ${word} ${kind.suffix}`);
      zone = addEntity('Zone', i, name, [`${word} ${kind.suffix}`, 'the Development Zone'], {
        zoneType: kind.zoneType,
        level: random.pick(['national', 'provincial', 'provincial', 'municipal']),
      });
      parent = zones[random.int(0, districtCount - 1)] as Entity;
    } else {
      const kind = random.pick(words.PARK_KINDS);
      const name = uniqueName('Zone', () => `${coined()} ${random.pick(words.INDUSTRIES)} ${kind.suffix}`);
      zone = addEntity('Zone', i, name, [], { zoneType: kind.zoneType, level: random.pick(words.ZONE_LEVELS) });
      parent = zones[random.int(districtCount, districtCount + devZoneCount - 1)] as Entity;
    }
    cityOf.set(zone.id, city);
    zones.push(zone);
    relate('PART_OF', zone, parent, `${zone.name} is part of ${parent.name}.`);
  }

  // ---------------------------------------------------------------- universities, enterprises, brands, awards …
  const universities = Array.from({ length: countFor('University', scale) }, (_, i) => {
    const city = random.pick(words.CITIES);
    const field = random.pick(words.RESEARCH_FIELDS);
    const institute = random.chance(0.35);
    const word = coined();
    const name = uniqueName('University', () =>
      institute
        ? `${city} ${word} Institute of ${field} of Chinese Academy of Sciences`
        : `${city} ${word} University of ${field}`,
    );
    const short = institute ? `${city} ${word} Institute of ${field}` : `${word} University`;
    return addEntity('University', i, name, [short], {
      institutionType: institute ? 'research institute' : 'university',
    });
  });

  const enterprises = Array.from({ length: countFor('Enterprise', scale) }, (_, i) => {
    const city = random.pick(words.CITIES);
    const word = coined();
    const industry = random.pick(words.INDUSTRIES);
    const name = uniqueName('Enterprise', () => `${city} ${word} ${industry} ${random.pick(words.COMPANY_SUFFIXES)}`);
    const e = addEntity('Enterprise', i, name, [`${word} ${industry}`, `${city} ${word}`], {
      founded: random.int(1949, 2023),
    });
    cityOf.set(e.id, city);
    return e;
  });

  const brands = Array.from({ length: countFor('Brand', scale) }, (_, i) => {
    const brandType = random.pick(words.BRAND_TYPES);
    const word = coined();
    const name = uniqueName('Brand', () =>
      brandType === 'regional brand'
        ? `Made in ${word}`
        : brandType === 'geographical indication'
          ? `${word} Prawn Crackers`
          : word,
    );
    return addEntity('Brand', i, name, [`“${name}”`], { brandType });
  });

  const awards = Array.from({ length: countFor('Award', scale) }, (_, i) => {
    const kind = random.pick(words.AWARD_KINDS);
    const name = uniqueName('Award', () => kind.name(random.pick(words.CITIES), coined()));
    return addEntity('Award', i, name, [`the ${name}`], { level: kind.level, category: kind.category });
  });

  const clusters = Array.from({ length: countFor('Cluster', scale) }, (_, i) => {
    const name = uniqueName(
      'Cluster',
      () => `${random.pick(words.CITIES)} ${coined()} ${random.pick(words.INDUSTRIES)} Industrial Cluster`,
    );
    return addEntity('Cluster', i, name, [name.replace(' Industrial Cluster', ' cluster')]);
  });

  const organizations = Array.from({ length: countFor('Organization', scale) }, (_, i) => {
    const name = uniqueName('Organization', () =>
      random.pick(words.ORGANIZATION_KINDS)(random.pick(words.CITIES), coined()),
    );
    return addEntity('Organization', i, name, []);
  });

  const persons = Array.from({ length: countFor('Person', scale) }, (_, i) => {
    const name = `${random.pick(words.SURNAMES)} ${coined()}`;
    return addEntity('Person', i, name, []);
  });

  const projects = Array.from({ length: countFor('Project', scale) }, (_, i) => {
    const name = uniqueName('Project', () => `${coined()} ${random.pick(words.PROJECT_KINDS)}`);
    return addEntity('Project', i, name, []);
  });

  // ---------------------------------------------------------------- facts, with heavy-tailed popularity
  const popularZone = new ZipfSampler(zones.length, 1.0, random);
  const popularUniversity = new ZipfSampler(universities.length, 1.0, random);
  const popularAward = new ZipfSampler(awards.length, 1.1, random);
  const popularCluster = new ZipfSampler(clusters.length, 0.8, random);
  const distinct = (count: number, draw: () => number): number[] => {
    const seen = new Set<number>();
    for (let tries = 0; seen.size < count && tries < count * 5; tries++) seen.add(draw());
    return [...seen];
  };

  for (const enterprise of enterprises) {
    for (const z of distinct(random.chance(0.1) ? 2 : 1, () => popularZone.sample(random))) {
      const zone = zones[z] as Entity;
      relate(
        'LOCATED_IN',
        enterprise,
        zone,
        random.chance(0.5)
          ? `${enterprise.name} has settled in ${zone.name}.`
          : `${enterprise.name}, an enterprise of ${zone.name}, expanded its production lines in ${random.int(2012, 2024)}.`,
      );
    }
    if (random.chance(0.5)) {
      for (const u of distinct(random.paretoInt(1, 1.6, 6), () => popularUniversity.sample(random))) {
        const university = universities[u] as Entity;
        relate(
          'COOPERATES_WITH',
          enterprise,
          university,
          `${enterprise.name} has established a cooperation relationship with ${university.name}.`,
        );
      }
    }
    if (random.chance(0.55)) {
      for (const a of distinct(random.paretoInt(1, 1.5, 8), () => popularAward.sample(random))) {
        const award = awards[a] as Entity;
        const year = random.int(2011, 2024);
        const awarded = random.chance(0.85);
        relate(
          'RECEIVED',
          enterprise,
          award,
          awarded
            ? `${enterprise.name} won the ${award.name} in ${year}.`
            : `${enterprise.name} received the nomination of the ${award.name} in ${year}.`,
          { year, status: awarded ? 'AWARDED' : 'NOMINATED' },
        );
      }
    }
    if (random.chance(0.5)) {
      const cluster = clusters[popularCluster.sample(random)] as Entity;
      relate('MEMBER_OF', enterprise, cluster, `${enterprise.name} is one of the members of the ${cluster.name}.`);
    }
    if (random.chance(0.2)) {
      const organization = random.pick(organizations);
      relate(
        'MEMBER_OF',
        enterprise,
        organization,
        `${enterprise.name} has been recognized as a member of the ${organization.name}.`,
      );
    }
  }

  for (const zone of zones) {
    for (const u of distinct(random.paretoInt(1, 1.2, 40) - 1, () => popularUniversity.sample(random))) {
      const university = universities[u] as Entity;
      const programme = random.pick(words.PROGRAMMES);
      relate(
        'PARTNERS_WITH',
        zone,
        university,
        `Through the “${programme}”, ${zone.name} has organized local enterprises to collaborate with ${university.name}.`,
        { via: [programme] },
      );
    }
    if (random.chance(0.15)) {
      const award = awards[popularAward.sample(random)] as Entity;
      const year = random.int(2011, 2024);
      relate('RECEIVED', zone, award, `${zone.name} was granted the ${award.name} in ${year}.`, {
        year,
        status: 'AWARDED',
      });
    }
  }

  for (const brand of brands) {
    const owner = random.pick(enterprises);
    relate(
      'OWNS',
      owner,
      brand,
      `The trademark “${brand.name}” of ${owner.name} has obtained the trademark certification.`,
    );
    if (random.chance(0.15)) {
      const zone = zones[popularZone.sample(random)] as Entity;
      relate('PROMOTES', zone, brand, `${zone.name} formed the brand effect of “${brand.name}”.`);
    }
    if (random.chance(0.3)) {
      const award = awards[popularAward.sample(random)] as Entity;
      const year = random.int(2011, 2024);
      relate('RECEIVED', brand, award, `The brand “${brand.name}” obtained the ${award.name} in ${year}.`, {
        year,
        status: 'AWARDED',
      });
    }
  }

  for (const cluster of clusters) {
    for (const z of distinct(random.int(1, 2), () => popularZone.sample(random))) {
      const zone = zones[z] as Entity;
      relate('LOCATED_IN', cluster, zone, `The ${cluster.name} has taken shape in ${zone.name}.`);
    }
  }

  for (const person of persons) {
    const enterprise = random.pick(enterprises);
    const role = random.pick(words.ROLES);
    relate(
      'LEADS',
      person,
      enterprise,
      `${person.name}, ${role} of ${enterprise.name}, said that the company is insisting on scientific and technological innovation.`,
      { role },
    );
  }

  for (const award of awards) {
    const byPlace = random.chance(0.3);
    const by = byPlace ? random.pick(cities) : random.pick(organizations);
    relate('CONFERRED_BY', award, by, `The ${award.name} is conferred by ${by.name}.`);
  }

  for (const project of projects) {
    const zone = random.pick(zones);
    // Projects are only mentioned in the real articles; a sentence in a document is all they get.
    cite(`The ${project.name} in ${zone.name} has been completed and put into use.`, [project, zone]);
  }

  const indicatorCount = countFor('Indicator', scale);
  for (let i = 0; i < indicatorCount; i++) {
    const subject = random.chance(0.6) ? random.pick(zones) : random.pick(enterprises);
    const kind = random.pick(words.INDICATOR_KINDS);
    const year = random.int(2015, 2024);
    const value = Math.round((kind.min + random.next() * (kind.max - kind.min)) * 100) / 100;
    const change = `up ${(random.next() * 30).toFixed(1)}%`;
    const sentence = `In ${year}, the ${kind.name} of ${subject.name} reached ${value} ${kind.unit}, ${change}.`;
    const id = idOf('Indicator', i);
    const { sources, evidence } = cite(sentence, [subject]);
    addNode('Indicator', id, { name: kind.name, value, unit: kind.unit, year, change, sources, evidence });
    const key = `REPORTED|${subject.label}|Indicator`;
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { type: 'REPORTED', fromLabel: subject.label, toLabel: 'Indicator', rows: [] }));
    group.rows.push({ from: subject.id, to: id, props: { sources: [...sources], evidence: [...evidence] } });
  }

  // ---------------------------------------------------------------- documents: text that holds every quote
  for (let d = 0; d < documentCount; d++) {
    const sentences = documentSentences[d] as string[];
    const subject = documentSubjects[d] as string;
    const title = random.pick(words.TITLE_TEMPLATES)(subject);
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length;) {
      const size = random.int(2, 5);
      const paragraph = sentences.slice(i, i + size);
      if (random.chance(0.4)) paragraph.unshift(random.pick(words.FILLER_SENTENCES));
      paragraphs.push(paragraph.join(' '));
      i += size;
    }
    if (paragraphs.length === 0) paragraphs.push(random.pick(words.FILLER_SENTENCES));
    const year = random.int(2015, 2024);
    const date = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    addNode('Document', documentId(d), { title, date, kind: 'article', text: [title, ...paragraphs].join('\n\n') });
    for (const mention of documentMentions[d] as Set<string>) {
      const bar = mention.indexOf('|');
      const label = mention.slice(0, bar);
      const key = `MENTIONS|Document|${label}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { type: 'MENTIONS', fromLabel: 'Document', toLabel: label, rows: [] }));
      group.rows.push({ from: documentId(d), to: mention.slice(bar + 1), props: {} });
    }
  }

  return { seed, scale, idTag: options.idTag, nodes, relationships: [...groups.values()] };
}
