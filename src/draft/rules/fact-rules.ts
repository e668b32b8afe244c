// The fact rules, as data: one named record per rule, in the spirit of spaCy's matcher
// patterns. The engine (../facts.ts) runs them clause by clause; every fact it proposes says
// which rule made it (`rule` in the JSON, a comment in the script, a line on the review page).
//
// To add a rule: add a record here. Its relationship type, and the kinds at its two ends,
// must be the registry's (src/model/relationship-types.ts): a unit test checks every record.
// The words a rule triggers on live in ../lexicon.ts.
import {
  AWARD_VERBS,
  CONTAINS_CUES,
  IMPLEMENTATION_CUES,
  CONFERRED_BY_CUES,
  CONFERRING_VERBS,
  COOPERATION_CUES,
  FOUNDING_VERBS,
  HOLD_CUES,
  LOCATION_CUES,
  MEMBER_CUES,
  MEMBER_LIST_CUES,
  COMPANY_HEAD_LEMMAS,
  ENTERPRISE_LIST_CUES,
  WORK_HEAD_WORDS,
  OWNERSHIP_CUES,
  BODIES_WITHOUT_MEMBERS,
  PART_OF_CUES,
  PROMOTION_CUES,
  ROLES,
  TITLE_VERBS,
  TRIGGER_LEMMAS,
  PRODUCER_NOUNS,
  DEVELOPER_NOUNS,
  DESIGNATION_HEADS,
  RESEARCH_FACILITY,
  COUNTRIES,
} from '../lexicon.js';
import { headPhrase } from '../names.js';
import type { DependencyPath } from '../dependency-paths.js';
import type { ProductForm } from '../patterns.js';
import type { EntityKind } from '../types.js';

/** A name whose head is a laboratory or research center ("Joint Laboratory of Intelligent Polymer Processing Equipment"). */
const RESEARCH_FACILITY_NAME: NameTest = { test: (name) => RESEARCH_FACILITY.test(headPhrase(name)) };

/** A test of a name: a RegExp, or a function over the name. */
interface NameTest {
  test(name: string): boolean;
}

interface RuleBase {
  /** Unique, kebab-case: what the rule reads. Shown with every fact it proposes. */
  name: string;
  /** Relationship type of the registry. */
  type: string;
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  confidence: number;
  /** One sentence: the text it reads, with an example. */
  description: string;
}

/**
 * Two ends named in one clause and a cue word that states the relation: between the two
 * names (`window: 'between'`) or anywhere in the clause (`'clause'`).
 */
export interface PairRule extends RuleBase {
  matcher: 'pair';
  cue: readonly string[];
  window: 'between' | 'clause';
  /** Which end is named first; absent: either order. */
  order?: 'from-first' | 'to-first';
  /** Most words between the two names. */
  maxWordsBetween?: number;
  /** The whole text between the two names must match this (e.g. "Zone of Panjin"). */
  between?: RegExp;
  /** The text right before the first-named end must match this ("At " before a visit's site). */
  before?: RegExp;
  /** Properties read from the clause: `via` (the agreement or platform named). */
  properties?: 'via';
  /** Skip when a company is named before the `from` end (it is the company that cooperates, not the zone). */
  unlessEnterpriseBeforeFrom?: boolean;
  /** Skip a `from` end named as a place where something is ("held in the zone", "build a pilot line in the zone"). */
  fromNotLocation?: boolean;
  /**
   * The `to` end is the last one named in the sentence before, and this sentence names none
   * ("The committee was set up in 2019 … The new members include A, B and C"); the `from`
   * ends come after the cue.
   */
  toInSentenceBefore?: boolean;
  /**
   * The `to` end is the zone whose enterprises the sentence says it lists, named before the cue
   * in this sentence or in the sentence before ("six enterprises of the zone were selected …
   * They are A, B and C"); the `from` ends come after the cue.
   */
  toWhoseEnterprises?: boolean;
  /**
   * With the parse: the `from` end must not be a modifier of another name ("the new materials
   * project of Huarui …, will be built in the zone": the project is built, not Huarui).
   */
  fromNotModifier?: boolean;
  /** Bodies that have no members: the `to` end's name must not match (a zone's management committee, a party committee). */
  toNot?: NameTest;
  /** The `to` end's name as the sentence spells it must match ("Liaoning Province", not any place after a comma). */
  toSpelled?: RegExp;
}

/**
 * Recipients of an award: every name of the first recipient kind present in the clause (a
 * list, "A, B and C"), the award named in the clause, referred back to ("the award"), or —
 * for a winner list ("The six winners are …") — named in the sentence before or the headline.
 */
export interface AwardRule extends RuleBase {
  matcher: 'award-recipients';
  cue: readonly string[];
  /** Recipient kinds in order of preference: the first present in the clause is the recipients. */
  recipientOrder: readonly EntityKind[];
  /** Confidence when the list is long (many names, more chance one is not a winner). */
  longListConfidence: number;
}

/** "X, general manager of Y", "President X of Y", "Y's director X": a person's role in an organisation. */
export interface RoleRule extends RuleBase {
  matcher: 'person-role';
  roles: readonly string[];
}

/** "The alliance was initiated by O" (passive) or "O has set up the alliance" (active). */
export interface FoundingRule extends RuleBase {
  matcher: 'founded-by';
  verbs: readonly string[];
}

/**
 * A product and its maker, read from the two forms patterns.ts finds (`findProductHits`):
 * "its X and Y have been sold to …" (the maker is the body named before "its") and "M, which
 * produces X". `maker`: the maker's fact; `market`: the product's, one per place after "to".
 */
export interface ProductRule extends RuleBase {
  matcher: 'product';
  fact: 'maker' | 'market';
  /** The forms of product hit it reads (patterns.ts). */
  forms: readonly ProductForm[];
}

/**
 * A trigger word and the two ends it governs in CoreNLP's dependency parse (../dependency-paths.ts),
 * in the spirit of spaCy's DependencyMatcher: "The conference was hosted by the Liaoyang
 * Municipal People's Government" (host → nsubj:pass the event, → obl:agent the host). The ends
 * may stand far apart in a long sentence, with other names between them. Runs only when the
 * language model read the article (the default; not with `--no-language-model`).
 */
