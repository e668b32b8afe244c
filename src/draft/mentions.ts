// Finds every span that names an entity: the graph's own names and aliases first (the
// strongest list), then the domain patterns, defined abbreviations, standalone places and
// the phrases that point back ("the company", "the zone"). Overlaps go to the longest span.
import type { GraphEntity } from './graph-names.js';
import { isGenericName, withoutLegalForm } from './names.js';
import { COMMON_COMPANY_NAME_WORDS, EVENT_WORDS } from './lexicon.js';
import {
  KNOWN_PLACES,
  KNOWN_PLACE_SET,
  abbreviates,
  findAbbreviationDefinitions,
  findClusters,
  findDesignations,
  findHeadlineTitles,
  findIndustryLists,
  findListedCompanies,
  findNamedRuns,
  findPeopleWithRoles,
  findProducts,
  findCustomerSpans,
  findProjects,
  findQuotedNames,
  type PersonHit,
  type PatternHit,
} from './patterns.js';
import type { EntityKind, Mention } from './types.js';

const isWordChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

function occurrences(text: string, needle: string, ignoreCase: boolean): number[] {
  const hay = ignoreCase ? text.toLowerCase() : text;
  const n = ignoreCase ? needle.toLowerCase() : needle;
  const out: number[] = [];
  for (let at = hay.indexOf(n); at >= 0; at = hay.indexOf(n, at + 1)) {
    if (!isWordChar(text[at - 1])) out.push(at);
  }
  return out;
}

/**
 * A company's name as reports shorten it: without its legal form ("Dalian Jinhui Rongzhi
 * Technology" for "… Technology Co., Ltd."), when three words or more are left — fewer
 * ("Dalian Metro") name too many things.
 */
function shortCompanyNames(e: GraphEntity): string[] {
  if (e.kind !== 'ENTERPRISE') return [];
  return e.aliases
    .map(withoutLegalForm)
    .filter((s, i) => s !== e.aliases[i] && s.split(/\s+/).length >= 3 && !isGenericName(s));
}

/** One-word places a company's name may open with ("Liaoning", "Kaiyuan"). */
const PLACE_WORDS = new Set(KNOWN_PLACES.filter((p) => !/\s/.test(p)));

/**
 * A company the article names with its legal form, named again without it ("Sun Libin,
 * chairman of Fushun Special Steel, …" after "Fushun Special Steel Co., Ltd."): each later
 * use where no other name stands, under the rule of shortCompanyNames (three words or more),
 * or without the places it opens with too ("Hongqi Crane": two words or more).
 */

function shortFormsOfArticleCompanies(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  const named = mentions.filter((m) => m.kind === 'ENTERPRISE' && m.source !== 'anaphora');
  const forms = new Map<string, Mention[]>();
  for (const m of named) {
    const short = withoutLegalForm(m.surface);
    // "Liaoning Kaiyuan Hongqi Crane Co., Ltd." is "Hongqi Crane" too: its places dropped, two words left.
    const words = short.split(/\s+/);
    let placed = 0;
    while (placed < words.length - 2 && PLACE_WORDS.has(words[placed] ?? '')) placed += 1;
    const unplaced = words.slice(placed).join(' ');
    for (const form of placed > 0 && !PLACE_WORDS.has(words[placed] ?? '') ? [short, unplaced] : [short])
      forms.set(form, [...(forms.get(form) ?? []), m]);
  }
  for (const [short, owners] of forms) {
    const minimum = owners.some((m) => withoutLegalForm(m.surface) === short) ? 3 : 2;
    if (owners.every((m) => m.surface === short) || short.split(/\s+/).length < minimum || isGenericName(short))
      continue;
    // A short form two companies share names neither.
    if (new Set(owners.map((m) => withoutLegalForm(m.surface))).size > 1) continue;
    const first = Math.min(...owners.map((m) => m.start));
    for (const at of occurrences(text, short, false)) {
      const end = at + short.length;
      // A shorter name inside it ("Fushun") gives way, as the longest span always does.
      const crossed = mentions.some((m) => m.start < end && at < m.end && (m.start < at || m.end > end));
      if (at <= first || isWordChar(text[end]) || crossed) continue;
      out.push({ start: at, end, surface: short, kind: 'ENTERPRISE', source: 'pattern' });
    }
  }
  return out;
}

/**
 * The word a company's name is known by when the report shortens it to one ("Siasun", "Haiyun",
 * "Lanbo"): its first word that is no place (a known place, or one the article names: the
 * "Xingcheng" of "Xingcheng Haiyun Swimwear Co., Ltd."), when a word of the name follows it,
 * it is a coined name (capitalised, never written in lower case in the article, no common
 * word of company names) and no other name of the article opens with it.
 */
