// Resolution against the graph: each candidate name is scored against every existing
// entity (exact alias, normalised name, name without legal form, token containment, kind).
// Above the threshold it is that entity; below it a new entity, and a review item names
// the closest candidate so a person decides. Another city's "Mayor's Quality Award" only
// contains the words of Dalian's, so it scores low and stays apart.
import { normalizeName } from '../model/name-key.js';
import type { GraphEntity } from './graph-names.js';
import type { FoundMentions } from './mentions.js';
import {
  COMMON_NAME_TOKENS,
  CORPORATE_TOKENS,
  EVENT_WORDS,
  FILLER_TOKENS,
  LIAONING_CITIES,
  LIAONING_COUNTIES,
  PARTY_BODY,
} from './lexicon.js';
import { headPhrase, nameKey, slug, tokens } from './names.js';
import { KNOWN_PLACES, kindOfName, knownPlacesIn } from './patterns.js';
import type { EntityCandidate, EntityKind, Mention } from './types.js';

export const MERGE_THRESHOLD = 0.85;
/** Below this a candidate is not worth a person's attention. */
const REVIEW_FLOOR = 0.5;

function indexOfRun(hay: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** What the article says about places, for names that only their place tells apart. */
export interface ResolutionContext {
  /** Lower-case tokens of the Liaoning cities (and other known places) the article names. */
  articlePlaces: Set<string>;
  /** The Liaoning city the article names most often, lower case: whose "Municipal …" bodies it means. */
  homeCity?: string;
  /** Lower-case tokens of every word of the article: whether it names a product's maker. */
  articleWords?: Set<string>;
}

const NO_CONTEXT: ResolutionContext = { articlePlaces: new Set() };
/** Places that contain nearly everything the graph holds: naming them tells no city's award from another's. */
const BROAD_PLACE_TOKENS = new Set(['liaoning', 'province', 'china']);
/** The province the graph is about. */
const PROVINCE_TOKEN = 'liaoning';
// The connectors of a place's name ("Republic of Korea") are no place words.
const PLACE_TOKENS = new Set(KNOWN_PLACES.flatMap((p) => tokens(p)).filter((t) => !/^(?:of|the|and)$/.test(t)));

/** The tokens of the place names a candidate is in, part of or conferred by. */
function placeTokensOf(e: GraphEntity): Set<string> {
  return new Set(e.places.flatMap((p) => tokens(p)).filter((t) => PLACE_TOKENS.has(t)));
}

/**
 * Two names that share words but not all: the words only one of them has decide. Legal,
 * corporate and filler words ("Group", "Co., Ltd.", "Economic", "People's") change nothing;
 * a place the candidate is in (or conferred by) confirms ("Dalian Huarui Heavy Industry" for
 * Huarui Heavy Industry in Dalian); another place ("Shenyang Mayor's Quality Award") or
 * another head word (a subsidiary, a plant) names another thing. Sharing only common words
 * ("Dalian", "University") is no evidence at all.
 */
function tokenScore(surfaceTokens: string[], aliasTokens: string[], candidatePlaces: Set<string>): Scored {
  const a = new Set(surfaceTokens);
  const b = new Set(aliasTokens);
  const shared = [...a].filter((t) => b.has(t));
  if (shared.length === 0) return { score: 0, reason: 'no word in common' };
  const sharedWeight = shared.reduce((w, t) => w + (COMMON_NAME_TOKENS.has(t) || PLACE_TOKENS.has(t) ? 0.3 : 1), 0);
  const conflicts: string[] = [];
  const confirms: string[] = [];
  const neutral: string[] = [];
  for (const t of [...[...a].filter((x) => !b.has(x)), ...[...b].filter((x) => !a.has(x))]) {
    if (CORPORATE_TOKENS.has(t) || FILLER_TOKENS.has(t)) neutral.push(t);
    // "Liaoning Provincial Governor's Quality Award": the province's own level word.
    else if (t === 'provincial' && a.has(PROVINCE_TOKEN)) neutral.push(t);
    // The province is every candidate's place: "Liaoning Governor's Quality Award" is the
    // graph's Governor's Quality Award, though no CONFERRED_BY says who confers it.
    else if (PLACE_TOKENS.has(t) && (candidatePlaces.has(t) || t === PROVINCE_TOKEN)) confirms.push(t);
    else conflicts.push(t);
  }
  if (sharedWeight < 1) return { score: 0.3, reason: `only common words in common (${shared.join(', ')})` };
  if (conflicts.length > 0)
    return { score: 0.55, reason: `words only one name has: ${conflicts.join(', ')} (another place or another thing)` };
  if (confirms.length > 0) return { score: 0.93, reason: `the same name with its own place (${confirms.join(', ')})` };
  return {
    score: 0.9,
    reason: neutral.length > 0 ? `the same name but for ${neutral.join(', ')}` : 'the same words in another order',
  };
}

interface Scored {
  score: number;
  reason: string;
  /** The article's own city, when a name without one was held apart from another city's entity. */
  articleCity?: string;
}

/** How far the extra words of the longer name allow calling both the same thing. */
function containmentScore(longer: string[], shorter: string[], candidatePlaces: Set<string>): number {
  if (shorter.length === 0) return 0;
  const at = indexOfRun(longer, shorter);
  if (at < 0) return 0;
  const leading = longer.slice(0, at);
  const trailing = longer.slice(at + shorter.length);
  // "Municipal Market Supervision Bureau" + "of Anshan": another city's bureau, not the parent body.
  if (trailing.some((t) => PLACE_TOKENS.has(t) && !candidatePlaces.has(t))) return 0;
  // "Dalian Institute of Chemical Physics" + "of Chinese Academy of Sciences": the parent body.
  if (leading.length === 0 && trailing[0] === 'of') return 0.88;
  return 0;
}

/**
 * How likely `surface` (of `kind`) names the graph entity `e`: 1 for the same name, 0.95 for
 * the same name but its legal form, else by the words only one of them has (tokenScore),
 * times 0.6 for another kind. An award or body named exactly like one of another city is
 * held below the merge threshold when the article names none of the candidate's places.
 */
export function nameScore(surface: string, kind: EntityKind, e: GraphEntity, context = NO_CONTEXT): number {
  return scoreName(surface, kind, e, context).score;
}

/** nameScore with the reason a person reads on the review page. */
export function scoreName(surface: string, kind: EntityKind, e: GraphEntity, context = NO_CONTEXT): Scored {
  let best: Scored = { score: 0, reason: 'no word in common' };
  const norm = normalizeName(surface);
  const key = nameKey(surface);
  const ct = tokens(surface);
  const places = placeTokensOf(e);
  const consider = (c: Scored) => {
    if (c.score > best.score) best = c;
  };
  for (const alias of e.aliases) {
    if (normalizeName(alias) === norm) consider({ score: 1, reason: `the same name as "${alias}"` });
    else if (nameKey(alias) === key) consider({ score: 0.95, reason: `"${alias}" but for the legal form` });
    else {
      const at = tokens(alias);
      const contained = ct.length >= at.length ? containmentScore(ct, at, places) : containmentScore(at, ct, places);
      if (contained > 0) consider({ score: contained, reason: `"${alias}" with the body it belongs to` });
      consider(tokenScore(ct, at, places));
    }
  }
  const placeBound = kind === 'AWARD' || kind === 'ORGANIZATION';
  // The most specific places decide: every candidate here is in Liaoning (and China).
  const specific = [...places].filter((p) => !BROAD_PLACE_TOKENS.has(p));
  const ownPlaceNamed = (specific.length > 0 ? specific : [...places]).some(
    (p) => context.articlePlaces.has(p) || ct.includes(p),
  );
  if (
    placeBound &&
    best.score >= MERGE_THRESHOLD &&
    places.size > 0 &&
    context.articlePlaces.size > 0 &&
    !ownPlaceNamed
  )
    best = {
      score: 0.8,
      reason: `${best.reason}, but it belongs to ${e.places.join(' / ')}, which the article does not name`,
    };
  // "the Municipal Market Supervision Bureau", "the Mayor's Quality Award" with no city named is
  // the article's own city's: another city's bureau or award of that name is a near miss ("… of
  // Dalian" in a Fushun report, Dalian's award in a Jinzhou one, though Dalian is named there too).
  const placeless = placeBound && !ct.some((t) => PLACE_TOKENS.has(t));
  // Its city: where the graph places it, or the city its own name says ("Dalian Municipal …").
  const itsCities = [...specific, ...tokens(e.name).filter((t) => PLACE_TOKENS.has(t) && !BROAD_PLACE_TOKENS.has(t))];
  if (
    placeless &&
    context.homeCity &&
    best.score >= MERGE_THRESHOLD &&
    itsCities.length > 0 &&
    !itsCities.includes(context.homeCity)
  )
    best = {
      score: 0.8,
      reason: `${best.reason}, but it is ${itsCities.map((c) => c[0]?.toUpperCase() + c.slice(1)).join(' / ')}'s and the article's city is another`,
      articleCity: context.homeCity,
    };
  // "special vehicles" is the graph's "Dalian Qiche special vehicles" only in an article that
  // names Dalian Qiche: a product's short alias drops its maker, which another maker's report
  // does not name.
  const makerWords = tokens(e.name).filter((t) => !ct.includes(t) && !FILLER_TOKENS.has(t));
  if (
    kind === 'PROJECT' &&
    /^[a-z]/.test(surface) &&
    context.articleWords &&
    best.score >= MERGE_THRESHOLD &&
    makerWords.length > 0 &&
    !makerWords.every((t) => context.articleWords?.has(t))
  )
    best = {
      score: 0.8,
      reason: `${best.reason}, but the graph's ${JSON.stringify(e.name)} is named for a maker the article does not name`,
    };
  if (e.kind !== kind)
    best = {
      score: best.score * 0.6,
      reason: `${best.reason}; it is a ${e.kind.toLowerCase()}, not a ${kind.toLowerCase()}`,
    };
  return { ...best, score: Number(best.score.toFixed(2)) };
}

/** The tokens of the known places an article names (for nameScore's context). */
export function articleContext(text: string): ResolutionContext {
  const named = new Set<string>();
  for (const p of knownPlacesIn(text)) for (const t of tokens(p)) named.add(t);
  let homeCity: string | undefined;
  let most = 0;
  for (const city of LIAONING_CITIES) {
    const times = text.match(new RegExp(`\\b${city}\\b`, 'g'))?.length ?? 0;
    if (times > most) [homeCity, most] = [city.toLowerCase(), times];
  }
  return { articlePlaces: named, ...(homeCity ? { homeCity } : {}), articleWords: new Set(tokens(text)) };
}

export interface ResolvedEntity {
  key: string;
  id: string;
  kind: EntityKind;
  name: string;
  surfaces: string[];
  existing: boolean;
  graphAliases: string[];
  confidence: number;
  mentions: Mention[];
  /** The closest existing entity when it scored below the threshold. */
  nearMiss?: { id: string; name: string; score: number };
  /** The resolver's best candidates from the graph, with their score and why (for the review page). */
  candidates: ResolutionCandidate[];
  /** New, and the same entity as a new one of this earlier draft of the batch (keeps its id). */
  sharedWithDraft?: string;
  /** New, named with the article's city added to what the article says ("Mayor's Quality Award"), so as not to share another city's name. */
  saidWithoutCity?: string;
  /** New, a product named with its maker added to what the article says, so as not to share another maker's product's name (build-draft.ts). */
  saidWithoutMaker?: string;
}

export type ResolutionCandidate = EntityCandidate;

/** Candidates shown to a reviewer: at most this many, and none below REVIEW_FLOOR. */
const SHOWN_CANDIDATES = 3;

const withoutArticle = (name: string) => name.replace(/^the\s+/i, '');

/** A name with its last word in the singular: "… enterprises" → "… enterprise", "… factories" → "… factory". */
function singularHead(name: string): string {
  return name.replace(/ies$/, 'y').replace(/([a-z]{3}[^s])s$/, '$1');
}

/**
 * The earlier mention of the same kind whose name is this one with a place in front ("Anshan
 * Mayor's Quality Award" for "Mayor's Quality Award"), or a company's name with its parent
 * after "of" ("Liaoyang Petrochemical Company of PetroChina" for "Liaoyang Petrochemical
 * Company"), if any: the latest such. Only a company's own head word ("Company", "Group", …)
 * before the "of" counts: "Dalian University" is not "Dalian University of Technology".
 */
function shortFormOf(m: Mention, earlier: Mention[]): Mention | undefined {
  const short = tokens(m.surface);
  if (short.length < 2 && m.kind !== 'PLACE') return undefined;
  return [...earlier].reverse().find((e) => {
    if (e.kind !== m.kind || e.source === 'anaphora') return false;
    const long = tokens(e.surface);
    const at = long.length - short.length;
    if (at >= 1 && long.slice(at).join(' ') === short.join(' '))
      return long.slice(0, at).some((t) => PLACE_TOKENS.has(t));
    if (m.kind === 'PLACE' && (sameTownWithItsWord(short, long) || sameCounty(short, long))) return true;
    // "the School of Chemical Engineering" after "School of Chemical Engineering of Dalian
    // University of Technology": the same school, its university dropped.
    if (m.kind === 'UNIVERSITY' && e.surface.startsWith(`${withoutArticle(m.surface)} of `))
      return kindOfName(e.surface.slice(withoutArticle(m.surface).length + 4)) === 'UNIVERSITY';
    return (
      m.kind === 'ENTERPRISE' &&
      CORPORATE_TOKENS.has(short[short.length - 1] ?? '') &&
      long.length > short.length + 1 &&
      long[short.length] === 'of' &&
      long.slice(0, short.length).join(' ') === short.join(' ')
    );
  });
}

/**
 * The word a report adds to a city's or province's name and drops again ("Kaiyuan City" … "Kaiyuan",
 * "Liaoning Province" … "Liaoning"). Not "County": Chaoyang County is a county of Chaoyang, not Chaoyang.
 */
const TOWN_WORDS = new Set(['city', 'province']);

/** "Kaiyuan" and "Kaiyuan City", either first: one place. */
function sameTownWithItsWord(a: string[], b: string[]): boolean {
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return (
    longer.length === shorter.length + 1 &&
    TOWN_WORDS.has(longer[longer.length - 1] ?? '') &&
    shorter.every((t, i) => longer[i] === t)
  );
}

const CITY_TOKENS = new Set(LIAONING_CITIES.map((c) => c.toLowerCase()));

/**
 * "Xiuyan County" and "Xiuyan" after "Xiuyan Manchu Autonomous County", "Kangping" and "Kangping
 * County" either first: one county, its people's name or its word dropped; a bare name only when
 * no city has it ("Fuxin" is the city, not Fuxin Mongol Autonomous County; Chaoyang County is a
 * county of Chaoyang).
 */
function sameCounty(a: string[], b: string[]): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long[long.length - 1] !== 'county') return false;
  const at = long.indexOf('autonomous');
  const autonomous = at >= 2 && long.length === at + 2;
  const name = autonomous ? long.slice(0, at - 1) : long.slice(0, -1);
  const same = (x: string[]) => x.length === short.length && x.every((t, i) => short[i] === t);
  return (autonomous && same([...name, 'county'])) || (same(name) && !CITY_TOKENS.has(name.join(' ')));
}