export interface DependencyRule extends RuleBase {
  matcher: 'dependency';
  /** Lemmas of the word that states the relation (a verb or a noun), lower case. */
  triggers: readonly string[];
  /** Paths from the trigger to the head word of the `from` end; any one of them. */
  fromPaths: readonly DependencyPath[];
  toPaths: readonly DependencyPath[];
  /** Properties read from the sentence: `via` (the agreement or platform named). */
  properties?: 'via';
  /** Properties every fact of the rule has (a title given is `status: 'AWARDED'`). */
  fixed?: Readonly<Record<string, string>>;
  /** A standing state, not an event of a year: a year-keyed fact gets no year from its context ("X, a national high-tech enterprise"). */
  undated?: boolean;
  /** Every verb is a trigger (`triggers` left empty): the sentence's shape states the relation, not a word. */
  anyVerb?: boolean;
  /** The `to` end opens its sentence after "In" ("In Fushun Economic Development Zone, Wang Xinwei inspected X"). */
  toOpensSentence?: boolean;
}

/**
 * A name that says where its entity is: "the hoisting machinery industrial cluster of Kaiyuan".
 * The place stays in the name (the reports name the industry so), and the fact's quote is the
 * name itself; the place must be an entity of the draft, named elsewhere in the article.
 */
export interface PlaceInNameRule extends RuleBase {
  matcher: 'place-in-name';
  /** The end of the name that names the place: its first group is the place. */
  ending: RegExp;
}

export type FactRule = PairRule | AwardRule | RoleRule | FoundingRule | ProductRule | DependencyRule | PlaceInNameRule;

/** A member list whose body the sentence before names: the shared part of the company and university rules. */
const MEMBER_LIST_AFTER_ITS_BODY = {
  cue: MEMBER_LIST_CUES,
  window: 'clause',
  toInSentenceBefore: true,
  toNot: BODIES_WITHOUT_MEMBERS,
  confidence: 0.6,
} satisfies Partial<PairRule>;

/** "… Zone of Panjin", "… Park, part of … Zone", "… is part of …": nothing else between the two names. */
const PART_OF_BETWEEN =
  /^\s*(?:,\s*)?(?:(?:is|was|which is)\s+)?(?:a\s+)?(?:part of|under the jurisdiction of|administered by|within|of|in)\s+(?:the\s+)?$/i;