function distinctiveWord(text: string, m: Mention, mentions: readonly Mention[]): string | null {
  const words = withoutLegalForm(m.surface).split(/\s+/);
  const opensOther = (word: string) =>
    mentions.some((o) => o.entityKey !== m.entityKey && o.surface !== m.surface && o.surface.startsWith(`${word} `));
  const place = (word: string) =>
    PLACE_WORDS.has(word) || mentions.some((o) => o.kind === 'PLACE' && o.surface === word) || opensOther(word);
  let at = 0;
  while (at < words.length - 1 && place(words[at] ?? '')) at += 1;
  const word = words[at] ?? '';
  if (words.length - at < 2 || !/^[A-Z][a-z]{3,}$/.test(word) || COMMON_NAME_WORDS.has(word)) return null;
  if (place(word) || new RegExp(`\\b${word.toLowerCase()}\\b`).test(text)) return null;
  return word;
}

const COMMON_NAME_WORDS = new Set<string>(COMMON_COMPANY_NAME_WORDS);

/** Spans of existing entities' names and aliases. Lower-case aliases count only for award titles ("high-tech enterprises"). */
function graphMentions(text: string, graph: GraphEntity[]): Mention[] {
  const out: Mention[] = [];
  for (const e of graph) {
    for (const alias of new Set([...e.aliases, ...shortCompanyNames(e)])) {
      if (alias.length < 3 || isGenericName(alias)) continue;
      const lowerOnly = alias === alias.toLowerCase();
      if (lowerOnly && e.kind !== 'AWARD') continue;
      // A city's or country's name in the text is that place, though the graph also calls a
      // brand or a company so ('the "Dalian" brand' is read as a quoted name).
      if (e.kind !== 'PLACE' && KNOWN_PLACE_SET.has(alias)) continue;
      const ignoreCase = e.kind === 'AWARD';
      for (const at of occurrences(text, alias, ignoreCase)) {
        let end = at + alias.length;
        if (
          ignoreCase &&
          /^e?s\b/.test(text.slice(end, end + 3)) &&
          !isWordChar(text[end + (text[end] === 'e' ? 2 : 1)])
        )
          end += text[end] === 'e' ? 2 : 1;
        if (isWordChar(text[end])) continue;
        out.push({ start: at, end, surface: text.slice(at, end), kind: e.kind, source: 'graph', graphId: e.id });
      }
    }
  }
  return out;
}

/** A title verb and its article right before a name: the name is the title given. */
const TITLE_GIVEN =
  /\b(?:named|approved\s+as|recogni[sz]ed\s+as|rated\s+as|identified\s+as|listed\s+as|selected\s+as)\s+(?:a|an)\s+$/;

