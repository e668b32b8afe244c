// Resolution against the graph: each candidate name is scored against every existing
// entity (exact alias, normalised name, name without legal form, token containment, kind).
// Above the threshold it is that entity; below it a new entity, and a review item names
// the closest candidate so a person decides. Another city's "Mayor's Quality Award" only
// contains the words of Dalian's, so it scores low and stays apart.
import { normalizeName } from '../model/name-key.js';
import type { GraphEntity } from './graph-names.js';
import type { FoundMentions } from './mentions.js';
import { nameKey, slug, tokens } from './names.js';
import type { EntityKind, Mention } from './types.js';

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

/** How far the extra words of the longer name allow calling both the same thing. */
function containmentScore(longer: string[], shorter: string[]): number {
  if (shorter.length === 0) return 0;
  const at = indexOfRun(longer, shorter);
  if (at < 0) return 0;
  const leading = longer.slice(0, at);
  const trailing = longer.slice(at + shorter.length);
  // "Dalian Institute of Chemical Physics" + "of Chinese Academy of Sciences": the parent body.
  if (leading.length === 0 && trailing[0] === 'of') return 0.88;
  // Only legal or group words differ: "Huaxin Group" / "Huaxin".
  if (leading.length === 0 && trailing.every((t) => ['group', 'co', 'ltd', 'company', 'corporation'].includes(t)))
    return 0.9;
  // "national high-tech enterprise": the designation is national anyway.
  if (trailing.length === 0 && leading.length === 1 && leading[0] === 'national') return 0.9;
  // A qualifier in front (a city, a level) names another thing of the same kind: never merge.
  return 0.55;
}

export function nameScore(surface: string, kind: EntityKind, e: GraphEntity): number {
  const kindFactor = e.kind === kind ? 1 : 0.6;
  let best = 0;
  const norm = normalizeName(surface);
  const key = nameKey(surface);
  const ct = tokens(surface);
  for (const alias of e.aliases) {
    if (normalizeName(alias) === norm) best = Math.max(best, 1);
    else if (nameKey(alias) === key) best = Math.max(best, 0.95);
    else {
      const at = tokens(alias);
      const s = ct.length >= at.length ? containmentScore(ct, at) : containmentScore(at, ct);
      const overlap = ct.filter((t) => at.includes(t)).length / new Set([...ct, ...at]).size;
      best = Math.max(best, s, overlap >= 0.6 ? 0.5 : 0);
    }
  }
  return best * kindFactor;
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
}

export interface Resolution {
  entities: Map<string, ResolvedEntity>;
  /** Mentions with `entityKey` set, in text order (anaphora included when an antecedent was found). */
  mentions: Mention[];
}

export function resolveMentions(found: FoundMentions, graph: GraphEntity[], docNumber: string): Resolution {
  const byId = new Map(graph.map((e) => [e.id, e]));
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
  const existing = (g: GraphEntity, confidence: number) => (): ResolvedEntity => ({
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
    if (m.graphId) {
      const g = byId.get(m.graphId);
      if (g) attach(m, g.id, existing(g, 1));
      resolved.push(m);
      continue;
    }
    let best: { g: GraphEntity; score: number } | null = null;
    for (const g of graph) {
      const score = nameScore(m.surface, m.kind, g);
      if (score > (best?.score ?? 0)) best = { g, score };
    }
    if (best && best.score >= MERGE_THRESHOLD) {
      attach(m, best.g.id, existing(best.g, Number(best.score.toFixed(2))));
    } else {
      const key = `new:${m.kind}:${nameKey(m.surface)}`;
      attach(m, key, () => {
        let id = `${m.kind.toLowerCase()}:${slug(m.surface)}`;
        if (graphIds.has(id)) id = `${id}-${docNumber}`;
        return {
          key,
          id,
          kind: m.kind,
          name: m.surface,
          surfaces: [],
          existing: false,
          graphAliases: [],
          confidence: m.source === 'pattern' ? 0.8 : 0.6,
          mentions: [],
          ...(best && best.score >= REVIEW_FLOOR
            ? { nearMiss: { id: best.g.id, name: best.g.name, score: Number(best.score.toFixed(2)) } }
            : {}),
        };
      });
      // The canonical name of a new entity is its longest form (with the legal form).
      const e = entities.get(key);
      if (e && !e.existing && m.surface.length > e.name.length) e.name = m.surface;
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
    const before = resolved
      .filter((r) => r.end <= m.start && r.kind === m.kind && r.source !== 'anaphora')
      .sort((a, b) => b.start - a.start)[0];
    if (!before?.entityKey) continue;
    m.entityKey = before.entityKey;
    resolved.push(m);
  }
  return { entities, mentions: resolved.sort((a, b) => a.start - b.start) };
}