/** Liaoning's cities and county-level places, as reports name them bare. */
const LIAONING_TOWNS = new Set<string>([...LIAONING_CITIES, ...Object.keys(LIAONING_COUNTIES)]);

export interface Resolution {
  entities: Map<string, ResolvedEntity>;
  /** Mentions with `entityKey` set, in text order (anaphora included when an antecedent was found). */
  mentions: Mention[];
}

export function resolveMentions(
  found: FoundMentions,
  graph: GraphEntity[],
  docNumber: string,
  context: ResolutionContext = NO_CONTEXT,
): Resolution {
  const entities = new Map<string, ResolvedEntity>();
  const graphIds = new Set(graph.map((e) => e.id));

  const attach = (m: Mention, key: string, make: () => ResolvedEntity) => {
    let e = entities.get(key);
    if (!e) {
      e = make();
      entities.set(key, e);
    }
    m.entityKey = key;
    e.mentions.push(m);
    if (!e.surfaces.includes(m.surface)) e.surfaces.push(m.surface);
  };
  const existing = (g: GraphEntity, confidence: number, candidates: ResolutionCandidate[]) => (): ResolvedEntity => ({
    candidates,
    key: g.id,
    id: g.id,
    kind: g.kind,
    name: g.name,
    surfaces: [],
    existing: true,
    graphAliases: g.aliases,
    confidence,
    mentions: [],
  });

  const resolved: Mention[] = [];
  for (const m of found.mentions) {
    if (m.source === 'anaphora' || m.source === 'abbreviation') continue;
    // A short form of a name the article gave in full before ("the Mayor's Quality Award" after
    // "the 2023 Anshan Mayor's Quality Award") is that entity, whatever the graph holds.
    const longForm = shortFormOf(m, resolved);
    if (longForm?.entityKey) {
      const e = entities.get(longForm.entityKey);
      if (e) {
        attach(m, e.key, () => e);
        resolved.push(m);
        continue;
      }
    }
    const scored = graph
      .map((g) => ({ g, ...scoreName(m.surface, m.kind, g, context) }))
      .filter((c) => c.score >= REVIEW_FLOOR)
      .sort((a, b) => b.score - a.score || (a.g.id === m.graphId ? -1 : 0));
    // A span spelled exactly like a graph name is that entity unless its context says otherwise.
    const named = m.graphId ? scored.find((c) => c.g.id === m.graphId) : undefined;
    const best = named && named.score >= MERGE_THRESHOLD ? named : scored[0];
    const candidates = scored.slice(0, SHOWN_CANDIDATES).map((c) => ({
      id: c.g.id,
      name: c.g.name,
      kind: c.g.kind,
      score: c.score,
      reason: c.reason,
    }));
    if (best && best.score >= MERGE_THRESHOLD && best.g.fromDraft) {
      // A new entity of an earlier draft of the batch: new here too, under the same id, so both
      // scripts MERGE one node whichever is accepted first.
      const g = best.g;
      attach(m, g.id, () => ({
        key: g.id,
        id: g.id,
        kind: g.kind,
        name: g.name,
        surfaces: [],
        existing: false,
        graphAliases: [],
        confidence: best.score,
        mentions: [],
        candidates,
        sharedWithDraft: g.fromDraft,
      }));
    } else if (best && best.score >= MERGE_THRESHOLD) {
      attach(m, best.g.id, existing(best.g, best.score, candidates));
    } else {
      // "The Mayor's Quality Award" of a Jinzhou report, held apart from Dalian's, is Jinzhou's:
      // named so, it is one entity with "the Jinzhou Mayor's Quality Award" named later, and no
      // second node of the graph's name.
      const city = best?.articleCity;
      const name = city ? `${city[0]?.toUpperCase()}${city.slice(1)} ${m.surface.replace(/^the\s+/i, '')}` : m.surface;
      // A title named once in the plural and once in the singular ("… 'little giant' enterprises",
      // "a … 'little giant' enterprise") is one title.
      const key = `new:${m.kind}:${nameKey(m.kind === 'AWARD' ? singularHead(name) : name)}`;
      attach(m, key, () => {
        let id = `${m.kind.toLowerCase()}:${slug(name)}`;
        if (graphIds.has(id)) id = `${id}-${docNumber}`;
        return {
          key,
          id,
          kind: m.kind,
          name,
          ...(city ? { saidWithoutCity: m.surface } : {}),
          surfaces: [],
          existing: false,
          graphAliases: [],
          confidence: m.source === 'pattern' ? 0.8 : 0.6,
          mentions: [],
          candidates,
          ...(best ? { nearMiss: { id: best.g.id, name: best.g.name, score: best.score } } : {}),
        };
      });
      // The canonical name of a new entity is its longest form (with the legal form).
      const e = entities.get(key);
      if (e && !e.existing && m.surface.length > e.name.length && !city) e.name = m.surface;
    }
    resolved.push(m);
  }
  // Defined abbreviations are further names of the entity they abbreviate.
  for (const m of found.mentions.filter((x) => x.source === 'abbreviation')) {
    const long = found.abbreviations.get(m.surface);
    const e = long?.entityKey ? entities.get(long.entityKey) : undefined;
    if (!e) continue;
    m.entityKey = e.key;
    e.mentions.push(m);
    if (!e.surfaces.includes(m.surface)) e.surfaces.push(m.surface);
    resolved.push(m);
  }
  // "the company", "the zone": the latest entity of that kind named before.
  for (const m of found.mentions.filter((x) => x.source === 'anaphora')) {
    const earlier = resolved
      .filter((r) => r.end <= m.start && r.kind === m.kind && r.source !== 'anaphora' && !r.example)
      .filter((r) => !PARTY_BODY.test(r.surface))
      .sort((a, b) => b.start - a.start);
    // "the alliance" is the latest alliance named, not the latest body of any sort.
    const head = m.surface.split(/\s+/).pop()?.toLowerCase() ?? '';
    // "The conference" is the conference named before, never the project named last.
    const eventOnly = (EVENT_WORDS as readonly string[]).includes(head);
    // "The city" is a city or county of the province named before, never a country or a district.
    if (m.kind === 'PLACE') {
      const city = earlier.find((r) => LIAONING_TOWNS.has(r.surface.replace(/\s+City$/, '')));
      if (city?.entityKey) {
        m.entityKey = city.entityKey;
        resolved.push(m);
      }
      continue;
    }
    // "The Sino-German park": the latest one whose name has the telling word too.
    // ("the four-day expo", "the same zone": neither word is part of any name)
    const words = m.surface
      .toLowerCase()
      .split(/\s+/)
      .slice(1)
      .filter((w) => !/^(?:[a-z]+-day|same)$/.test(w));
    // A lower-case word that matches no name ("the shipbuilding park" with no shipbuilding park
    // named) leaves the phrase unresolved rather than pinned on the latest zone.
    const telling = words.length > 1 && m.kind === 'ZONE' && !/^(?:development|industrial|new)$/.test(words[0] ?? '');
    // "The company" is the company named last, "Co., Ltd." or "Company" alike; "the group", "the
    // alliance" are the latest whose name says so.
    const anyName = m.kind === 'ENTERPRISE' && ['company', 'enterprise', 'firm'].includes(head);
    // "The university" is the latest university by its head word, not a campus or school "of" it.
    const headed = (r: Mention) => headPhrase(r.surface).split(/\s+/).pop()?.toLowerCase() === head;
    const before =
      (words.length > 1
        ? earlier.find((r) => words.every((w) => r.surface.toLowerCase().includes(w)))
        : (earlier.find((r) => anyName || headed(r)) ?? earlier.find((r) => r.surface.toLowerCase().includes(head)))) ??
      (eventOnly || (telling && !/^[A-Z]/.test(m.surface.split(/\s+/)[1] ?? '')) ? undefined : earlier[0]);
    if (!before?.entityKey) continue;
    m.entityKey = before.entityKey;
    resolved.push(m);
  }
  return { entities, mentions: resolved.sort((a, b) => a.start - b.start) };
}