const TITLE_OF = /\btitles?\s+of\s+["“]$/;

function patternMentions(
  text: string,
  placeNames: Set<string>,
  graphTitles: Set<string>,
  listedCompanies: PatternHit[],
): Mention[] {
  const out: Mention[] = [];
  for (const h of [
    ...findNamedRuns(text),
    ...findQuotedNames(text),
    ...findClusters(text),
    ...findIndustryLists(text),
    ...listedCompanies,
    ...findDesignations(text),
    ...findHeadlineTitles(text),
    ...findProjects(text),
    ...findProducts(text),
  ]) {
    let end = h.end;
    // "… Development Zone of Panjin", "… of Chaoyang City": the zone, then the place it belongs to.
    // "Hongwei District of Liaoyang", "Kaiyuan City of Tieling" likewise: the place, then its city.
    // "… County of Chaoyang City of Liaoning Province": each place after "of" in turn.
    while (h.kind === 'ZONE' || h.kind === 'PLACE') {
      const m = /\s+of\s+([A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?)$/.exec(text.slice(h.start, end));
      const place = m?.[1]?.replace(/\s+(?:City|Province)$/, '');
      if (!m || !place || !placeNames.has(place)) break;
      end = h.start + m.index;
    }
    // "national high-tech enterprises": the graph's title with its level in front is the graph's.
    const level =
      h.kind === 'AWARD' ? /^(?:national|provincial|municipal)\s+(.+)$/.exec(text.slice(h.start, end)) : null;
    if (level && graphTitles.has((level[1] ?? '').toLowerCase().replace(/s$/, ''))) continue;
    // "… Opens Research Center with University": a headline's generic words name nothing.
    if (isGenericName(text.slice(h.start, end))) continue;
    // "member of the Standing Committee of the CPC Anshan Municipal Committee": an official's
    // seat; the body named is the party committee.
    const seat = /^Standing\s+Committee\s+of\s+(?:the\s+)?(?=CPC\b)/.exec(text.slice(h.start, end));
    const start = h.start + (seat?.[0].length ?? 0);
    // "Nomination Award" is the nomination of the award just named, not an award of its own.
    if (/^(the\s+)?nomination awards?$/i.test(text.slice(h.start, end))) continue;
    // "the base was named a National New Industrialization Industry Demonstration Base (Special
    // Vehicles) by …", "was recognized as a National Technical Center": a title given, not a place or body.
    let kind = h.kind;
    const before = text.slice(Math.max(0, start - 40), start);
    // "was awarded the title of "China Hoisting Machinery City"": an honorary name, not a city.
    if (kind !== 'AWARD' && kind !== 'PERSON' && TITLE_OF.test(before)) kind = 'AWARD';
    if ((kind === 'ZONE' || kind === 'ORGANIZATION') && TITLE_GIVEN.test(before)) {
      kind = 'AWARD';
      end += /^\s\([A-Z][A-Za-z\s-]{1,40}\)/.exec(text.slice(end))?.[0].length ?? 0;
    }
    out.push({
      start,
      end,
      surface: text.slice(start, end),
      kind,
      source: 'pattern',
      ...(h.list ? { list: h.list } : {}),
    });
  }
  return out;
}

function placeMentions(text: string, placeNames: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (const name of placeNames) {
    for (const at of occurrences(text, name, false)) {
      if (isWordChar(text[at + name.length])) continue;
      out.push({ start: at, end: at + name.length, surface: name, kind: 'PLACE', source: 'nlp' });
    }
  }
  return out;
}

const ANAPHORA: Array<[RegExp, EntityKind]> = [
  [/\b[Tt]he (?:company|group|enterprise|firm)\b/g, 'ENTERPRISE'],
  // "the same zone": the zone named last, as "the zone" is.
  [/\b[Tt]he (?:same )?(?:zone|development zone|park|industrial park|district|area|new area|base)\b/g, 'ZONE'],
  // "The Sino-German park", "the shipbuilding industrial park": a short form with the word that
  // tells it apart (resolve.ts matches it).
  [
    /\b[Tt]he (?!(?:development|industrial|new|whole|same|first|other|entire)\b)[A-Za-z][\w-]+ (?:industrial park|park|zone|base)\b/g,
    'ZONE',
  ],
  [/\b[Tt]he (?:university|institute|college|academy)\b/g, 'UNIVERSITY'],
  [/\b[Tt]he (?:cluster)\b/g, 'CLUSTER'],
  // "the city now has 47 bearing enterprises": the Liaoning city or county named last (resolve.ts).
  [/\b[Tt]he city\b/g, 'PLACE'],
  [/\b[Tt]he (?:award|prize)\b/g, 'AWARD'],
  [/\b[Tt]he (?:alliance|committee|association|council|federation|chamber|society)\b/g, 'ORGANIZATION'],
  [/\b[Tt]he (?:project|base|production line|plant)\b/g, 'PROJECT'],
  // "the conference", "the four-day expo": the event named before (resolve.ts wants its head word).
  [new RegExp(`\\b[Tt]he (?:[a-z]+-day )?(?:${EVENT_WORDS.join('|')})\\b`, 'g'), 'PROJECT'],
];

function anaphoraMentions(text: string): Mention[] {
  const out: Mention[] = [];
  for (const [re, kind] of ANAPHORA) {
    for (const m of text.matchAll(re)) {
      out.push({ start: m.index, end: m.index + m[0].length, surface: m[0], kind, source: 'anaphora' });
    }
  }
  return out;
}

const PRIORITY: Record<Mention['source'], number> = { graph: 0, abbreviation: 1, pattern: 2, nlp: 3, anaphora: 4 };

/** Keeps the longest of overlapping spans (the graph's names win ties). */
function withoutOverlaps(all: Mention[]): Mention[] {
  const sorted = [...all].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.source] - PRIORITY[b.source] || a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const m of sorted) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A name run that swallowed the person after it ("Dalian University of Technology and Wang
 * Gang, director of …") ends before the person: a person named with a role is surer.
 */
function beforePeople(found: Mention[], people: PersonHit[], text: string): Mention[] {
  return found.map((m) => {
    const p = people.find((x) => x.start > m.start && x.start < m.end);
    if (!p) return m;
    const end = m.start + text.slice(m.start, p.start).replace(/(?:,|\s+and)?\s*$/, '').length;
    return { ...m, end, surface: text.slice(m.start, end) };
  });
}

export interface FoundMentions {
  mentions: Mention[];
  people: PersonHit[];
  /** Abbreviation → the mention that defines it. */
  abbreviations: Map<string, Mention>;
}

/** `modelMentions`: the names the language model found (nlp-mentions.ts), if it ran. */
export function findMentions(text: string, graph: GraphEntity[], modelMentions: Mention[] = []): FoundMentions {
  const placeNames = new Set([...KNOWN_PLACES, ...graph.filter((e) => e.kind === 'PLACE').flatMap((e) => e.aliases)]);
  for (const p of [...placeNames]) if (p === p.toLowerCase() || isGenericName(p)) placeNames.delete(p);
  const graphTitles = new Set(
    graph.filter((e) => e.kind === 'AWARD').flatMap((e) => e.aliases.map((a) => a.toLowerCase().replace(/s$/, ''))),
  );
  const people = findPeopleWithRoles(text);
  // Read once: names of their own, and, below, the examples "the company" never refers back to.
  const listedCompanies = findListedCompanies(text);
  let mentions = withoutOverlaps([
    ...graphMentions(text, graph),
    ...beforePeople(patternMentions(text, placeNames, graphTitles, listedCompanies), people, text),
    ...people.map((p): Mention => ({
      start: p.start,
      end: p.end,
      surface: text.slice(p.start, p.end),
      kind: 'PERSON',
      source: 'pattern',
    })),
    ...placeMentions(text, placeNames),
    ...beforePeople(modelMentions, people, text),
    ...anaphoraMentions(text),
  ]);
  mentions = withoutOverlaps([...mentions, ...shortFormsOfArticleCompanies(text, mentions)]);
  // Abbreviations defined right after a name, then every later use of them.
  const abbreviations = new Map<string, Mention>();
  for (const def of findAbbreviationDefinitions(text)) {
    const long = mentions.find((m) => m.end === def.longEnd && m.source !== 'anaphora');
    if (!long || !abbreviates(def.abbr, long.surface)) continue;
    abbreviations.set(def.abbr, long);
    const uses: Mention[] = occurrences(text, def.abbr, false)
      .filter((at) => !isWordChar(text[at + def.abbr.length]) && (at >= long.end || at < long.start))
      .map((at) => ({
        start: at,
        end: at + def.abbr.length,
        surface: def.abbr,
        kind: long.kind,
        source: 'abbreviation',
      }));
    mentions = withoutOverlaps([...mentions.filter((m) => !uses.some((u) => u.start === m.start)), ...uses]);
  }
  // "SIASUN Robot & Automation Co., Ltd. … Qu Daokui, president of SIASUN": a company whose name
  // opens with an acronym is named by the acronym alone after it, as if the acronym were defined,
  // when no other company of the article opens with it ("CRRC Dalian", "CRRC Qiqihar": neither).
  // So is one whose name has a coined word ("Siasun, located in …", "Haiyun exports …": see distinctiveWord).
  const companies = mentions.filter((m) => m.kind === 'ENTERPRISE' && m.source !== 'anaphora');
  const coined = new Map<string, Mention[]>();
  for (const m of companies) {
    const word = distinctiveWord(text, m, mentions);
    if (word) coined.set(word, [...(coined.get(word) ?? []), m]);
  }
  for (const acronym of new Set([
    ...companies.map((m) => /^[A-Z][A-Z0-9]{2,}(?=\s)/.exec(m.surface)?.[0]),
    ...coined.keys(),
  ])) {
    if (!acronym || abbreviations.has(acronym)) continue;
    const owners = coined.get(acronym) ?? companies.filter((m) => m.surface.startsWith(`${acronym} `));
    if (new Set(owners.map((m) => withoutLegalForm(m.surface))).size !== 1 || !owners[0]) continue;
    abbreviations.set(acronym, owners[0]);
    const uses: Mention[] = occurrences(text, acronym, false)
      .filter(
        (at) => at >= (owners[0]?.end ?? 0) && !isWordChar(text[at + acronym.length]) && !isWordChar(text[at - 1]),
      )
      .filter((at) => !mentions.some((m) => m.start < at + acronym.length && at < m.end))
      // "Huarui Heavy Industry Wind Power …": a coined word running on into a longer name is not it alone.
      .filter(
        (at) => !coined.has(acronym) || !/^\s+[A-Z]/.test(text.slice(at + acronym.length, at + acronym.length + 3)),
      )
      .map((at) => ({
        start: at,
        end: at + acronym.length,
        surface: acronym,
        kind: 'ENTERPRISE',
        source: 'abbreviation',
      }));
    mentions = withoutOverlaps([...mentions, ...uses]);
  }
  // Customers named as examples ("vehicle makers such as FAW Jiefang, BYD and Brilliance Auto")
  // are no topic of the report: marked so that "the company" never refers back to one.
  // So are the users after "used by" ("… have been used by CRRC Dalian Co., Ltd. and CRRC Qiqihar Co., Ltd.").
  const customers = findCustomerSpans(text);
  for (const m of mentions) {
    if (listedCompanies.some((e) => e.start === m.start && e.end === m.end)) m.example = true;
    if (m.kind === 'ENTERPRISE' && customers.some((c) => c.start <= m.start && m.start < c.end)) m.example = true;
  }
  return { mentions, people, abbreviations };
}
