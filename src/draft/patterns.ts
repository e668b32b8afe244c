// Domain patterns on top of the language library: what names of companies, zones,
// universities, awards, brands and people look like in these reports. Each pattern
// proposes a candidate span and a kind; resolution decides what it is.
import {
  CHINESE_PROVINCES,
  COMPANY_LIST_NOUNS,
  RESEARCH_CENTER_WORDS,
  VENUE_CENTER_WORDS,
  CUSTOMER_PASSIVES,
  COUNTRIES,
  WORLD_REGIONS,
  ENDS_IN_LEGAL_ABBREVIATION,
  LEGAL_FORM_SOURCE,
  LIAONING_CITIES,
  LIAONING_COUNTIES,
  EVENT_WORD_SET,
  MAINSTAY_INDUSTRY_WORDS,
  MONTHS,
  MONTH_ABBREVIATIONS,
  DEVELOPMENT_VERBS,
  FORMULATION_VERBS,
  PRODUCTION_VERBS,
  CAPACITY_UNITS,
  RANKING_ADJECTIVES,
  LINE_OF_WORK_NOUNS,
  STANDARD_LEVELS,
  ROLES_SOURCE,
  SALE_VERBS,
  HEADLINE_VERBS,
  NAME_INTERNAL_PAIRS,
  NUMBER_WORDS,
  YEAR_SOURCE,
} from './lexicon.js';
import { headPhrase, sharesHead, sharesModifiers } from './names.js';
import type { EntityKind } from './types.js';

export interface PatternHit {
  start: number;
  end: number;
  kind: EntityKind;
  /** The list the hit is one item of (types.ts, Mention.list). */
  list?: { start: number; end: number };
}

// A capitalised word; the legal-form abbreviations are left to LEGAL so "Co., Ltd." stays whole.
// Month names are dates, never part of a name: "… of Sciences on September 25" ends at "Sciences".
const WORD = String.raw`(?:(?!(?:Co|Ltd|Inc|Corp|${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\b)[A-Z][A-Za-z0-9’'&·\-]*|\([A-Z][A-Za-z]+\))`;
// "the" only after another connector ("Office of the Liaoning …"): in a title-case headline a
// bare "the" follows a verb ("Six Firms Win the Liaoning Governor's Quality Award").
const CONNECTOR = String.raw`(?:(?:of|and|for|on|between)(?:[ \t]+the)?|&)`;
const LEGAL = LEGAL_FORM_SOURCE;
/**
 * A run of capitalised words with the connectors names use ("University of Technology", "Rubber
 * and Plastic"). Words are joined by spaces only: a line break (after a headline, between
 * paragraphs) always ends a name.
 */
const NAME_RUN = new RegExp(
  String.raw`(?:\d{1,2}(?:st|nd|rd|th)[ \t]+)?${WORD}(?:[ \t]+(?:${CONNECTOR}[ \t]+)?${WORD})*${LEGAL}?`,
  'g',
);
/** Words after a head that continue the name: "Administration for Market Regulation", "Committee of …". */
const NAME_CONTINUES = new Set(['of', 'for', 'between', 'on']);

/** Capitalised words that open sentences or phrases but never start a name. */
const LEADING_STOP = new Set(
  (
    'The A An In On At By For With As Since According This These That Its Their Our And Of From Under Through After ' +
    'Before During Both Also Last Next Meanwhile Besides Recently Today Yesterday Currently Now When While Among ' +
    'Including Like Such Up To Over More Some All Many Each Every Other Here There It He She They We Within Across ' +
    'Along Via Located Based Founded Established Led Backed Supported Together Following Thanks Despite Once Relying Depending Guided Driven'
  ).split(' '),
);

const HEADS: Array<[EntityKind, string[]]> = [
  [
    'ORGANIZATION',
    [
      'Bureau',
      'Committee',
      'Commission',
      'Government',
      'Office',
      'Department',
      'Ministry',
      'Administration',
      'Association',
      'Alliance',
      'Council',
      'Federation',
      'Chamber',
      'Society',
      'Agency',
      'Academy',
      // A center is a body or a venue, never the event whose word it carries ("Shenyang International Exhibition Center").
      'Center',
      'Centre',
    ],
  ],
  // A university's school is filed with universities ("School of Chemical Engineering of Dalian University of Technology").
  ['UNIVERSITY', ['University', 'Institute', 'College', 'School', 'Laboratory', 'Lab', 'Campus']],
  ['ZONE', ['Zone', 'Park', 'Area', 'Base', 'Incubator', 'Port', 'Village', 'Town', 'Gallery']],
  ['ENTERPRISE', ['Group', 'Company', 'Corporation', 'Industries', 'Holdings', 'Shipyard', 'Bank', 'Branch']],
  ['AWARD', ['Award', 'Awards', 'Prize', 'Medal', 'Certification']],
  [
    'PROJECT',
    [
      'Project',
      // "Fushun Inspects New Materials Enterprises and Projects": a plural names no one project.
      'Programme',
      'Program',
      'Plan',
      'Conference',
      'Forum',
      'Expo',
      'Exhibition',
      'Fair',
      'Summit',
      'Initiative',
      'Campaign',
      'Festival',
    ],
  ],
  ['CLUSTER', ['Cluster']],
  // A district is a zone, as the model has it (docs/model.md: Lushunkou District); cities, counties and provinces are places.
  ['ZONE', ['District']],
  ['PLACE', ['Province', 'City', 'County']],
];
/** Centers whose words say what they are: research (the model files it with universities) or a venue (a place). */
const FACILITY_HEADS: Array<[EntityKind, RegExp]> = [
  ['UNIVERSITY', new RegExp(String.raw`\b(?:${RESEARCH_CENTER_WORDS.join('|')})\s+(?:Center|Centre)$`)],
  ['PLACE', new RegExp(String.raw`\b(?:${VENUE_CENTER_WORDS.join('|')})\s+(?:Center|Centre)$`)],
];

const HEAD_KIND = new Map<string, EntityKind>(HEADS.flatMap(([k, words]) => words.map((w) => [w, k] as const)));