/** The rules over the text's surface: names, cue words and the words between them. */
const SURFACE_RULES: readonly FactRule[] = [
  {
    name: 'award-recipients',
    matcher: 'award-recipients',
    type: 'RECEIVED',
    from: ['ENTERPRISE', 'BRAND', 'UNIVERSITY', 'ZONE'],
    to: ['AWARD'],
    cue: AWARD_VERBS,
    recipientOrder: ['ENTERPRISE', 'BRAND', 'UNIVERSITY', 'ZONE'],
    confidence: 0.85,
    longListConfidence: 0.75,
    description:
      'Recipients and an award in one clause with an award verb: "2024, X Co., Ltd. won the Yingkou Mayor\'s Quality Award".',
  },
  {
    name: 'located-in-explicit',
    matcher: 'pair',
    type: 'LOCATED_IN',
    from: ['ENTERPRISE', 'CLUSTER', 'PROJECT'],
    to: ['ZONE'],
    cue: LOCATION_CUES,
    window: 'between',
    order: 'from-first',
    maxWordsBetween: 20,
    fromNotModifier: true,
    confidence: 0.85,
    description: 'A company, then "located in" / "based in" / "settled in", then the zone.',
  },
  {
    name: 'visit-site-project',
    matcher: 'pair',
    type: 'IMPLEMENTS',
    from: ['ENTERPRISE'],
    to: ['PROJECT'],
    cue: ['visited', 'inspected', 'learned about', 'listened to'],
    window: 'between',
    order: 'from-first',
    before: /\bAt\s+$/,
    between: /^,\s+[^;.]{2,120}$/,
    maxWordsBetween: 16,
    confidence: 0.65,
    description:
      'An inspection visit at a company, and the project seen there: "At Dalian Huarui Heavy Industry Group Co., Ltd., Zhang Lijun visited the assembly workshop of the offshore wind power equipment base project".',
  },
  {
    name: 'located-in-short',
    matcher: 'pair',
    type: 'LOCATED_IN',
    from: ['ENTERPRISE', 'CLUSTER', 'PROJECT'],
    to: ['ZONE'],
    cue: ['in'],
    window: 'between',
    order: 'from-first',
    maxWordsBetween: 6,
    fromNotModifier: true,
    confidence: 0.75,
    description:
      'A company or project and a zone a few words apart with "in" between: "X Co., Ltd. in the Jinpu New Area", "build a 5,000-ton catalyst production line in the zone".',
  },
  {
    name: 'located-in-apposition',
    matcher: 'pair',
    type: 'LOCATED_IN',
    from: ['ENTERPRISE'],
    to: ['ZONE', 'PLACE'],
    cue: ['from', 'of', 'in'],
    window: 'between',
    order: 'from-first',
    // Only an apposition that says the company is one of a place's: "X, another winner from the
    // zone, …", "X, one of the six listed enterprises of Haicheng City, …", "X, a wholly
    // German-owned enterprise in the zone, …".
    // Or a predicate that says so, past a relative clause naming no other company: "X, which won
    // the Dalian Mayor's Quality Award in 2022, is the core enterprise of the base".
    between:
      /^(?:,\s+(?:one\s+of\s+the|an?|another|the)|(?:,\s+(?:which|founded|established)\b(?:(?!\b(?:Co\.|Ltd\.|Group|Corporation|Company)\b)[^;])*?,\s+)?\s*is\s+(?:one\s+of\s+the|an?|another|the))\s+(?:[a-z0-9-]+\s+|[A-Z][a-z]+-[a-z]+\s+){0,3}(?:enterprises?|compan(?:y|ies)|firms?|winners?)\s+(?:from|of|in)\s+(?:the\s+)?$/,
    // "X, the first enterprise in China to produce …" ranks it in its country; it is not located by it.
    toNot: { test: (name) => name === 'China' || (COUNTRIES as readonly string[]).includes(name) },
    confidence: 0.7,
    description:
      'A company and the zone or place its apposition or predicate says it is one of: "X Co., Ltd., another winner from the zone, …", "X Co., Ltd., one of the six listed enterprises of Haicheng City, …", "X Co., Ltd. … is the core enterprise of the base".',
  },
  {
    name: 'zone-part-of',
    matcher: 'pair',
    type: 'PART_OF',
    from: ['ZONE'],
    to: ['ZONE', 'PLACE'],
    cue: PART_OF_CUES,
    window: 'between',
    order: 'from-first',
    between: PART_OF_BETWEEN,
    confidence: 0.8,
    description: 'A zone, then "of" / "part of" / "within", then the zone or place that contains it.',
  },
  {
    name: 'place-part-of',
    matcher: 'pair',
    type: 'PART_OF',
    from: ['PLACE'],
    to: ['PLACE'],
    cue: PART_OF_CUES,
    window: 'between',
    order: 'from-first',
    between: /^\s+of\s+$/,
    confidence: 0.8,
    description: 'A county-level place named with its city: "Xingcheng of Huludao", "Jianping County of Chaoyang".',
  },
  {
    name: 'place-in-province',
    matcher: 'pair',
    type: 'PART_OF',
    from: ['PLACE'],
    to: ['PLACE'],
    // The province's own name is the cue: a comma is all that stands between the two.
    cue: ['Province'],
    window: 'clause',
    order: 'from-first',
    between: /^,\s+$/,
    toSpelled: /\bProvince$/,
    confidence: 0.75,
    description:
      'A city named with its province: "Fuxin, Liaoning Province" (a comma between places is otherwise a list).',
  },
  {
    name: 'zone-contains-parks',
    matcher: 'pair',
    type: 'PART_OF',
    from: ['ZONE'],
    to: ['ZONE'],
    cue: CONTAINS_CUES,
    window: 'between',
    order: 'to-first',
    maxWordsBetween: 30,
    confidence: 0.75,
    description: 'A zone, then "covers" / "consists of", then the parks in it: "The zone covers A, B and C Park".',
  },
  {
    name: 'product-maker',
    matcher: 'product',
    fact: 'maker',
    forms: ['its-sold', 'which-produces', 'whose-products', 'ranked-base', 'capacity-of'],
    type: 'MANUFACTURES',
    from: ['ENTERPRISE'],
    to: ['PROJECT'],
    confidence: 0.75,
    description:
      'The company named before "its … have been sold / exported / supplied to", before ", which produces …", before ", whose … have / hold …", before "is one of the main production bases of …" or before "has an annual production capacity of 150,000 tons of …", makes the products named there.',
  },
  {
    name: 'product-market',
    matcher: 'product',
    fact: 'market',
    forms: ['its-sold'],
    type: 'SOLD_IN',
    from: ['PROJECT'],
    to: ['PLACE'],
    confidence: 0.75,
    description:
      '"its 500 kV transformers have been sold to Pakistan and Kazakhstan": each product, each place after "to".',
  },
  {
    name: 'product-developer',
    matcher: 'product',
    fact: 'maker',
    forms: ['developed'],
    type: 'DEVELOPS',
    from: ['ENTERPRISE', 'UNIVERSITY'],
    to: ['PROJECT'],
    confidence: 0.7,
    description:
      'The company named just before "has developed X" in the same sentence develops X: "X Co., Ltd. has developed a class-one innovative drug".',
  },
  {
    name: 'standard-formulator',
    matcher: 'product',
    fact: 'maker',
    forms: ['formulated'],
    type: 'FORMULATED_STANDARD',
    from: ['ENTERPRISE', 'ORGANIZATION'],
    to: ['PROJECT'],
    confidence: 0.75,
    description:
      'The company named just before "has formulated the national standard of X" (or "has participated in the formulation of … standards of X") drew it up.',
  },
  {
    name: 'project-of-investor',
    matcher: 'pair',
    type: 'IMPLEMENTS',
    from: ['ENTERPRISE', 'ORGANIZATION', 'ZONE'],
    to: ['PROJECT'],
    cue: IMPLEMENTATION_CUES,
    window: 'between',
    order: 'to-first',
    maxWordsBetween: 8,
    confidence: 0.75,
    description:
      'A project, then "of" / "invested by", then who carries it out: "the silicon carbide project of X Co., Ltd.".',
  },
  {
    name: 'named-project-of-investor',
    matcher: 'pair',
    type: 'IMPLEMENTS',
    from: ['ENTERPRISE', 'ORGANIZATION'],
    to: ['PROJECT'],
    cue: ['of'],
    window: 'between',
    order: 'to-first',
    // "the lithium battery electrolyte solvent project of 200,000 tons per year of X": its size between.
    between: /^\s+of\s+(?:[\d,.]+\s+(?:tons?|tonnes?|sets|units|GW|MW)\s+per\s+year\s+of\s+)?$/,
    confidence: 0.7,
    description:
      'A project whose name says it is one, then "of" and the company: "the molybdenum deep processing project of X Co., Ltd.".',
  },
  {
    name: 'own-project',
    matcher: 'pair',
    type: 'IMPLEMENTS',
    from: ['ENTERPRISE'],
    to: ['PROJECT'],
    // "its" is a mention of the company it stands for (build-draft.ts, linkPossessives), right
    // before the project: the project named as the company's own.
    cue: ['its'],
    window: 'clause',
    order: 'from-first',
    between: /^\s+$/,
    // A project by its name: "its industrial CT systems" are its products (PROJECT too).
    toSpelled: /\b(?:project|production line)$/,
    confidence: 0.65,
    description:
      'A project "its" gives to a company: "X mainly produces …, and its 5,000 tons per year … project was put into production in 2023".',
  },
  {
    name: 'investor-builds-project',
    matcher: 'pair',
    type: 'IMPLEMENTS',
    from: ['ENTERPRISE', 'ORGANIZATION'],
    to: ['PROJECT'],
    cue: IMPLEMENTATION_CUES,
    window: 'between',
    order: 'from-first',
    maxWordsBetween: 15,
    confidence: 0.75,
    description:
      'A company, then "will invest … to build" / "signed", then the project: "X will invest 600 million yuan to build a pump base".',
  },
  {
    name: 'holds-event',
    matcher: 'pair',
    type: 'HOLDS',
    from: ['ZONE', 'ORGANIZATION', 'PLACE'],
    to: ['PROJECT'],
    cue: HOLD_CUES,
    window: 'between',
    order: 'from-first',
    // "… held a ceremony to start its phase III expansion project": a project built is no event held.
    toNot: { test: (name) => /\b(?:project|production line|plant)$/i.test(name) },
    confidence: 0.75,
    description: 'A zone, body or place that holds / hosts / organised an event or programme.',
  },
  {
    name: 'zone-partners-with-university',
    matcher: 'pair',
    type: 'PARTNERS_WITH',
    from: ['ZONE'],
    to: ['UNIVERSITY'],
    cue: COOPERATION_CUES,
    window: 'clause',
    properties: 'via',
    unlessEnterpriseBeforeFrom: true,
    // "the ceremony … was held in the zone", "will build a pilot line in the zone": the zone is where, not who.
    fromNotLocation: true,
    // A laboratory or research center set up in the zone is no partner of it.
    toNot: RESEARCH_FACILITY_NAME,
    confidence: 0.8,
    description:
      'A zone and a university in a clause about cooperation, signing or an agreement (via: what they signed).',
  },
  {
    name: 'enterprise-cooperates-with-university',
    matcher: 'pair',
    type: 'COOPERATES_WITH',
    from: ['ENTERPRISE'],
    to: ['UNIVERSITY'],
    cue: COOPERATION_CUES,
    window: 'clause',
    // A laboratory or research center the two set up is run, not a partner (dep-sets-up-facility).
    toNot: RESEARCH_FACILITY_NAME,
    confidence: 0.8,
    description: 'A company and a university in a clause about cooperation.',
  },
  {
    name: 'member-of',
    matcher: 'pair',
    type: 'MEMBER_OF',
    from: ['ENTERPRISE'],
    to: ['CLUSTER', 'ORGANIZATION'],
    cue: MEMBER_CUES,
    window: 'clause',
    toNot: BODIES_WITHOUT_MEMBERS,
    confidence: 0.75,
    description: 'Companies and the alliance or cluster they belong to: "members of", "joined", "including".',
  },
  {
    name: 'members-of-earlier-organization',
    matcher: 'pair',
    type: 'MEMBER_OF',
    from: ['ENTERPRISE'],
    to: ['ORGANIZATION', 'CLUSTER'],
    ...MEMBER_LIST_AFTER_ITS_BODY,
    description:
      'A member list whose alliance or committee the sentence before names: "The committee was set up in 2019. The new members admitted this year include A, B and C."',
  },
  {
    name: 'cluster-of-place',
    matcher: 'place-in-name',
    type: 'LOCATED_IN',
    from: ['CLUSTER'],
    to: ['PLACE'],
    ending: /\s+of\s+([A-Z][a-z]+(?:\s+(?:City|County))?)$/,
    confidence: 0.8,
    description:
      'An industry named with its place: "the hoisting machinery industrial cluster of Kaiyuan", "the instrument industry of Dandong" is in Kaiyuan, in Dandong.',
  },
  {
    name: 'enterprises-of-zone-listed',
    matcher: 'pair',
    type: 'LOCATED_IN',
    from: ['ENTERPRISE'],
    to: ['ZONE'],
    cue: ENTERPRISE_LIST_CUES,
    window: 'clause',
    toWhoseEnterprises: true,
    confidence: 0.6,
    description:
      'The enterprises of a zone, listed after it is named as theirs: "six enterprises of the zone were selected into the list … They are A, B and C", "The enterprises of the high-tech zone included this time also include A, B and C".',
  },
  {
    name: 'university-member-of',
    matcher: 'pair',
    type: 'PART_OF',
    from: ['UNIVERSITY'],
    to: ['ORGANIZATION'],
    cue: MEMBER_CUES,
    window: 'clause',
    toNot: BODIES_WITHOUT_MEMBERS,
    confidence: 0.7,
    description:
      'A university in an alliance or committee: the model has it PART_OF the body (docs/model.md), where a company is MEMBER_OF it.',
  },
  {
    name: 'university-members-of-earlier-organization',
    matcher: 'pair',
    type: 'PART_OF',
    from: ['UNIVERSITY'],
    to: ['ORGANIZATION'],
    ...MEMBER_LIST_AFTER_ITS_BODY,
    description:
      'Universities of a member list whose alliance the sentence before names (as members-of-earlier-organization).',
  },
  {
    name: 'owns-brand',
    matcher: 'pair',
    type: 'OWNS',
    from: ['ENTERPRISE'],
    to: ['BRAND'],
    cue: OWNERSHIP_CUES,
    window: 'clause',
    confidence: 0.75,
    description: 'A company and a brand or trademark in one clause.',
  },
  {
    name: 'promotes-brand',
    matcher: 'pair',
    type: 'PROMOTES',
    from: ['ZONE', 'PLACE'],
    to: ['BRAND'],
    cue: PROMOTION_CUES,
    window: 'clause',
    // "its trademark has become well known among steel mills in Southeast Asia": where, not who.
    fromNotLocation: true,
    confidence: 0.7,
    description: 'A zone or place that promotes, builds or launched a regional brand.',
  },
  {
    name: 'conferred-by-after',
    matcher: 'pair',
    type: 'CONFERRED_BY',
    from: ['AWARD'],
    to: ['ORGANIZATION', 'PLACE'],
    cue: CONFERRED_BY_CUES,
    window: 'between',
    confidence: 0.8,
    description: 'An award, then "conferred by" / "issued by" / "sponsored by", then the body that gives it.',
  },
  {
    name: 'conferred-by-agent',
    matcher: 'pair',
    type: 'CONFERRED_BY',
    from: ['AWARD'],
    to: ['ORGANIZATION'],
    cue: ['by'],
    window: 'between',
    order: 'from-first',
    between: /^\s+by\s+(?:the\s+)?$/,
    confidence: 0.75,
    description:
      'A title given, then its giver as the passive\'s agent: "was named a national intelligent manufacturing demonstration factory by the Ministry of Industry and Information Technology".',
  },
  {
    name: 'conferred-by-before',
    matcher: 'pair',
    type: 'CONFERRED_BY',
    from: ['AWARD'],
    to: ['ORGANIZATION'],
    cue: CONFERRING_VERBS,
    window: 'between',
    order: 'to-first',
    confidence: 0.7,
    description:
      'A body, then "conferred" / "granted" / "released", then the award: "the provincial government granted the award".',
  },
  {
    name: 'founded-by',
    matcher: 'founded-by',
    type: 'ESTABLISHED',
    from: ['ORGANIZATION', 'ZONE', 'UNIVERSITY', 'PLACE'],
    to: ['ORGANIZATION', 'ENTERPRISE'],
    verbs: FOUNDING_VERBS,
    confidence: 0.75,
    description: '"X was initiated by O", "X, founded by O", "O has set up X".',
  },
  {
    name: 'person-role',
    matcher: 'person-role',
    type: 'LEADS',
    from: ['PERSON'],
    to: ['ENTERPRISE', 'ORGANIZATION', 'UNIVERSITY', 'ZONE'],
    roles: ROLES,
    confidence: 0.9,
    description: 'A person with a role in apposition: "Li Ming, general manager of X", "President Li Ming of X".',
  },
];