/** Kind of a capitalised name by its head word (the last head before the first " of "), or by a legal form. */
export function kindOfName(name: string): EntityKind | null {
  if (ENDS_IN_LEGAL_ABBREVIATION.test(name)) return 'ENTERPRISE';
  const head = headPhrase(name);
  let kind: EntityKind | null = null;
  for (const w of head.split(/\s+/)) {
    const k = HEAD_KIND.get(w.replace(/[’']s$/, ''));
    if (k) kind = k;
  }
  // "Dalian University of Technology Science Park": a university's park is a zone.
  if (kind === 'UNIVERSITY' && HEAD_KIND.get(name.split(/\s+/).pop() ?? '') === 'ZONE') return 'ZONE';
  // A center is filed by what it does: "Joint R&D Center" researches, "Convention and Exhibition Center" is a venue.
  return FACILITY_HEADS.find(([, ending]) => ending.test(head))?.[0] ?? kind;
}

const INTERNAL_PAIRS = new Set<string>(NAME_INTERNAL_PAIRS);

const COUNTRY_SET = new Set<string>(COUNTRIES);
const FOREIGN_QUALIFIED = new RegExp(String.raw`\sof\s+(?:${COUNTRIES.join('|')})$`);

/** Words that make "X of Japan" a state's body or office, not a company. */
const STATE_WORDS =
  /\b(?:Embassy|Consulate|Ambassador|Minister|Ministry|President|Prime|King|Queen|Government|Republic|Kingdom|Parliament|Mayor|Governor)\b/;

/**
 * "RHI Magnesita of Austria", "POSCO of South Korea": a name without a head word, qualified by
 * its country, is a foreign company; its name is the part before "of".
 */
function foreignCompany(name: string): string | null {
  const qualified = FOREIGN_QUALIFIED.exec(name);
  if (!qualified) return null;
  const front = name.slice(0, qualified.index);
  return /^[A-Z]/.test(front) && !STATE_WORDS.test(front) && !LEADING_STOP.has(front) ? front : null;
}

/**
 * Splits "A University and B University" into its two names; keeps "Rubber and Plastic
 * Machinery Co., Ltd." and "… of Chaoyang Economic and Technological Development Zone" whole.
 */
function splitConjoined(start: number, run: string): Array<{ start: number; text: string }> {
  const parts: Array<{ start: number; text: string }> = [];
  let cursor = 0;
  const re = /\s+and\s+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(run))) {
    const left = run.slice(cursor, m.index);
    const pair = `${/\S+$/.exec(left)?.[0] ?? ''} and ${/^\S+/.exec(run.slice(m.index + m[0].length))?.[0] ?? ''}`;
    if (INTERNAL_PAIRS.has(pair)) continue;
    const right = run.slice(m.index + m[0].length);
    // "Dalian University of Technology and Dalian Rubber & Plastics Machinery Jointly Build …":
    // a whole name, then another that opens with its city.
    // "set up by SIASUN and Northeastern University": an acronym is a whole name too.
    // "a joint venture of RHI Magnesita of Austria and Liaoning …": a name qualified by its
    // country is whole.
    const named =
      kindOfName(left) || /^[A-Z][A-Z0-9&]{2,}$/.test(left) || FOREIGN_QUALIFIED.test(left) || COUNTRY_SET.has(left);
    if (named && (kindOfName(right) || LIAONING_CITIES.some((c) => right.startsWith(`${c} `)))) {
      parts.push({ start: start + cursor, text: left });
      cursor = m.index + m[0].length;
    }
  }
  parts.push({ start: start + cursor, text: run.slice(cursor) });
  return parts;
}

/**
 * Cuts a name after its last head word unless an "of …" part follows: headlines capitalise
 * verbs ("Lushun Development Zone Keeps …"), names end at their head.
 */
function endAtHead(name: string): string {
  if (ENDS_IN_LEGAL_ABBREVIATION.test(name)) return name;
  const words = name.split(/[ \t]+/);
  const ofAt = words.findIndex((w) => NAME_CONTINUES.has(w));
  const headPart = ofAt < 0 ? words : words.slice(0, ofAt);
  let last = -1;
  headPart.forEach((w, i) => {
    if (HEAD_KIND.has(w.replace(/[’']s$/, ''))) last = i;
  });
  if (last < 0 || last === words.length - 1 || NAME_CONTINUES.has(words[last + 1] ?? '')) return name;
  return words.slice(0, last + 1).join(' ');
}

/**
 * A run whose front names no kind ("President Zhang Wei of Dalian University of Technology"):
 * the part after the first "of" that does.
 */
function namedTail(part: { start: number; text: string }): { start: number; text: string } {
  if (kindOfName(part.text)) return part;
  for (const m of part.text.matchAll(/[ \t]+of[ \t]+/g)) {
    const rest = part.text.slice(m.index + m[0].length);
    if (kindOfName(rest)) return { start: part.start + m.index + m[0].length, text: rest };
  }
  return part;
}

// "Sets Up", "Kicks Off": the particle goes with the verb.
const HEADLINE_VERB = new RegExp(`[ \\t]+(?:${HEADLINE_VERBS.join('|')})(?:[ \\t]+(?:Up|Off|Out))?[ \\t]+`, 'g');

/**
 * A title-case headline runs its verb into the names around it ("Liaoyang Holds Investment
 * Promotion Conference"): the run is cut at the verb, each side a run of its own.
 */
const HEADLINE_VERB_FIRST = new RegExp(`^(?:${HEADLINE_VERBS.join('|')})[ \\t]+`);
const HEADLINE_VERB_LAST = new RegExp(`[ \\t]+(?:${HEADLINE_VERBS.join('|')})$`);

function atHeadlineVerbs(start: number, run: string): Array<{ start: number; text: string }> {
  const parts: Array<{ start: number; text: string }> = [];
  let cursor = 0;
  for (const m of run.matchAll(HEADLINE_VERB)) {
    parts.push({ start: start + cursor, text: run.slice(cursor, m.index) });
    cursor = m.index + m[0].length;
  }
  parts.push({ start: start + cursor, text: run.slice(cursor) });
  // A verb at either end of the run too: "… to Build Nonferrous Metals and New Materials Base",
  // "Changxing Island Petrochemical Base of Dalian Builds a …".
  const first = parts[0];
  const lead = first ? HEADLINE_VERB_FIRST.exec(first.text) : null;
  if (first && lead) parts[0] = { start: first.start + lead[0].length, text: first.text.slice(lead[0].length) };
  const last = parts[parts.length - 1];
  const tail = last ? HEADLINE_VERB_LAST.exec(last.text) : null;
  if (last && tail) parts[parts.length - 1] = { start: last.start, text: last.text.slice(0, tail.index) };
  return parts.filter((p) => p.text.trim().length > 0);
}

/**
 * An event's edition is part of its name ("the 2024 Liaoning Industrial Internet Forum", "the
 * 16th China (Xingcheng) International Swimwear Expo"): the start of the year or ordinal before
 * it, else the name's own start.
 */
function editionStart(text: string, start: number, kind: EntityKind, name: string): number {
  const event = name.split(/\s+/).some((w) => EVENT_WORD_SET.has(w.toLowerCase()) || w === 'Week' || w === 'Day');
  if (kind !== 'PROJECT' || !event) return start;
  const before = text.slice(Math.max(0, start - 16), start);
  const edition = new RegExp(String.raw`(?:${YEAR_SOURCE}|\b\d{1,3}(?:st|nd|rd|th))[ \t]+$`).exec(before);
  return edition ? start - (before.length - edition.index) : start;
}

const COUNTED_PLURAL_FIRST = new RegExp(
  String.raw`^(?:${NUMBER_WORDS.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('|')}|\d+)[ \t]+[A-Z][a-z]+s[ \t]+(?:and|&)[ \t]+`,
);

/** Capitalised names whose head word or legal form tells their kind. */
export function findNamedRuns(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    let start = m.index;
    let run = m[0];
    // Drop sentence-opening words ("In", "The") and trailing connectors.
    for (;;) {
      const first = /^(\S+)\s+/.exec(run);
      // "Relying on X": a connector left at the front after an opening word goes too.
      const connector = /^(?:of|and|for|on|between|the)$/.test(first?.[1] ?? '');
      if (!first?.[1] || !(LEADING_STOP.has(first[1]) || (connector && start > m.index))) break;
      start += first[0].length;
      run = run.slice(first[0].length);
    }
    // "… Signs Agreements with Two Enterprises and Kangping County": a counted plural names no one.
    const counted = COUNTED_PLURAL_FIRST.exec(run);
    if (counted) {
      start += counted[0].length;
      run = run.slice(counted[0].length);
    }
    // "… Co., Ltd. in Shenyang on the Jianping … Project": a place is no body "on" anything.
    const onThe = /^(.+?)[ \t]+on[ \t]+the[ \t]+/.exec(run);
    if (onThe && KNOWN_PLACE_SET.has(onThe[1] ?? '')) {
      start += onThe[0].length;
      run = run.slice(onThe[0].length);
    }
    // "Officials of the A and the B": the named part after "of" first, then its conjuncts.
    const named = atHeadlineVerbs(start, run).map((p) => {
      const tail = namedTail(p);
      const article = tail === p ? 0 : (/^the[ \t]+/.exec(tail.text)?.[0].length ?? 0);
      return { start: tail.start + article, text: tail.text.slice(article) };
    });
    for (const joined of named.flatMap((p) => splitConjoined(p.start, p.text))) {
      // "… and the People's Government of …": the article of a conjunct is not part of its name;
      // "Dalian University of Technology (DUT)": nor is the abbreviation it defines.
      const article = /^the[ \t]+/.exec(joined.text)?.[0].length ?? 0;
      const whole = namedTail({
        start: joined.start + article,
        text: joined.text.slice(article).replace(/[ \t]+\([A-Z]{2,8}\)$/, ''),
      });
      const part = { start: whole.start, text: endAtHead(whole.text) };
      const kind = kindOfName(part.text);
      const foreign = kind ? null : foreignCompany(part.text);
      if (foreign) out.push({ start: part.start, end: part.start + foreign.length, kind: 'ENTERPRISE' });
      if (!kind || !/\s/.test(part.text.trim()) || LEADING_STOP.has(part.text)) continue;
      // "the Yingkou Port Cold Chain Logistics Center project": a facility named as its project.
      const end = part.start + part.text.length;
      const project = kind !== 'ENTERPRISE' && kind !== 'PERSON' ? /^[ \t]+project\b/.exec(text.slice(end)) : null;
      if (project) {
        out.push({ start: part.start, end: end + project[0].length, kind: 'PROJECT' });
        continue;
      }
      out.push({ start: editionStart(text, part.start, kind, part.text), end, kind });
    }
  }
  return out;
}

/** The lexicon's roles, each also with a capital first letter ("President Li Ming"). */
const ROLES = String.raw`(?:${ROLES_SOURCE.replace(/(^|\|)([a-z])/g, (_m, bar: string, c: string) => `${bar}[${c}${c.toUpperCase()}]`)})`;
// A headline's verb is no part of the name before it ("Vice Governor Li Yanhe Inspects …").
// A Korean given name is hyphenated ("Kim Jae-won").
const PERSON = String.raw`[A-Z][a-z]+(?:[ \t](?!(?:${HEADLINE_VERBS.join('|')})\b)[A-Z][a-z]+(?:-[a-z]+)?){1,2}`;

export interface PersonHit extends PatternHit {
  role: string;
  /** Where the role starts when it stands before the name ("President Li Ming of …"). */
  roleStart?: number;
  /** "its chairman Gao Yuan": the body is the one named last before. */
  ofAntecedent?: boolean;
  /** Where the text after the role ("of the company", "of Huaxin Co., Ltd.") starts. */
  ofStart: number | null;
}

/** People named with a role: "Li Ming, general manager of …", "general manager Li Ming". */
export function findPeopleWithRoles(text: string): PersonHit[] {
  const out: PersonHit[] = [];
  // "Li Ming, general manager of …", "Li Ming, secretary of the CPC Committee of …"
  const after = new RegExp(
    String.raw`\b(${PERSON}),[ \t]+(?:the[ \t]+)?(${ROLES})\b([ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?)?`,
    'g',
  );
  for (const m of text.matchAll(after)) {
    const name = m[1] ?? '';
    if (LEADING_STOP.has(name.split(' ')[0] ?? '')) continue;
    out.push({
      start: m.index,
      end: m.index + name.length,
      kind: 'PERSON',
      role: (m[2] ?? '').toLowerCase().replace(/\s+/g, ' '),
      ofStart: m[3] ? m.index + m[0].length : null,
    });
  }
  // "general manager Li Ming", "President Li Ming of Dalian University of Technology", "its chairman Gao Yuan"
  const before = new RegExp(
    String.raw`\b((?:[Ii]ts[ \t]+)?)(${ROLES})[ \t]+(${PERSON})\b([ \t]+of[ \t]+(?:the[ \t]+)?)?`,
    'g',
  );
  for (const m of text.matchAll(before)) {
    const name = m[3] ?? '';
    const start = m.index + m[0].length - (m[4] ?? '').length - name.length;
    if (LEADING_STOP.has(name.split(' ')[0] ?? '')) continue;
    if (out.some((p) => p.start === start)) continue;
    out.push({
      start,
      end: start + name.length,
      kind: 'PERSON',
      role: (m[2] ?? '').toLowerCase().replace(/\s+/g, ' '),
      roleStart: m.index,
      ofStart: m[4] ? m.index + m[0].length : null,
      ...(m[1] ? { ofAntecedent: true } : {}),
    });
  }
  return out;
}

/** Quoted names whose neighbouring words tell their kind: the “Huanyou” brand, the title of “…”. */
export function findQuotedNames(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  for (const m of text.matchAll(/[“"]([^”"\n]{2,90})[”"]/g)) {
    const start = m.index + 1;
    const end = start + (m[1]?.length ?? 0);
    const before = text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30).toLowerCase();
    let kind: EntityKind | null = null;
    if (/\b(brand|trademark)\s*$/.test(before) || /^\s*(brand|trademark)/.test(after)) kind = 'BRAND';
    else if (
      /\b(title of|titled|honou?r of|named|named as|rated as|recognized as|recognised as|awarded|won|received)\s*(the\s+|a\s+|an\s+)?$/.test(
        before,
      ) ||
      /^\s*(title|award|honou?r|certification|designation)/.test(after)
    )
      kind = 'AWARD';
    else if (/\b(cluster)\b/.test(after.slice(0, 12))) kind = 'CLUSTER';
    else if (
      /^\s*(programme|program|project|initiative|campaign|plan|activity|activities|action)/.test(after) ||
      /\b(programme|program|initiative|campaign|plan)\s*$/.test(before)
    )
      kind = 'PROJECT';
    if (kind) out.push({ start, end, kind });
  }
  // Bare brand names: "the Haiyantang brand".
  for (const m of text.matchAll(/\b(?:the|its|their)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:brand|trademark)\b/g)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].indexOf(name);
    out.push({ start, end: start + name.length, kind: 'BRAND' });
  }
  return out;
}

/**
 * The title a headline says a list was given, the headline running out on it: "Six Benxi
 * Enterprises Named Liaoning Provincial Green Factories". Winner lists often name the title
 * only there ("They are A, B and C").
 */
export function findHeadlineTitles(text: string): PatternHit[] {
  const start = text.search(/\S/);
  const end = text.indexOf('\n', start);
  const headline = text.slice(start, end < 0 ? undefined : end);
  const m =
    /\b(?:Named|Selected as|Recognized as|Recognised as|Rated as|Listed as|Honored as|Honoured as)\s+(?:(?:the|a|an)\s+)?((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|and|for|"[^"]+"))+)\s*$/.exec(
      headline,
    );
  if (!m?.[1]) return [];
  const at = start + m.index + m[0].indexOf(m[1]);
  return [{ start: at, end: at + m[1].length, kind: 'AWARD' }];
}

/**
 * Designations in lower case after the verb that confers them: "was rated a national science
 * and technology business incubator", 'was recognized as a national … "little giant" enterprise'.
 */
export function findDesignations(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  const re =
    /\b(?:rated|recognized|recognised|named|listed|selected|certified|awarded|identified)\s+(?:as\s+)?(?:a|an|the)\s+((?:(?!(?:in|for|by|with)\b)[\w’'"“”-]+\s+){0,7}?(?:enterprise|incubator|base|cent(?:er|re)|brand|trademark|champion|platform|demonstration\s+\w+|enterprise\s+of\s+[a-z ]+?))(?=[,.;]|\s+(?:in|by|for|and|with)\b)/g;
  const headline = /^[^\n]*/.exec(text)?.[0] ?? '';
  for (const m of [
    ...text.matchAll(re),
    ...text.matchAll(LEVELLED_DESIGNATION),
    ...headline.matchAll(HEADLINE_DESIGNATION),
  ]) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, kind: 'AWARD' });
  }
  return out;
}

/**
 * A designation of a level, held (also in apposition: "X, a national …"), counted or listed: "X is a national specialized and
 * sophisticated "little giant" enterprise", "has cultivated 29 provincial specialized …
 * enterprises", "were selected into the list of provincial … demonstration factories". The
 * level word keeps "a leading enterprise in the field" out. The title's own commas are in it
 * ("the first batch of provincial specialized, sophisticated, distinctive and innovative
 * small and medium-sized enterprises"): it ends at its first head word all the same, or at the
 * field after it ("a national key leading enterprise of agricultural industrialization"). "Provincial-level
 * and above green factories" counts titles of two levels; it names none.
 */
const LEVELLED_DESIGNATION =
  /(?:\b(?:is|was|are|were|became|become|becoming|as|and|list\s+of|batch\s+of|ranks\s+of|\d[\d,]*)\s+(?:a\s+|an\s+)?|,\s+(?:a|an)\s+)((?:national|provincial|municipal)(?:-level)?(?!\s+and\s+above)(?:,?\s+(?!(?:in|for|by|with)\b|and\s+\d)[\w’'"“”-]+){0,12}?\s+(?:enterprises?|incubators?|bases?|cent(?:er|re)s?|brands?|champions?|factories|factory|platforms?)(?:\s+of\s+(?!(?:the|its|their|a|an)\b)[a-z][\w-]*(?:\s+(?!(?:in|and|by|for|with)\b)[a-z][\w-]*){0,2}(?=[,.;]|\s+(?:in|by|and)\b))?)(?=[,.;]|\s+(?:in|by|for|and|with|of|from|released|issued|published)\b)/g;

/**
 * The same in a title-case headline, where it closes the line: "27 Fushun Enterprises Listed as
 * Provincial Specialized, Refined, Distinctive and Innovative Small and Medium-sized Enterprises",
 * "… Recognized as Liaoning Provincial Specialized, Refined, Distinctive and Innovative SMEs".
 */
const HEADLINE_DESIGNATION =
  /\b(?:as|Named|Listed|Selected|Recognized|Rated)\s+(?:a\s+|an\s+)?((?:Liaoning\s+)?(?:National|Provincial|Municipal)(?:-[Ll]evel)?(?:,?\s+[\w’'"“”-]+){0,12}?\s+(?:Enterprises?|SMEs?|Incubators?|Bases?|Cent(?:er|re)s?|Brands?|Champions?|Factories|Factory|Platforms?))\s*$/g;

/**
 * Lower-case projects as investment reports name them: "the 50,000-ton high-purity silicon
 * carbide project", "a high-end chemical pump manufacturing base", "a 5,000-ton catalyst
 * production line" — at the start of a sentence too ("The molybdenum deep processing project"),
 * with a phase in Roman numerals ("its phase III expansion project").
 */
const RANKED = new RegExp(`^(?:${RANKING_ADJECTIVES.join('|')})\\b`);

/**
 * Words said of a project that name none: "a new project", "the signed project", "a typical
 * project", "the largest foreign-funded project", "the first production line".
 */
const DESCRIBED_PROJECT =
  /^(?:(?:new|key|major|first|second|whole|same|other|signed|investment)\s+project|(?:typical|first|second|third|largest|biggest|whole|complete|same|other|similar)(?:\s+[\w-]+)?\s+(?:project|production line|plant))$/;

export function findProjects(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  const re =
    /\b(?:[Tt]he|[Aa]n?|[Ii]ts)[ \t]+((?:[\d,.]+-(?:ton|tonne|megawatt|kilowatt|mu|square-meter|unit|set|piece)[ \t]+|[\d,.]+[ \t]+(?:MW|GW|kW)[ \t]+|[\d,.]+[ \t]+(?:tons?|tonnes?)[ \t]+per[ \t]+year[ \t]+)?(?:(?!(?:of|the|a|an|and|in|with|for|by|to)\b)(?:[a-z][\w-]*|[A-Z]{2,}[\w-]*)[ \t]+)(?:(?!(?:of|the|a|an|in|with|for|by|to)\b)(?:[a-z][\w-]*|(?:I{1,3}|IV|VI{0,3})(?=[ \t]))[ \t]+){0,5}?(?:project|(?:production line|manufacturing base|production base|industrial base)(?:[ \t]+project)?|center project|base project|plant)(?:[ \t]+for(?:[ \t]+(?!(?:of|the|a|an|and|in|with|for|by|to|its|was|were|is|are|will|has|have)\b)[a-z][\w-]*){1,4}(?=[ \t]+(?:of|in|was|were|is|has|will)\b|[.;]))?)\b/g;
  // "the intelligent production line for photovoltaic module equipment of X was put into
  // production": a bare use after "for" is part of the name, as for things (nlp-mentions.ts).
  for (const m of text.matchAll(re)) {
    const name = m[1] ?? '';
    if (DESCRIBED_PROJECT.test(name)) continue;
    // "the largest production base (of X)" ranks its maker; it names no facility.
    if (RANKED.test(name) && /production base$/.test(name)) continue;
    const start = m.index + m[0].length - name.length;
    // A plant is a company's project when it is said whose ("the electronic chemicals plant of X
    // Co., Ltd.", "its … plant"); "a sewage treatment plant" of a park is its infrastructure.
    if (/plant$/.test(name) && !/^[Ii]ts/.test(m[0]) && !/^[ \t]+of[ \t]+[A-Z]/.test(text.slice(start + name.length)))
      continue;
    out.push({ start, end: start + name.length, kind: 'PROJECT' });
  }
  return out;
}

/** Words that alone name no product: "its products have been sold to …" names none. */
const GENERIC_PRODUCT = /^(?:(?:main|major|new|key|own)\s+)?(?:products?|goods|items|equipment|output|offerings)$/;

// A product phrase: numbers with units ("308,000-ton", "500 kV"), lower-case words and
// acronyms ("VLCC", "2,500-TEU"), a possessive ("women's swimsuits"), at most seven words, none
// of them a function word ("competition swimsuits under its own brand" ends before "under").
const PRODUCT_WORD = String.raw`(?:[\d,.]+(?:-[A-Za-z]+)?|kV|[A-Z][A-Z0-9]+[\w-]*|(?!(?:and|or|of|the|a|an|in|to|for|with|from|by|under|at|on|into|through|via|as|than|over|since|using|while|including|have|has|been|were|was|are|is|which|that|its|after|before|upon|once|when|per|each|mainly|mostly|also|chiefly|primarily|supplies|produces|exports|sells|makes|provides|serves|employs)\b)[a-z][\w-]*(?:['’]s\b)?)`;
const PRODUCT = String.raw`${PRODUCT_WORD}(?:[ \t]+${PRODUCT_WORD}){0,6}`;
const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');

// "its X and Y have been sold to …"; ", which produces X".
const SOLD_PRODUCTS = new RegExp(
  String.raw`\b[Ii]ts[ \t]+(${PRODUCT}(?:(?:,[ \t]+|[ \t]+and[ \t]+)${PRODUCT})*)[ \t]+(?:have|has|had)[ \t]+(?:also[ \t]+)?been[ \t]+(?:${alternatives(SALE_VERBS)})[ \t]+to\b([^.;]*)`,
  'g',
);
// "X has formulated the national standard of Ginkgo biloba tablets", "the company has
// participated in the formulation of 6 national standards of transformers".
const FORMULATED = new RegExp(
  String.raw`\s+(?:has|have|had)?[ \t]*(?:${alternatives(FORMULATION_VERBS)})[ \t]+(?:the[ \t]+|\d+[ \t]+|(?:${NUMBER_WORDS.join('|')})[ \t]+)?((?:${alternatives(STANDARD_LEVELS)})[ \t]+standards?(?:[ \t]+(?:of|for)[ \t]+[^,.;\n]{2,60}?)?)(?=[ \t]*[,.;\n])`,
  'g',
);
// "… as its main businesses", "as their pillar industries" (lexicon.ts LINE_OF_WORK_NOUNS).
const AS_LINES_OF_WORK = new RegExp(
  String.raw`^\s+as\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}(?:${LINE_OF_WORK_NOUNS.map((w) => w.replace(/y$/, '')).join('|')})\w*\b`,
);
// "X Co., Ltd. has independently developed a class-one innovative drug" (not "developed into",
// nor an adverb ending its clause: "the cluster has developed rapidly", not "developed supply chains").
const DEVELOPED = new RegExp(
  String.raw`\s+(?:has|have|had)?[ \t]*(?:(?:independently|successfully|jointly|also|recently)[ \t]+)?(?:${alternatives(DEVELOPMENT_VERBS)})[ \t]+(?:a[ \t]+|an[ \t]+|the[ \t]+|its[ \t]+)?(?:(?:first|latest|own)[ \t]+)?(?!into\b|[a-z]+ly(?:[ \t]*[,.;\n]|[ \t]+(?:and|in|with|since|over|to)\b))(${PRODUCT}(?:(?:,[ \t]+|[ \t]+and[ \t]+)${PRODUCT})*)`,
  'g',
);
// "is one of the main production bases of X, Y and Z in China", "has built the largest production base of X".
const RANKED_BASE = new RegExp(
  String.raw`\b(?:[Oo]ne[ \t]+of[ \t]+the|[Tt]he)[ \t]+(?:(?:${alternatives(RANKING_ADJECTIVES)})[ \t]+)+(?:[a-z-]+[ \t]+)?production[ \t]+bases?[ \t]+of[ \t]+(${PRODUCT}(?:(?:,[ \t]+|[ \t]+and[ \t]+)${PRODUCT})*)`,
  'g',
);
// A bare use after the last product is part of its name ("ladle linings for steel mills"); a customer ("for BMW") is not.
const BARE_USE = String.raw`(?:[ \t]+for(?:[ \t]+(?!(?:and|or|the|a|an|its|their|which|that)\b)[a-z][\w-]*){1,4}(?=[,.;]|[ \t]+(?:and|in|with|to)\b))?`;
// "has an annual production capacity of 150,000 tons of X and 10,000 tons of Y", "of 600,000 tons of X and Y".
const AMOUNT = String.raw`[\d,.]+(?:[ \t]+(?:million|billion|thousand))?[ \t]+(?:${alternatives(CAPACITY_UNITS)})[ \t]+of[ \t]+`;
const CAPACITY_OF = new RegExp(
  String.raw`\b(?:has|had|have|with)[ \t]+an?[ \t]+(?:(?:annual|total|designed)[ \t]+)?(?:production[ \t]+)?capacity[ \t]+of[ \t]+${AMOUNT}(${PRODUCT}(?:(?:,[ \t]+|[ \t]+and[ \t]+)(?:${AMOUNT})?${PRODUCT})*${BARE_USE})`,
  'g',
);
// "X Co., Ltd., whose porcelain suspension insulators have been used on …": the products are X's.
const WHOSE_PRODUCTS = new RegExp(
  String.raw`,[ \t]+whose[ \t]+(?:main[ \t]+)?(${PRODUCT}(?:(?:,[ \t]+|[ \t]+and[ \t]+)${PRODUCT})*)[ \t]+(?:have|has|are|is|were|was|hold|holds|account|accounts|rank|ranks|occupy|occupies|enjoy|enjoys|cover|covers)\b`,
  'g',
);
const PRODUCED = new RegExp(
  String.raw`,[ \t]+(?:which|that)[ \t]+(?:mainly[ \t]+)?(?:${alternatives(PRODUCTION_VERBS)})[ \t]+(${PRODUCT}(?:(?:,[ \t]+|[ \t]+and[ \t]+)${PRODUCT})*)`,
  'g',
);

/** Where a sentence names products and what became of them: the spans the product-sale rule reads. */
/**
 * The forms a product is named in: "its X have been sold to …", ", which produces X", "X Co.,
 * Ltd. has developed X", and a standard "X has formulated the national standard of Y".
 */
export type ProductForm =
  'its-sold' | 'which-produces' | 'whose-products' | 'ranked-base' | 'capacity-of' | 'developed' | 'formulated';

export interface ProductHit {
  /** Each product named: "its 308,000-ton VLCC and 2,500-TEU container ships" gives two. */
  products: Array<{ start: number; end: number }>;
  /** "its … have been sold to …": the maker is the body named before "its". */
  how: ProductForm;
  /** Where the product went ("to shipowners from Greece, Singapore and Norway"), to the clause's end; null: not said. */
  destination: { start: number; end: number } | null;
  /** Offset of "its" or of ", which": the maker is named before it. */
  anchor: number;
}

/**
 * Products in the two forms these reports state a maker and its market in: "its silicon
 * carbide products have been sold to Japan and South Korea" and "X Co., Ltd., which produces
 * offshore wind power installation platforms".
 */
export function findProductHits(text: string): ProductHit[] {
  const out: ProductHit[] = [];
  const split = (start: number, phrase: string) => {
    const parts: Array<{ start: number; end: number }> = [];
    let at = 0;
    const pieces = phrase.split(/(\s+and\s+|,\s+)/);
    for (let i = 0; i < pieces.length; i += 1) {
      let piece = pieces[i] ?? '';
      // "tool and die steels", "swimwear cups and pads": one thing (names.ts, sharesHead, sharesModifiers).
      const pair = pieces.length === 3 && sharesModifiers(piece, pieces[i + 2] ?? '');
      if (/^\s+and\s+$/.test(pieces[i + 1] ?? '') && (sharesHead(piece, pieces[i + 2] ?? '') || pair)) {
        piece = pieces.slice(i, i + 3).join('');
        i += 2;
      }
      const named = !/^\s+and\s+$|^,\s+$/.test(piece) && piece.trim() !== '' && !GENERIC_PRODUCT.test(piece);
      if (named) parts.push({ start: start + at, end: start + at + piece.length });
      at += piece.length;
    }
    return parts;
  };
  for (const m of text.matchAll(SOLD_PRODUCTS)) {
    const phrase = m[1] ?? '';
    const start = m.index + m[0].indexOf(phrase, 3);
    const rest = m[2] ?? '';
    const restStart = m.index + m[0].length - rest.length;
    out.push({
      products: split(start, phrase),
      how: 'its-sold',
      destination: { start: restStart, end: restStart + rest.length },
      anchor: m.index,
    });
  }
  for (const m of text.matchAll(PRODUCED)) {
    const phrase = m[1] ?? '';
    const start = m.index + m[0].length - phrase.length;
    out.push({ products: split(start, phrase), how: 'which-produces', destination: null, anchor: m.index });
  }
  for (const m of text.matchAll(WHOSE_PRODUCTS)) {
    const phrase = m[1] ?? '';
    const start = m.index + m[0].indexOf(phrase, m[0].indexOf('whose'));
    out.push({ products: split(start, phrase), how: 'whose-products', destination: null, anchor: m.index });
  }
  for (const m of text.matchAll(RANKED_BASE)) {
    const phrase = m[1] ?? '';
    const start = m.index + m[0].length - phrase.length;
    // "the largest production base of BMW" names a brand's plant, not a product.
    const products = split(start, phrase).filter((p) => /\b[a-z]/.test(text.slice(p.start, p.end)));
    out.push({ products, how: 'ranked-base', destination: null, anchor: m.index });
  }
  for (const m of text.matchAll(CAPACITY_OF)) {
    const phrase = m[1] ?? '';
    const start = m.index + m[0].length - phrase.length;
    // "… 150,000 tons of X and 10,000 tons of Y": each product without its amount.
    const products = split(start, phrase).map((p) => {
      const amount = new RegExp(`^${AMOUNT}`).exec(text.slice(p.start, p.end));
      return amount ? { start: p.start + amount[0].length, end: p.end } : p;
    });
    out.push({ products, how: 'capacity-of', destination: null, anchor: m.index });
  }
  for (const m of text.matchAll(FORMULATED)) {
    // One standard, whole: "national standards of pumps and valves" is one thing.
    const phrase = m[1] ?? '';
    const start = m.index + m[0].length - phrase.length;
    out.push({
      products: [{ start, end: start + phrase.length }],
      how: 'formulated',
      destination: null,
      anchor: m.index,
    });
  }
  for (const m of text.matchAll(DEVELOPED)) {
    const phrase = m[1] ?? '';
    const start = m.index + m[0].length - phrase.length;
    // "has developed bonded logistics and bonded processing as its main businesses": lines of work.
    if (AS_LINES_OF_WORK.test(text.slice(start + phrase.length))) continue;
    out.push({ products: split(start, phrase), how: 'developed', destination: null, anchor: m.index });
  }
  return out;
}

/** The product phrases as mentions of lower-case things (the model's Project kind). */
export function findProducts(text: string): PatternHit[] {
  return findProductHits(text).flatMap((h) => h.products.map((p) => ({ ...p, kind: 'PROJECT' as const })));
}

/** Lower-case cluster phrases: "the Jinzhou robotics industrial cluster". */
export function findClusters(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  for (const m of text.matchAll(
    // "… cluster of Kaiyuan": a place after "of" is part of the name; "of the zone" is not. An
    // industry is a cluster only with its place ("the instrument industry of Dandong"): "the
    // steel industry" alone is a field, not a body of enterprises.
    /\b(?:[Tt]he|a|an|its)\s+((?:(?!(?:of|the|a|an|and|in)\b)[A-Za-z][\w-]*\s+){1,5}?(?:(?:industrial|industry)\s+cluster(?:\s+of\s+[A-Z][a-z]+(?:\s+(?:City|County))?)?|industry\s+of\s+(?!China\b)[A-Z][a-z]+(?:\s+(?:City|County))?))\b/g,
  )) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length - name.length;
    out.push({ start, end: start + name.length, kind: 'CLUSTER' });
  }
  return out;
}

const MAINSTAY = MAINSTAY_INDUSTRY_WORDS.join('|');
/** "three pillar industries, namely A, B and C", "four leading industries of A, B and C": the list follows. */
const INDUSTRIES_THEN_LIST = new RegExp(
  String.raw`\b(?:(\w+)\s+)?(?:${MAINSTAY})\s+industries,?\s+(namely|including|such as|of|are|:)\s+`,
  'gi',
);
/** "takes A, B and C as its four leading industries": the list comes first. */
const LIST_THEN_INDUSTRIES = new RegExp(
  String.raw`\b(?:takes?|took|taking|taken)\s+([^.;]+?)\s+as\s+(?:its|their|the\s+\w+'s)\s+(?:(\w+)\s+)?(?:${MAINSTAY})\s+industries\b`,
  'gi',
);
/** Where a list after its cue ends: the sentence's end, or a clause that adds something else. */
const LIST_END = /[.;]\s|[.;]$|\n|,\s+(?:and|while|with|which|whose|accounting|making|forming|among)\b/;

/**
 * The industries a zone or city names as its mainstays, each a Cluster (the model's kind for an
 * industry of a place), each carrying the list so that a rule reaching one item reaches all:
 * "has formed three pillar industries, namely A, B and C", "four pillar industries of A, B and
 * C", "takes A, B and C as its leading industries". Items split at commas and the last "and"
 * ("automobiles and auto parts, general equipment, new materials and biomedicine" is three);
 * a list without a comma is two items only when its count says two.
 */
const COMPANY_LIST = new RegExp(
  String.raw`\b(?:${COMPANY_LIST_NOUNS.join('|')})\s+(?:such\s+as|including|like)\s+`,
  'gi',
);
/** A company of such a list: capitalised words (with "&" and digits), at most four. */
const LISTED_COMPANY = /^(?:[A-Z][\w&’'-]*|&|\d+)(?:\s+(?:[A-Z][\w&’'-]*|&|\d+)){0,3}/;

/**
 * Companies listed by what they are to the company of the sentence ("vehicle makers such as FAW
 * Jiefang, BYD and Brilliance Auto", "customers such as Ansteel Group and China Baowu Steel
 * Group", "companies including PetroChina, Sinopec and BASF"): each an Enterprise, named as the
 * list names it, without a legal form. The list ends at a word in lower case ("and other …").
 */
export function findListedCompanies(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  for (const m of text.matchAll(COMPANY_LIST)) {
    let at = m.index + m[0].length;
    for (;;) {
      const item = LISTED_COMPANY.exec(text.slice(at, at + 80));
      if (!item) break;
      // "Dalian Kelin Precision Reducer Co., Ltd.": the company patterns name it whole.
      out.push({ start: at, end: at + item[0].length, kind: 'ENTERPRISE' });
      const sep = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?=[A-Z])/.exec(text.slice(at + item[0].length));
      if (!sep) break;
      at += item[0].length + sep[0].length;
    }
  }
  return out;
}

// "have been used by CRRC Dalian Co., Ltd. and CRRC Qiqihar Co., Ltd.": the users that follow.
const USED_BY = new RegExp(String.raw`\b(?:${CUSTOMER_PASSIVES.join('|')})\s+(?:by|at)\s+`, 'g');

/**
 * Where a sentence names the users of a product ("its X-ray inspection systems … have been used
 * by CRRC Dalian Co., Ltd. and CRRC Qiqihar Co., Ltd.": from after "by" to the clause's end;
 * "… for BMW Brilliance Automotive Ltd. and other automakers": from after "for" to "and other").
 * The companies named there are customers, not the report's topic (mentions.ts marks them).
 */
export function findCustomerSpans(text: string): Array<{ start: number; end: number }> {
  return [...usedBySpans(text), ...forOthersSpans(text)];
}

// "makes welding robots for BMW Brilliance Automotive Ltd. and other automakers": the customers
// named before "and other …".
const AND_OTHER_BUYERS = new RegExp(String.raw`\s+and\s+other\s+(?:${COMPANY_LIST_NOUNS.join('|')})\b`, 'g');

function forOthersSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(AND_OTHER_BUYERS)) {
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    const buyers = /\b(?:for|to)\s+(?=[A-Z])(?:(?!\b(?:for|to)\s)[^;])*$/.exec(before);
    if (!buyers) continue;
    const start = m.index - before.length + buyers.index + (/^\w+\s+/.exec(buyers[0])?.[0].length ?? 0);
    out.push({ start, end: m.index });
  }
  return out;
}

function usedBySpans(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(USED_BY)].map((m) => {
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    // The clause ends where LIST_END says, but not at the full stop of "Co., Ltd. and …".
    const ends = new RegExp(LIST_END.source, 'g');
    let end = rest.length;
    for (const e of rest.matchAll(ends)) {
      const inName =
        ENDS_IN_LEGAL_ABBREVIATION.test(rest.slice(0, e.index + 1)) && /^\.\s+[a-z]/.test(rest.slice(e.index));
      if (inName) continue;
      end = e.index;
      break;
    }
    return { start, end: start + end };
  });
}

export function findIndustryLists(text: string): PatternHit[] {
  const lists: Array<{ start: number; end: number; count: string }> = [];
  for (const m of text.matchAll(INDUSTRIES_THEN_LIST)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start);
    // "key industries of the city", "are the mainstay": no list of industries.
    if (m[2]?.toLowerCase() !== 'namely' && /^(?:the|this|these|its|their|a|an)\b/i.test(rest)) continue;
    const end = start + (LIST_END.exec(rest)?.index ?? rest.length);
    lists.push({ start, end, count: m[1]?.toLowerCase() ?? '' });
  }
  for (const m of text.matchAll(LIST_THEN_INDUSTRIES)) {
    const list = m[1] ?? '';
    const start = m.index + m[0].indexOf(list, m[0].search(/\s/));
    lists.push({ start, end: start + list.length, count: m[2]?.toLowerCase() ?? '' });
  }
  const out: PatternHit[] = [];
  for (const { start, end, count } of lists) {
    const span = text.slice(start, end);
    let items = splitList(span);
    if (items.length === 1 && (count === 'two' || count === '2')) items = span.split(/\s+and\s+/);
    const hits: Array<{ start: number; end: number }> = [];
    let from = 0;
    for (const raw of items) {
      const at = span.indexOf(raw, from);
      from = at + raw.length;
      const item = raw.replace(/^(?:the|and)\s+/i, '').replace(/[\s,]+$/, '');
      const itemStart = start + at + raw.indexOf(item);
      // Lower-case words only: a capitalised name or a figure is no industry of a list.
      if (!/^[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,7}$/.test(item)) continue;
      hits.push({ start: itemStart, end: itemStart + item.length });
    }
    if (hits.length < 2) continue;
    for (const h of hits) out.push({ ...h, kind: 'CLUSTER', list: { start, end } });
  }
  return out;
}

/** A list's items: split at its commas, and the last item at its first "and". */
function splitList(span: string): string[] {
  const parts = span.split(/\s*,(?!\d)\s*(?:and\s+)?/);
  const last = parts.pop() ?? '';
  const and = parts.length > 0 ? /\s+and\s+/.exec(last) : null;
  const tail = and ? [last.slice(0, and.index), last.slice(and.index + and[0].length)] : [last];
  return [...parts, ...tail].filter(Boolean);
}

/** Cities and countries these reports name standing alone (the graph adds its own places). */
export const KNOWN_PLACES: readonly string[] = [
  'Liaoning',
  'Liaoning Province',
  ...LIAONING_CITIES,
  ...Object.keys(LIAONING_COUNTIES),
  'China',
  ...CHINESE_PROVINCES,
  'Korea',
  ...COUNTRIES,
  ...WORLD_REGIONS,
];
export const KNOWN_PLACE_SET: ReadonlySet<string> = new Set(KNOWN_PLACES);

/** The known places a text names, each as a whole word. */
export function knownPlacesIn(text: string): string[] {
  return KNOWN_PLACES.filter((p) => new RegExp(`\\b${p}\\b`).test(text));
}

/** Abbreviations the text defines: "Dalian Heavy Industry Corporation (DHC)". */
export function findAbbreviationDefinitions(
  text: string,
): Array<{ longEnd: number; abbr: string; start: number; end: number }> {
  const out: Array<{ longEnd: number; abbr: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/\s?\(([A-Z][A-Za-z&]{1,9})\)/g)) {
    const abbr = m[1] ?? '';
    if (!/^[A-Z]/.test(abbr)) continue;
    const start = m.index + m[0].indexOf(abbr);
    out.push({ longEnd: m.index, abbr, start, end: start + abbr.length });
  }
  return out;
}

/** Whether a short form plausibly abbreviates a long name (its capitals are initials of the name's words, in order). */
export function abbreviates(abbr: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
  const caps = abbr.replace(/[^A-Z]/g, '');
  let i = 0;
  for (const c of initials) if (c === caps[i]) i += 1;
  // "Ansteel Group Corporation (Ansteel)": a short form that is the name's first word.
  if (name.startsWith(`${abbr} `)) return true;
  if (initials === '' && /^[a-z]/.test(name)) return abbreviatesThing(caps, name);
  return caps.length >= 2 && i === caps.length;
}

/**
 * "purified terephthalic acid (PTA)", "polybutylene adipate terephthalate (PBAT)": a lower-case
 * thing's abbreviation opens with its first letter, takes its letters in the name's order, and
 * every word of the name gives one.
 */
function abbreviatesThing(caps: string, name: string): boolean {
  const lower = name.toLowerCase();
  if (caps.length < 2 || lower[0] !== caps[0]?.toLowerCase()) return false;
  let at = 0;
  for (const c of caps.toLowerCase()) {
    at = lower.indexOf(c, at);
    if (at < 0) return false;
    at += 1;
  }
  const words = lower.split(/[\s-]+/).filter((w) => !/^(?:and|of|for|the)$/.test(w));
  return words.every((w) => caps.toLowerCase().includes(w[0] ?? ''));
}