/** Paths to a doer: the subject, or the agent of a passive ("developed by X"). */
// A participle's agent is "obl:by", a passive's "obl:agent" ("the cranes manufactured by X").
const DOER: readonly DependencyPath[] = ['nsubj', 'obl:agent', 'obl:by'];
/** Paths to what is done: the object, the subject of a passive, the noun a participle modifies. */
const DONE: readonly DependencyPath[] = ['obj', 'nsubj:pass', '<acl'];

/** Something "located / based / settled in" a zone or place, and the zone or place: the paths of both location rules. */
const LOCATED = {
  to: ['ZONE', 'PLACE'],
  triggers: TRIGGER_LEMMAS.locating,
  // "Enterprises settled in the zone such as A and B" (the parser may hang the examples on the
  // zone), "A, the first enterprise to settle in the park".
  fromPaths: [
    'nsubj:pass',
    'nsubj',
    '<acl',
    ...['nsubj', '<acl', 'obl:in'].flatMap((p) => [`${p}>nmod:such_as`, `${p}>nmod:including`]),
    '<acl:*><appos',
  ],
  toPaths: ['obl:in', 'obl:at'],
  confidence: 0.75,
} satisfies Partial<DependencyRule>;

/** The dependency rules: they read the parse, so they run only with the language model. */
const DEPENDENCY_RULES: readonly DependencyRule[] = [
  {
    name: 'dep-hosts-event',
    matcher: 'dependency',
    type: 'HOLDS',
    from: ['ORGANIZATION', 'ZONE', 'PLACE', 'ENTERPRISE', 'UNIVERSITY'],
    to: ['PROJECT'],
    triggers: TRIGGER_LEMMAS.hosting,
    // "Jointly sponsored by A and B, the four-day expo has …": a fronted participle, its doers
    // by "by", describes the subject of the clause it opens.
    fromPaths: [...DOER, 'obl:by'],
    toPaths: [...DONE, '<advcl>nsubj'],
    confidence: 0.75,
    description:
      'A body that hosts or holds an event: "The conference was hosted by the Liaoyang Municipal People\'s Government".',
  },
  {
    name: 'dep-event-held-in',
    matcher: 'dependency',
    type: 'HELD_IN',
    from: ['PROJECT'],
    to: ['PLACE', 'ZONE'],
    triggers: TRIGGER_LEMMAS.takingPlace,
    fromPaths: ['nsubj:pass', 'nsubj', 'obj', '<acl'],
    toPaths: ['obl:in', 'obl:at'],
    confidence: 0.75,
    description: 'An event and the place it was held in: "The conference … was held in Dalian".',
  },
  {
    name: 'dep-relies-on',
    matcher: 'dependency',
    type: 'RELIES_ON',
    from: ['ZONE', 'PLACE'],
    to: ['ENTERPRISE'],
    triggers: TRIGGER_LEMMAS.relying,
    fromPaths: DOER,
    toPaths: ['obl:on', 'obl:upon'],
    confidence: 0.75,
    description: 'A zone and the company it relies on: "The base relies on PetroChina Liaoyang Petrochemical Company".',
  },
  {
    name: 'dep-develops',
    matcher: 'dependency',
    type: 'DEVELOPS',
    from: ['ENTERPRISE', 'UNIVERSITY', 'ZONE'],
    to: ['PROJECT'],
    triggers: TRIGGER_LEMMAS.developing,
    fromPaths: DOER,
    toPaths: DONE,
    confidence: 0.7,
    description: 'A developer and what it developed: "the tunnel boring machines developed by X".',
  },
  {
    name: 'dep-manufactures',
    matcher: 'dependency',
    type: 'MANUFACTURES',
    from: ['ENTERPRISE'],
    to: ['PROJECT', 'BRAND'],
    triggers: TRIGGER_LEMMAS.producing,
    fromPaths: DOER,
    toPaths: DONE,
    confidence: 0.7,
    description: 'A maker and its product: "X mainly produces offshore wind power installation platforms".',
  },
  {
    name: 'dep-maker-of-product-sold',
    matcher: 'dependency',
    // Whose products are sold is who makes them: "its wind power bearings are sold to …",
    // "the company's tower cranes are exported to …".
    type: 'MANUFACTURES',
    from: ['ENTERPRISE'],
    to: ['PROJECT', 'BRAND'],
    triggers: TRIGGER_LEMMAS.selling,
    fromPaths: ['nsubj:pass>nmod:poss', 'obj>nmod:poss'],
    toPaths: ['nsubj:pass', 'obj'],
    confidence: 0.65,
    description:
      'A maker whose product the sentence sells: "its wind power bearings and railway bearings are sold in batches to Germany, Spain …".',
  },
  {
    name: 'dep-supplier-makes',
    matcher: 'dependency',
    // A company that supplies or exports a product makes it (a trader is rare in these reports).
    type: 'MANUFACTURES',
    from: ['ENTERPRISE'],
    to: ['PROJECT', 'BRAND'],
    triggers: ['supply', 'export'],
    fromPaths: DOER,
    toPaths: ['obj'],
    confidence: 0.6,
    description:
      'A company that supplies or exports a product: "X supplies hard tooth surface reducers to 60 crane makers".',
  },
  {
    name: 'dep-fronted-place',
    matcher: 'dependency',
    // The place a sentence opens with is where its company is: "In Huanren Manchu Autonomous
    // County, X has turned tailings into …", "In Y Zone, Wang Xinwei inspected X".
    type: 'LOCATED_IN',
    from: ['ENTERPRISE'],
    to: ['ZONE', 'PLACE'],
    triggers: [],
    anyVerb: true,
    // "inspected Hengli Petrochemical (Dalian) Refinery Co., Ltd.": a name with a bracket the
    // parser can read as an indirect object.
    fromPaths: ['nsubj', 'obj', 'iobj'],
    toPaths: ['obl:in'],
    toOpensSentence: true,
    confidence: 0.6,
    description:
      'A company in a clause that opens with its place: "In Fushun Economic Development Zone, Wang Xinwei inspected Fushun Yongmao Construction Machinery Co., Ltd.".',
  },
  {
    name: 'dep-converts-into',
    matcher: 'dependency',
    type: 'MANUFACTURES',
    from: ['ENTERPRISE'],
    to: ['PROJECT', 'BRAND'],
    triggers: TRIGGER_LEMMAS.converting,
    fromPaths: DOER,
    toPaths: ['obl:into'],
    confidence: 0.65,
    description:
      'A company that turns a material into products makes them: "X turns the adipic acid of Y into nylon 66 chips and industrial yarn".',
  },
  {
    name: 'dep-producer-of',
    matcher: 'dependency',
    type: 'MANUFACTURES',
    from: ['ENTERPRISE'],
    to: ['PROJECT', 'BRAND'],
    triggers: PRODUCER_NOUNS,
    fromPaths: ['nsubj', '<appos'],
    toPaths: ['nmod:of'],
    confidence: 0.65,
    description:
      'A company that is a producer of a product: "X, located in Pingshan District, is a major producer of special steel wire rods".',
  },
  {
    name: 'dep-developer-of',
    matcher: 'dependency',
    type: 'DEVELOPS',
    from: ['ENTERPRISE'],
    to: ['PROJECT'],
    triggers: DEVELOPER_NOUNS,
    fromPaths: ['nsubj', '<appos'],
    toPaths: ['nmod:of'],
    confidence: 0.65,
    description:
      'A company that is the developer of a product: "X, the developer of rare-earth long-afterglow luminescent materials".',
  },
  {
    name: 'dep-products-include',
    matcher: 'dependency',
    type: 'MANUFACTURES',
    from: ['ENTERPRISE'],
    to: ['PROJECT', 'BRAND'],
    triggers: ['include'],
    fromPaths: ['nsubj>nmod:poss'],
    toPaths: ['obj'],
    confidence: 0.65,
    description:
      'A company whose products a list names: "Its products include precision planetary gear reducers …, as well as electric drive units …".',
  },
  {
    name: 'dep-specializes-in',
    matcher: 'dependency',
    type: 'MANUFACTURES',
    from: ['ENTERPRISE'],
    to: ['PROJECT', 'BRAND'],
    triggers: TRIGGER_LEMMAS.specializing,
    fromPaths: ['nsubj'],
    toPaths: ['obl:on', 'obl:in'],
    confidence: 0.6,
    description:
      'A company and the products it focuses on or specializes in: "X, which focuses on LNG cryogenic ball valves".',
  },
  {
    name: 'dep-recognized-as',
    matcher: 'dependency',
    type: 'RECEIVED',
    from: ['ENTERPRISE', 'ZONE', 'UNIVERSITY', 'PROJECT', 'BRAND', 'ORGANIZATION'],
    to: ['AWARD'],
    triggers: TITLE_VERBS,
    fromPaths: ['nsubj:pass', 'nsubj'],
    toPaths: ['obl:as', 'obj>nmod:of'],
    fixed: { status: 'AWARDED' },
    confidence: 0.75,
    description:
      'A title given, every holder of a list: "Huludao Shipbuilding Industrial Park was approved as a national … demonstration base of shipbuilding in 2012", "A, B and C were recognized as Liaoning Gazelle Enterprises".',
  },
  {
    name: 'dep-named-a-title',
    matcher: 'dependency',
    // Only a passive verb has an `nsubj:pass`: "X won the award" (active) is award-recipients' to read.
    type: 'RECEIVED',
    from: ['ENTERPRISE', 'ZONE', 'UNIVERSITY', 'PROJECT', 'BRAND', 'ORGANIZATION'],
    to: ['AWARD'],
    triggers: TITLE_VERBS,
    fromPaths: ['nsubj:pass'],
    toPaths: ['obj'],
    fixed: { status: 'AWARDED' },
    confidence: 0.75,
    description:
      'A title given by a passive verb and its object: "Benxi High-tech Zone was named a provincial green industrial park".',
  },
  {
    name: 'dep-owner-implements-project',
    matcher: 'dependency',
    // The project's own word is the trigger; its owner is the possessive ("its", "the company's").
    type: 'IMPLEMENTS',
    from: ['ENTERPRISE', 'ZONE'],
    to: ['PROJECT'],
    triggers: ['project'],
    fromPaths: ['nmod:poss'],
    toPaths: [''],
    confidence: 0.65,
    description:
      'A company and its own project: "its 5,000 tons per year … hydrogen fluoride project was put into production in 2023".',
  },
  {
    name: 'dep-appositive-designation',
    matcher: 'dependency',
    // The designation is its own trigger; its holder is the name it stands in apposition to.
    type: 'RECEIVED',
    from: ['ENTERPRISE', 'ZONE', 'UNIVERSITY'],
    to: ['AWARD'],
    triggers: DESIGNATION_HEADS,
    fromPaths: ['<appos'],
    toPaths: [''],
    fixed: { status: 'AWARDED' },
    undated: true,
    confidence: 0.7,
    description:
      'A designation held, said in apposition: "Liaoning Aoke Chemical Co., Ltd., a national high-tech enterprise in the base, …" (a standing title: no year).',
  },
  {
    name: 'dep-sold-in',
    matcher: 'dependency',
    type: 'SOLD_IN',
    from: ['PROJECT', 'BRAND'],
    to: ['PLACE'],
    triggers: TRIGGER_LEMMAS.selling,
    // "produces A and B, which have been sold to …": up the relative clause too, and from the
    // last of a list it hangs on to the list's first ("flat-top tower cranes and luffing jib
    // tower cranes, which have been sold to …": both).
    fromPaths: ['nsubj:pass', 'obj', '<acl:relcl', '<acl:relcl><conj:*'],
    // "sold to more than 20 countries including Germany …", "supplied to steel mills in India and Russia".
    // "… are sold to coating and plastics producers in Japan …" (the parse: producers the object).
    // "… sold to Jiangsu and Fujian as well as to South Korea": the parse hangs the places after
    // "as well as" on the verb as its conjuncts.
    toPaths: ['obl:to', 'obl:in', 'obj>nmod:to', 'obl:to>nmod:including', 'obl:to>nmod:in', 'obj>nmod:in', 'conj:and'],
    confidence: 0.7,
    description:
      'A product and the markets it is sold to, every country of a list: "its wind turbine blades have been exported to Germany, Denmark and Brazil".',
  },
  {
    name: 'dep-enters-market',
    matcher: 'dependency',
    type: 'SOLD_IN',
    from: ['PROJECT', 'BRAND'],
    to: ['PLACE'],
    triggers: TRIGGER_LEMMAS.enteringMarkets,
    fromPaths: ['nsubj'],
    toPaths: ['obj>nmod:of', 'obj'],
    confidence: 0.65,
    description:
      'A product and the markets it has entered: "its products have entered the markets of Russia and Kazakhstan".',
  },
  {
    name: 'dep-implements',
    matcher: 'dependency',
    type: 'IMPLEMENTS',
    from: ['ZONE', 'PLACE', 'ORGANIZATION', 'ENTERPRISE'],
    to: ['PROJECT'],
    triggers: TRIGGER_LEMMAS.implementing,
    fromPaths: DOER,
    toPaths: [...DONE, 'obl:in'],
    confidence: 0.7,
    description:
      'A builder or investor and its project: "X signed the intelligent computing center project", "invested in …".',
  },
  {
    name: 'dep-signs-project',
    matcher: 'dependency',
    type: 'IMPLEMENTS',
    from: ['ZONE', 'PLACE', 'ORGANIZATION', 'ENTERPRISE'],
    to: ['PROJECT'],
    triggers: ['sign'],
    // Both sides of an agreement signed on a project carry it out. The parser may hang "on the
    // project" on the partner's name, or on its legal form when the name has a bracket.
    fromPaths: [...DOER, 'obl:with', 'obj>nmod:with'],
    toPaths: ['obl:on', 'obj>nmod:on', 'obj>nmod:with>nmod:on', 'obj>nmod:with>dep>nmod:on'],
    confidence: 0.7,
    description:
      'The sides of an agreement signed on a project: "Jianping County signed an investment agreement with X Co., Ltd. on the … Demonstration Project".',
  },
  {
    name: 'dep-presents-award',
    matcher: 'dependency',
    type: 'PRESENTS',
    // The event, not the body: a government that presents its award confers it (CONFERRED_BY).
    from: ['PROJECT'],
    to: ['AWARD'],
    triggers: TRIGGER_LEMMAS.presenting,
    fromPaths: ['obl:at', 'obl:during', ...DOER],
    toPaths: DONE,
    confidence: 0.7,
    description:
      'The event where an award is presented: "At the conference, the Mayor\'s Quality Award was presented".',
  },
  {
    name: 'dep-participates-in',
    matcher: 'dependency',
    type: 'PARTICIPATES_IN',
    from: ['ENTERPRISE', 'UNIVERSITY', 'ORGANIZATION'],
    to: ['ZONE', 'PROJECT'],
    triggers: TRIGGER_LEMMAS.participating,
    fromPaths: ['nsubj'],
    toPaths: ['obl:in', 'obj'],
    confidence: 0.7,
    description: 'A participant and what it takes part in: "X participated in the construction project".',
  },
  {
    name: 'dep-sets-up-facility',
    matcher: 'dependency',
    type: 'OPERATES',
    from: ['ENTERPRISE'],
    // A laboratory or research center is filed with universities (lexicon.ts, RESEARCH_FACILITY).
    to: ['UNIVERSITY'],
    triggers: TRIGGER_LEMMAS.settingUp,
    fromPaths: DOER,
    toPaths: DONE,
    confidence: 0.65,
    description:
      'A company and the laboratory or research center it set up: "The company has built a provincial engineering technology research center for photovoltaic equipment".',
  },
  {
    name: 'dep-operates',
    matcher: 'dependency',
    type: 'OPERATES',
    from: ['ENTERPRISE', 'ORGANIZATION'],
    to: ['UNIVERSITY', 'PROJECT', 'ZONE'],
    triggers: TRIGGER_LEMMAS.operating,
    fromPaths: DOER,
    toPaths: DONE,
    confidence: 0.7,
    description: 'An operator and what it runs: "the park is operated by X".',
  },
  {
    name: 'dep-located-in',
    matcher: 'dependency',
    type: 'LOCATED_IN',
    from: ['ENTERPRISE', 'CLUSTER', 'PROJECT', 'UNIVERSITY', 'ORGANIZATION'],
    ...LOCATED,
    description:
      'Something located, based or settled in a zone, however far apart: "The project, …, will be located in X".',
  },
  {
    name: 'dep-named-in-zone',
    matcher: 'dependency',
    type: 'LOCATED_IN',
    from: ['ENTERPRISE', 'PROJECT'],
    to: ['ZONE'],
    // The name's own head word is the trigger: "in the zone" modifies the name itself.
    triggers: [...COMPANY_HEAD_LEMMAS, ...WORK_HEAD_WORDS],
    fromPaths: [''],
    toPaths: ['nmod:in'],
    confidence: 0.65,
    description:
      'A company or a work named with its zone: "Jinzhou Huarui Automotive Electronics Co., Ltd. and Jinzhou Wanfeng Motor Co., Ltd. in the zone have been recognized as …", "a … production line with a total investment of 650 million yuan in Wafangdian Bearing Industrial Park".',
  },
  {
    name: 'dep-project-sited-in',
    matcher: 'dependency',
    type: 'LOCATED_IN',
    from: ['PROJECT'],
    to: ['ZONE', 'PLACE'],
    triggers: TRIGGER_LEMMAS.siting,
    // A subject too: "The … project … has a total investment of … and will be built in X" shares it.
    fromPaths: [...DONE, 'nsubj'],
    toPaths: ['obl:in'],
    confidence: 0.7,
    description:
      'A project and where it is built: "the … project … will be built in Jinzhou High-tech Industrial Development Zone", "the plant … was put into operation in X", "will build a pilot line … in the zone".',
  },
  {
    name: 'dep-zone-located-in-zone',
    matcher: 'dependency',
    // A park in a development zone, a zone in a district: the model has zones PART_OF what holds them.
    type: 'PART_OF',
    from: ['ZONE'],
    ...LOCATED,
    description:
      'A park located in a development zone: "The Sino-German … Industrial Park, which is located in the development zone, …" (PART_OF).',
  },
  {
    name: 'dep-industry-located-in',
    matcher: 'dependency',
    // The industry is its own trigger: the zone or place it is "of", "in" or the owner of.
    type: 'LOCATED_IN',
    from: ['CLUSTER'],
    to: ['ZONE', 'PLACE'],
    triggers: ['industry'],
    fromPaths: [''],
    toPaths: ['nmod:poss', 'nmod:of', 'nmod:in'],
    confidence: 0.6,
    description:
      'An industry of a zone or place: "the fluorine chemical industry of the zone", "the zone\'s fine chemical industry", "the marine equipment industry in Huludao".',
  },
  {
    name: 'dep-mainstay-industries',
    matcher: 'dependency',
    // The industries of a list after "pillar/leading industries" (patterns.ts, findIndustryLists)
    // and the zone or place whose industries they are; one item reached reaches the whole list.
    type: 'LOCATED_IN',
    from: ['CLUSTER'],
    to: ['ZONE', 'PLACE'],
    triggers: ['industry'],
    // "industries, namely A", "industries of A" (and the items the parse hung on "industries"),
    // "takes A … as its industries", "Its industries are A".
    fromPaths: ['appos', 'nmod:of', 'conj', 'nmod:including', '<obl:as>obj', '<nsubj'],
    // "it has formed … industries", "takes … as its …", "its … industries".
    toPaths: ['<obj>nsubj', '<obl:as>nsubj', 'nmod:poss'],
    confidence: 0.6,
    description:
      'The industries a zone names as its mainstays: "it has formed three pillar industries, namely ceramic new materials, green building materials and …".',
  },
  {
    name: 'dep-cooperates-with-university',
    matcher: 'dependency',
    type: 'COOPERATES_WITH',
    from: ['ENTERPRISE'],
    to: ['UNIVERSITY'],
    triggers: TRIGGER_LEMMAS.cooperating,
    fromPaths: ['nsubj'],
    toPaths: ['obl:with', 'obj>nmod:with', 'obj'],
    confidence: 0.7,
    description: 'A company that cooperates with a university: "X signed a cooperation agreement with Y University".',
  },
  {
    name: 'dep-zone-partners-with-university',
    matcher: 'dependency',
    type: 'PARTNERS_WITH',
    from: ['ZONE'],
    to: ['UNIVERSITY'],
    triggers: TRIGGER_LEMMAS.cooperating,
    fromPaths: ['nsubj'],
    toPaths: ['obl:with', 'obj>nmod:with', 'obj'],
    properties: 'via',
    confidence: 0.7,
    description: 'A zone that cooperates with a university: "The zone has signed agreements with Tianjin University".',
  },
  {
    name: 'dep-pursues-award',
    matcher: 'dependency',
    type: 'PURSUES',
    from: ['PLACE', 'ZONE'],
    to: ['AWARD'],
    triggers: TRIGGER_LEMMAS.pursuing,
    fromPaths: ['nsubj'],
    toPaths: ['obj', 'obl:for', 'xcomp>obj', 'xcomp>xcomp'],
    confidence: 0.65,
    description: 'A city or zone striving for a title: "Dalian is striving to become a National Demonstration City …".',
  },
  {
    name: 'dep-uses',
    matcher: 'dependency',
    type: 'USES',
    from: ['ORGANIZATION', 'ENTERPRISE'],
    to: ['AWARD', 'PROJECT'],
    triggers: TRIGGER_LEMMAS.using,
    fromPaths: ['nsubj'],
    toPaths: ['obj'],
    confidence: 0.65,
    description:
      'A body that uses an award or programme as a tool: "the bureau takes the Government Quality Award as a lever".',
  },
];

export const FACT_RULES: readonly FactRule[] = [...SURFACE_RULES, ...DEPENDENCY_RULES];

const BY_NAME = new Map(FACT_RULES.map((r) => [r.name, r]));

export function factRule(name: string): FactRule | undefined {
  return BY_NAME.get(name);
}
