// The drafter's vocabulary, in one place: legal forms, the words that cue each relation, the
// roles people hold, the year pattern, and the words a name may add or drop without naming
// another thing. The fact rules (rules/fact-rules.ts), the name patterns, the sentence
// splitter and the resolver all read their words from here, so a word is added once.

/** Word alternatives as one regular-expression group, longest first so "general manager" beats "manager". */
function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** A case-insensitive whole-word cue matching any of the words. */
export function cue(words: readonly string[]): RegExp {
  return new RegExp(String.raw`\b(?:${alternatives(words)})\b`, 'i');
}

// ---------------------------------------------------------------------------------------
// Legal forms

/** A company's legal form as written after its name ("Co., Ltd.", "Limited", "Inc."), as a regex source. */
export const LEGAL_FORM_SOURCE = String.raw`(?:,?\s*(?:Co\.,\s?Ltd\.|Co\.\s?Ltd\.|Co\.|Ltd\.|Limited\s+Liability\s+Company|Company\s+Limited|Limited|Inc\.|Corp\.|LLC))`;

/** One or more legal forms at the end of a name. */
export const LEGAL_FORM_AT_END = new RegExp(`${LEGAL_FORM_SOURCE}+$`, 'i');

/** A name that ends in an abbreviated legal form ("… Co., Ltd.") names a company. */
export const ENDS_IN_LEGAL_ABBREVIATION = /(?:Co\.|Ltd\.|Limited|Inc\.|Corp\.)$/;

/** Abbreviations that end with a full stop but not the sentence, when a sentence-opening word follows. */
export const LEGAL_ABBREVIATIONS = ['Ltd.', 'Inc.', 'Corp.', 'Co.'] as const;
/** The head words (lemmas, lower case) a company's name ends in: where the parse hangs what modifies the name. */
export const COMPANY_HEAD_LEMMAS: readonly string[] = [
  ...LEGAL_ABBREVIATIONS.map((a) => a.toLowerCase()),
  'group',
  'company',
  'corporation',
];

/** Words that open sentences: after "Co., Ltd." one of them starts a new sentence. */
export const SENTENCE_OPENERS = [
  'The',
  'In',
  'It',
  'Its',
  'This',
  'These',
  'According',
  'Since',
  'On',
  'At',
  'By',
  'As',
  'With',
  'He',
  'She',
  'They',
  'We',
  'After',
  'Before',
  'During',
  'Last',
  'Next',
  'Meanwhile',
  'Besides',
  'Officials',
  'Both',
  'Their',
] as const;

/**
 * Tokens (lower case, as names.ts `tokens` gives them) a name may add or drop and still name
 * the same thing: legal forms and corporate words. "Huarui Heavy Industry Group Co., Ltd." is
 * "Huarui Heavy Industry".
 */
export const CORPORATE_TOKENS = new Set(['group', 'co', 'ltd', 'company', 'corporation', 'limited', 'inc', 'corp']);

/**
 * Words of official names that translations add or drop: "Lushun Economic Development Zone" is
 * "Lushun Development Zone", "Shenyang Economic Development Zone" the "Shenyang Economic and
 * Technological Development Zone"; "of the Liaoning Provincial Government" is "of Liaoning
 * Provincial People's Government".
 */
export const FILLER_TOKENS = new Set([
  'economic',
  'technological',
  'the',
  'peoples',
  'people',
  'of',
  'municipal',
  'and',
  'national',
]);

/** Tokens so common in this genre's names that sharing them says little ("Dalian", "Zone"). */
export const COMMON_NAME_TOKENS = new Set([
  'dalian',
  'liaoning',
  'shenyang',
  'china',
  'chinese',
  'province',
  'provincial',
  'city',
  'development',
  'zone',
  'district',
  'park',
  'industrial',
  'industry',
  'technology',
  'science',
  'high',
  'tech',
  'new',
  'area',
  'university',
  'institute',
  'award',
  'quality',
  'enterprise',
  'enterprises',
]);

// ---------------------------------------------------------------------------------------
// Years

/** A four-digit year these reports speak of (1950–2099), as a global regex source. */
export const YEAR_SOURCE = String.raw`\b(19[5-9]\d|20\d\d)\b`;
/** A word that is such a year, whole ("2023" as a token of the parse). */
export const YEAR_WORD = new RegExp(`^${YEAR_SOURCE}$`);

/** Month names: dates, never words of a name. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Months as dates abbreviate them ("on Sept 1", "Oct. 12"): no more part of a name than the month. */
export const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * A full date in a report's lead ("On November 13, 2024, …", "From April 9 to 10, 2024"): the
 * time of the news, which is the report's own year when it has no date line.
 */
export const LEAD_DATE = new RegExp(
  String.raw`\b(?:${MONTHS.join('|')})\s+\d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?,\s*${YEAR_SOURCE}`,
);

/** Phrases that point to the year named last ("In the same year"). */
export const SAME_YEAR = /\b(the same year|that year)\b/i;

/** Phrases that count back from the article's own year. */
export const RELATIVE_YEARS: ReadonlyArray<{ phrase: RegExp; offset: number }> = [
  { phrase: /\b(last year|the previous year|the past year)\b/i, offset: -1 },
  { phrase: /\b(this year|the current year)\b/i, offset: 0 },
];

// ---------------------------------------------------------------------------------------
// Relation cues (used by rules/fact-rules.ts)

/**
 * Award cues that state a designation held ("X is a national high-tech enterprise"), not an
 * event: the fact takes no year from the context, only none (the reports leave it undated).
 */
export const DESIGNATION_CUES = ['is a', 'is a national'] as const;

/** Head nouns of designations a body holds ("a national high-tech enterprise", "a provincial enterprise technology center"). */
export const DESIGNATION_HEADS: readonly string[] = [
  'enterprise',
  'center',
  'centre',
  'base',
  'champion',
  'incubator',
  'park',
  'factory',
  'giant',
  'brand',
  'trademark',
];

export const AWARD_VERBS = [
  'won',
  'win',
  'wins',
  'winning',
  'winner',
  'winners',
  'received',
  'receives',
  'awarded',
  'granted',
  'conferred',
  'honored',
  'honoured',
  'named',
  'rated',
  'recognized',
  'recognised',
  'selected',
  'obtained',
  'earned',
  'title of',
  'got',
  'was listed',
  'were listed',
  'passed',
  'went to',
  'awardees',
  'winning enterprises',
  'list of',
  'on the list',
  'in the list',
  ...DESIGNATION_CUES,
  'approved as',
  'was approved as',
  'recommended',
  'identified as',
  'has obtained',
] as const;

/** A nomination, or a recommendation to apply for a title, which is one ("were recommended by the province to apply for …"). */
export const NOMINATION_WORDS = ['nominated', 'nomination', 'nominations', 'recommended'] as const;

/** "… won the nomination award" / "the award": refers back to the award named before. */
export const AWARD_BACK_REFERENCES = [
  'nomination award',
  'the award',
  'this award',
  'the honor',
  'the honour',
] as const;

/** What a count of winners counts ("eight enterprises of Dalian passed …", "The eight enterprises are …"). */
export const COUNTED_WINNER_NOUNS: readonly string[] = ['enterprises', 'companies', 'firms', 'winners', 'units'];

/** "The six winners are …", "the winning enterprises include …": a list whose award is named elsewhere. */
/** How a sentence opens the list of those the sentence before says were selected ("They are A, B and C"). */
export const WINNER_LIST_OPENERS: readonly string[] = ['they are', 'they were', 'they include', 'these are', 'namely'];

export const WINNER_LIST_CUES = [
  'winners are',
  'winners were',
  'winners include',
  'winners included',
  'winning enterprises are',
  'winning enterprises include',
  'winning enterprises were',
  'went to',
  'were awarded',
  'were honored',
  'were honoured',
  'were granted',
  'won the award',
  'won the prize',
  // "The enterprises on the list include A, B and C" (the list named in the headline or before).
  'on the list include',
  'on the list are',
  'on the list were',
  'on the list included',
  'included in the list',
  'in the list include',
  // "The newly listed enterprises include A, B and C", "The selected enterprises are …".
  'listed enterprises include',
  'listed enterprises are',
  'selected enterprises include',
  'selected enterprises are',
  'recognized enterprises include',
  'recognized enterprises are',
] as const;

export const LOCATION_CUES = [
  'located in',
  'based in',
  'settled in',
  'situated in',
  'headquartered in',
  'moved into',
  'landed in',
  'set up in',
  'settled down in',
  'registered in',
  'stationed in',
  'built in',
  'located at',
] as const;

export const HOLD_CUES = ['hold', 'holds', 'held', 'host', 'hosts', 'hosted', 'organized', 'organised'] as const;

export const COOPERATION_CUES = [
  'cooperate',
  'cooperates',
  'cooperated',
  'cooperating',
  'cooperation',
  'cooperative',
  'partner',
  'partners',
  'partnered',
  'partnership',
  'signed',
  'agreement',
  'jointly',
  'joint',
  'together with',
  'teamed up',
  'collaborate',
  'collaborates',
  'collaborated',
  'collaboration',
  'alliance with',
  'under the agreement',
] as const;

/**
 * Party bodies, named in officials' roles ("secretary of the CPC Shenyang Municipal
 * Committee"): never what "the committee" of a report refers back to.
 */
export const PARTY_BODY = /^(?:the\s+)?(?:CPC|Communist Party)\b/i;

/**
 * Bodies of government and of the party, which have officials but no member companies or
 * universities: a member list in the same clause belongs to the alliance beside them.
 */
export const BODIES_WITHOUT_MEMBERS =
  /\b(?:CPC|Communist Party|Party Working Committee|Management Committee|Standing Committee|People's Government|Government|Bureau|Department|Office)\b/i;

/** A list of members whose body is named before: "The new members admitted this year include …". */
/**
 * A list of the enterprises a zone was said to have just before ("six enterprises of the zone
 * were selected … They are A, B and C"; "The enterprises of the high-tech zone … also include
 * A, B and C"): facts.ts places each in the zone.
 */
export const ENTERPRISE_LIST_CUES: readonly string[] = ['they are', 'they were', 'they include', 'include', 'includes'];

/**
 * Nouns for companies that a list of them names after "such as" / "including": "vehicle makers
 * such as FAW Jiefang, BYD and Brilliance Auto", "customers such as Ansteel Group" (patterns.ts).
 * Such a list names companies without their legal form, as the reports name big customers.
 */
/**
 * Centers filed by their last words (patterns.ts, nlp-mentions.ts): one that researches is filed
 * with universities, as the model files laboratories ("Joint R&D Center", "a crane intelligent
 * control research center", "a technology transfer center"); an exhibition center is a venue,
 * a place ("Jinzhou International Convention and Exhibition Center").
 */
export const RESEARCH_CENTER_WORDS = ['R&D', 'Research', 'Research and Development', 'Transfer', 'Testing'] as const;
/** A facility of research, by its head (before "of" / "for"): filed with universities, never a partner in cooperation. */
export const RESEARCH_FACILITY = new RegExp(
  String.raw`\b(?:laborator(?:y|ies)|labs?|(?:${RESEARCH_CENTER_WORDS.join('|')})\s+cent(?:er|re)s?)$`,
  'i',
);
/** "has built a nonferrous metals and new materials industrial cluster": a cluster named in lower case is a cluster, not a project. */
export const CLUSTER_HEAD = /\b(?:industr(?:y|ial)\s+)?clusters?$/i;
export const VENUE_CENTER_WORDS = ['Exhibition', 'Convention', 'Expo'] as const;

/** "have been used by A and B", "has been applied at A": the passives whose agents are a product's customers. */
export const CUSTOMER_PASSIVES = ['used', 'adopted', 'applied', 'purchased', 'ordered', 'chosen', 'selected'] as const;

export const COMPANY_LIST_NOUNS = [
  'makers',
  'manufacturers',
  'automakers',
  'customers',
  'clients',
  'companies',
  'enterprises',
  'users',
  'suppliers',
] as const;

/**
 * Head words of works (things built or run, not products made): "… project", "… production
 * line", "… laboratory". A lower-case Project-kind name without one is a product (indicators.ts).
 */
export const WORK_HEAD_WORDS = [
  'project',
  'projects',
  'line',
  'lines',
  'base',
  'center',
  'centre',
  'park',
  'plant',
  'laboratory',
  'lab',
  'station',
  'unit',
  'platform',
  'workshop',
  'factory',
  'plan',
  'program',
  'programme',
] as const;

/** A figure a product has of its own: the markets it is sold in ("sold to 30 countries and regions"). */
export const PRODUCT_FIGURE_UNITS = /\b(?:countr(?:y|ies)|regions?|markets?|customers?|mills?)\b/i;

/** Words before a zone that make it the owner of enterprises named ("enterprises of the zone"). */
export const ENTERPRISES_OF_ZONE = /\b(?:enterprises|companies|firms)\s+(?:of|in|from)\s+$/i;

export const MEMBER_LIST_CUES = [
  'members include',
  'members included',
  'members admitted',
  'new members',
  'member units include',
  'member enterprises include',
  'members are',
];

export const MEMBER_CUES = [
  'member of',
  'members of',
  'joined',
  'belongs to',
  'belong to',
  'include',
  'includes',
  'included',
  'including',
  'such as',
  'members include',
  'members are',
  'member units',
  'new members',
  'members admitted',
  'admitted',
  // "X, the leading enterprise of the cluster": a cluster's members are its companies.
  'leading enterprise of',
  'leading enterprises of',
  'key enterprise of',
  'backbone enterprise of',
  'leading company of',
] as const;

/** "The zone covers A, B and C": the container named first, its parts after. */
export const CONTAINS_CUES = ['covers', 'cover', 'consists of', 'comprises', 'is made up of', 'one zone'] as const;

/** "The X project of COMPANY", "invested by COMPANY", "COMPANY will invest … to build": who carries out a project. */
export const IMPLEMENTATION_CUES = [
  'project of',
  'projects of',
  'invested by',
  'built by',
  'undertaken by',
  'will invest',
  'invested',
  'invests',
  'will build',
  'to build',
  'has built',
  'built',
  'signed',
  'launched',
  'started construction',
] as const;

export const OWNERSHIP_CUES = ['brand', 'trademark', 'owns', 'owned'] as const;

export const PROMOTION_CUES = [
  'promote',
  'promotes',
  'promoted',
  'promoting',
  'regional brand',
  'city brand',
  'launched',
  'built',
  'building',
  'create',
  'created',
  'creates',
  'creating',
] as const;

/** "conferred by O": the giver after the award. */
export const CONFERRED_BY_CUES = [
  'conferred by',
  'awarded by',
  'granted by',
  'issued by',
  'presented by',
  'given by',
  'selected by',
  'recognized by',
  'recognised by',
  'set up by',
  'established by',
  'certified by',
  'sponsored by',
  'organized by',
  'organised by',
] as const;

/** "O conferred the award": the giver before. */
export const CONFERRING_VERBS = [
  'conferred',
  'granted',
  'issued',
  'presented',
  'awarded',
  'released',
  'announced',
] as const;

export const FOUNDING_VERBS = ['initiated', 'established', 'founded', 'set up', 'launched', 'formed'] as const;

/** "its steering pumps have been sold to …": the verbs of a product reaching its buyers. */
export const SALE_VERBS = ['sold', 'exported', 'supplied', 'delivered', 'shipped'] as const;

/** "…, which produces offshore wind power installation platforms": a maker and its product. */
/** "… has developed X": the company develops the product (DEVELOPS). */
export const DEVELOPMENT_VERBS = ['developed'] as const;

/** "… has formulated the national standard of X": who drew up a standard (FORMULATED_STANDARD). */
export const FORMULATION_VERBS = [
  'formulated',
  'drafted',
  'participated in the formulation of',
  'participated in formulating',
  'led the formulation of',
  'took the lead in formulating',
] as const;

/** Numbers written as words ("two industry standards", "six enterprises"). */
export const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
] as const;

/** The levels a standard is named with: "national standard", "industry standards". */
export const STANDARD_LEVELS = ['national', 'industry', 'international', 'provincial', 'group', 'local'] as const;

export const PRODUCTION_VERBS = ['produces', 'manufactures', 'makes', 'produced', 'manufactured', 'made'] as const;

/**
 * "one of the main production bases of high-temperature alloys", "the largest production base
 * of ceramic proppants": a rank before "production base" says what a company makes, not a
 * facility it builds ("has built a production base of solid preparations" is a project).
 */
/**
 * "has an annual production capacity of 600,000 tons of magnesia-carbon bricks": the units a
 * capacity counts a product in (patterns.ts, CAPACITY_OF).
 */
export const CAPACITY_UNITS = ['tons', 'tonnes', 'sets', 'units', 'pieces', 'GW', 'MW', 'square meters'] as const;

export const RANKING_ADJECTIVES = ['largest', 'biggest', 'main', 'major', 'important', 'leading', 'key'] as const;

export const PART_OF_CUES = ['part of', 'within', 'of', 'in', 'under'] as const;

// ---------------------------------------------------------------------------------------
// People

/** Roles people are named with. Longest first in the pattern, so "deputy general manager" wins. */
export const ROLES = [
  'senior vice president',
  'executive vice president',
  'deputy general manager',
  'general manager',
  'chairman of the board',
  'chairman',
  'chairwoman',
  'vice chairman',
  'vice president',
  'president',
  'deputy director',
  'director',
  'director general',
  'deputy director general',
  'chief executive officer',
  'chief executive',
  'CEO',
  'founder',
  'chief engineer',
  'party secretary',
  'deputy secretary',
  'secretary',
  'dean',
  'head',
  'manager',
  'mayor',
  'vice mayor',
  'deputy mayor',
  'governor',
  'vice governor',
  'deputy governor',
  'academician',
] as const;

export const ROLES_SOURCE = alternatives(ROLES);

// ---------------------------------------------------------------------------------------
// Places (the gazetteer's names are in data/reference; these are the prefecture-level cities)

/**
 * Countries and regions these reports name as markets and partners ("sold to Pakistan and
 * Kazakhstan", "shipowners from Greece"): places standing alone.
 */
/** Regions named as markets like countries ("exported to … and the Middle East", "sold to the European Union"). */
export const WORLD_REGIONS = [
  'Middle East',
  'European Union',
  'Southeast Asia',
  'Central Asia',
  'Africa',
  'Europe',
] as const;

export const COUNTRIES = [
  'Algeria',
  'Angola',
  'Argentina',
  'Australia',
  'Austria',
  'Azerbaijan',
  'Bahrain',
  'Bangladesh',
  'Belarus',
  'Belgium',
  'Bolivia',
  'Brazil',
  'Bulgaria',
  'Cambodia',
  'Canada',
  'Chile',
  'Colombia',
  'Croatia',
  'Cuba',
  'Czech Republic',
  'Denmark',
  'Ecuador',
  'Egypt',
  'Ethiopia',
  'Finland',
  'France',
  'Germany',
  'Ghana',
  'Greece',
  'Hong Kong',
  'Hungary',
  'India',
  'Indonesia',
  'Iran',
  'Iraq',
  'Ireland',
  'Israel',
  'Italy',
  'Japan',
  'Jordan',
  'Kazakhstan',
  'Kenya',
  'Kuwait',
  'Kyrgyzstan',
  'Laos',
  'Macao',
  'Malaysia',
  'Mexico',
  'Mongolia',
  'Morocco',
  'Mozambique',
  'Myanmar',
  'Nepal',
  'Netherlands',
  'New Zealand',
  'Nigeria',
  'North Korea',
  'Norway',
  'Oman',
  'Pakistan',
  'Panama',
  'Peru',
  'Philippines',
  'Poland',
  'Portugal',
  'Qatar',
  'Romania',
  'Russia',
  'Saudi Arabia',
  'Serbia',
  'Singapore',
  'Slovakia',
  'South Africa',
  'Republic of Korea',
  'South Korea',
  'Spain',
  'Sri Lanka',
  'Sweden',
  'Switzerland',
  'Taiwan',
  'Tajikistan',
  'Tanzania',
  'Thailand',
  'Turkey',
  'Turkmenistan',
  'Türkiye',
  'Uganda',
  'Ukraine',
  'United Arab Emirates',
  'United Kingdom',
  'United States',
  'Uruguay',
  'Uzbekistan',
  'Venezuela',
  'Vietnam',
  'Zambia',
  'Zimbabwe',
] as const;

/** China's other provinces, regions and municipalities: markets and partners that reports name bare ("supplied to makers in Jiangsu and Zhejiang"). */
export const CHINESE_PROVINCES = [
  'Anhui',
  'Beijing',
  'Chongqing',
  'Fujian',
  'Gansu',
  'Guangdong',
  'Guangxi',
  'Guizhou',
  'Hainan',
  'Hebei',
  'Heilongjiang',
  'Henan',
  'Hubei',
  'Hunan',
  'Inner Mongolia',
  'Jiangsu',
  'Jiangxi',
  'Jilin',
  'Ningxia',
  'Qinghai',
  'Shaanxi',
  'Shandong',
  'Shanghai',
  'Shanxi',
  'Sichuan',
  'Tianjin',
  'Tibet',
  'Xinjiang',
  'Yunnan',
  'Zhejiang',
] as const;

export const LIAONING_CITIES = [
  'Shenyang',
  'Dalian',
  'Anshan',
  'Fushun',
  'Benxi',
  'Dandong',
  'Jinzhou',
  'Yingkou',
  'Fuxin',
  'Liaoyang',
  'Panjin',
  'Tieling',
  'Chaoyang',
  'Huludao',
] as const;

/**
 * Liaoning's county-level cities and counties that reports name bare, without "City" or
 * "County" (districts and the rest carry "District" / "County", which the patterns read), each
 * with its prefecture-level city: a gazetteer, so "Xingcheng of Huludao" names two places.
 */
export const LIAONING_COUNTIES: Readonly<Record<string, (typeof LIAONING_CITIES)[number]>> = {
  Xinmin: 'Shenyang',
  Liaozhong: 'Shenyang',
  Kangping: 'Shenyang',
  Faku: 'Shenyang',
  Wafangdian: 'Dalian',
  Pulandian: 'Dalian',
  Zhuanghe: 'Dalian',
  Changhai: 'Dalian',
  Haicheng: 'Anshan',
  Xiuyan: 'Anshan',
  Xinbin: 'Fushun',
  Qingyuan: 'Fushun',
  Huanren: 'Benxi',
  Donggang: 'Dandong',
  Fengcheng: 'Dandong',
  Kuandian: 'Dandong',
  Linghai: 'Jinzhou',
  Beizhen: 'Jinzhou',
  Heishan: 'Jinzhou',
  Yixian: 'Jinzhou',
  Gaizhou: 'Yingkou',
  Dashiqiao: 'Yingkou',
  Zhangwu: 'Fuxin',
  Dengta: 'Liaoyang',
  Panshan: 'Panjin',
  Diaobingshan: 'Tieling',
  Kaiyuan: 'Tieling',
  Xifeng: 'Tieling',
  Changtu: 'Tieling',
  Beipiao: 'Chaoyang',
  Lingyuan: 'Chaoyang',
  Jianping: 'Chaoyang',
  Kazuo: 'Chaoyang',
  Xingcheng: 'Huludao',
  Suizhong: 'Huludao',
  Jianchang: 'Huludao',
};

/**
 * Trigger lemmas of the dependency rules (rules/fact-rules.ts, matcher 'dependency'): CoreNLP's
 * lemma of the word that states the relation, lower case.
 */
export const TRIGGER_LEMMAS = {
  hosting: [
    'host',
    'hold',
    'organize',
    'organise',
    'sponsor',
    'co-host',
    'co-organize',
    'co-organise',
    'co-sponsor',
    'stage',
    'convene',
  ],
  takingPlace: ['hold', 'host', 'take', 'open', 'convene', 'stage'],
  relying: ['rely', 'depend', 'lean'],
  developing: ['develop', 'design', 'research'],
  producing: ['produce', 'manufacture', 'make'],
  /** "turns the adipic acid of X into nylon 66 chips": what comes out is made. */
  converting: ['turn', 'process', 'convert'],
  /**
   * "X focuses on port and shipyard gantry cranes", "Y specializes in forged steel valves": a
   * company's line of products, in the verb's "on" or "in" phrase (SPECIALIZING_PREPOSITIONS).
   */
  specializing: ['focus', 'specialize', 'specialise'],
  selling: ['sell', 'export', 'supply', 'deliver', 'ship'],
  /** "has built a … research center", "jointly established the … Joint R&D Center": who runs it. */
  settingUp: ['establish', 'build', 'set', 'found', 'open'],
  /** "its products have entered the markets of Russia and Kazakhstan": a product reaching a market. */
  enteringMarkets: ['enter'],
  implementing: [
    'implement',
    'build',
    'construct',
    'launch',
    'invest',
    'undertake',
    'sign',
    'start',
    'carry',
    'complete',
  ],
  presenting: ['present', 'award', 'confer', 'grant', 'issue', 'announce', 'unveil'],
  participating: ['participate', 'attend', 'join'],
  operating: ['operate', 'run', 'manage'],
  locating: ['locate', 'base', 'settle', 'situate', 'site', 'land'],
  /** "will be built in X", "was put into operation in X": where a project stands. */
  siting: ['build', 'construct', 'put', 'complete', 'launch', 'start'],
  cooperating: ['cooperate', 'collaborate', 'partner', 'sign', 'work', 'join'],
  pursuing: ['strive', 'pursue', 'bid', 'aim', 'create', 'build'],
  using: ['use', 'take', 'leverage'],
} as const;

/**
 * How a figure's clause dates it (figure-parse.ts): auxiliaries and verbs of a plan (no year:
 * "will invest", "plans to purchase", "is expected to realize"), the words before "year" that
 * count from the article's year, and the prepositions that make a year something other than
 * the figure's ("since 2018", "over the previous year", "than last year").
 */
export const FIGURE_TENSE = {
  futureAuxiliaries: ['will', 'would', 'shall', 'can', 'may', 'could'],
  planVerbs: ['plan', 'expect', 'strive', 'aim', 'intend', 'target', 'seek', 'hope'],
  relativeYearWords: { this: 0, current: 0, last: -1, previous: -1, past: -1 } as Record<string, number>,
  notTheFiguresYear: ['since', 'over', 'than'],
  comparisons: ['over', 'than'],
};

/** Verbs whose year is that of another event than the figure's ("Founded in 1954, the company has …"). */
export const YEAR_OF_ANOTHER_EVENT_VERBS: readonly string[] = [
  'found',
  'establish',
  'set',
  'upgrade',
  'approve',
  'launch',
  'recognize',
  'recognise',
  'name',
  'rate',
  'list',
  'incorporate',
  'open',
  'begin',
  'start',
];

/**
 * Head words of events (the model's Project kind: "the 2024 … Investment Promotion
 * Conference"): "the conference" refers back to the event named before (mentions.ts,
 * resolve.ts).
 */
/** Nouns that make their subject the maker of their "of" phrase ("a major producer of special steel wire rods"). */
export const PRODUCER_NOUNS: readonly string[] = ['producer', 'manufacturer', 'maker', 'supplier', 'exporter'];
/** "Its products include A and B", "the company's main products include …": the nouns whose list names a maker's products. */
export const PRODUCT_NOUNS: readonly string[] = ['product'];
/** Nouns for who develops a product ("the developer of rare-earth luminescent materials"): DEVELOPS, not MANUFACTURES. */
export const DEVELOPER_NOUNS: readonly string[] = ['developer'];
/** The prepositions of a specializing verb's products ("focuses on …", "specializes in …"). */
export const SPECIALIZING_PREPOSITIONS: readonly string[] = ['on', 'in'];

/** Nouns of a figure that belongs to its owner ("the output value of the X industry", "the zone's revenue"). */
export const FIGURE_NOUNS: readonly string[] = ['value', 'output', 'revenue', 'income', 'sales', 'scale', 'profit'];

/** Nouns counted as the tally of a signing event ("11 projects … were signed on site", "9 agreements were signed"). */
export const SIGNED_THING_NOUNS: readonly string[] = ['project', 'agreement', 'contract', 'deal', 'memorandum'];

/** Verbs whose object or passive subject is an event ("held a signing ceremony", "the forum was hosted by …"). */
export const EVENT_HOLD_VERBS = ['hold', 'host', 'organize', 'convene'] as const;

/**
 * Word pairs joined by "and" inside one name ("Management Committee of Fuxin Economic and
 * Technological Development Zone"): never the point where two names of a list meet.
 */
export const NAME_INTERNAL_PAIRS: readonly string[] = [
  'Economic and Technological',
  'Economic and Technology',
  'Science and Technology',
  'Iron and Steel',
  'Research and Development',
  'Industry and Information',
  'Industry and Trade',
  'Culture and Tourism',
  'Oil and Gas',
];

/**
 * Words that make industries a place's mainstays ("three pillar industries, namely …", "takes …
 * as its leading industries"): the industries listed after them are the place's clusters.
 */
export const MAINSTAY_INDUSTRY_WORDS: readonly string[] = [
  'pillar',
  'leading',
  'dominant',
  'main',
  'key',
  'core',
  'characteristic',
  'advantageous',
  'mainstay',
];

/** Nouns that only count or sort what follows "of" ("more than 80 kinds of fluorine-containing intermediates"). */
// A share counts its "of" phrase too: "more than 60% of its output is exported to Mongolia".
export const QUANTITY_NOUNS: readonly string[] = [
  'kind',
  'type',
  'variety',
  'series',
  'range',
  'batch',
  'number',
  '%',
  'percent',
];

export const EVENT_WORDS = [
  'conference',
  'forum',
  'expo',
  'exhibition',
  'fair',
  'summit',
  'festival',
  'ceremony',
  'meeting',
  'symposium',
  'contest',
  'competition',
] as const;
/** EVENT_WORDS for look-ups by word. */
export const EVENT_WORD_SET: ReadonlySet<string> = new Set<string>(EVENT_WORDS);

/**
 * Verbs of title-case headlines ("Liaoyang Holds Investment Promotion Conference in Dalian and
 * Signs 11 Projects"), which would otherwise join the names on either side into one. Only
 * words that are not also the head of a name ("Awards", "Projects" are not here).
 */
export const HEADLINE_VERBS = [
  // after a plural subject ("Six Enterprises Win …", "Two Cities Sign …")
  'Win',
  'Sign',
  'Hold',
  'Visit',
  'Receive',
  'Join',
  'Attend',
  'Gather',
  'Meet',
  'Become',
  'Build',
  'Jointly Build',
  'Launch',
  'Open',
  'Holds',
  'Held',
  'Signs',
  'Signed',
  'Wins',
  'Won',
  'Visits',
  'Welcomes',
  'Launches',
  'Launched',
  'Opens',
  'Opened',
  'Hosts',
  'Hosted',
  'Accelerates',
  'Admits',
  'Releases',
  'Unveils',
  'Attracts',
  'Builds',
  'Becomes',
  'Joins',
  'Receives',
  'Honored',
  'Honoured',
  'Established',
  'Sets',
  'Seeks',
  'Kicks',
  'Starts',
  'Teams',
  'Partners',
  'Cooperates',
  'Promotes',
  'Boosts',
  'Ranks',
  'Tops',
  'Achieves',
  'Reaches',
  'Completes',
  'Debuts',
  'Celebrates',
  'Marks',
  'Inks',
  'Lifts',
  'Drives',
  'Extends',
  'Deepens',
  'Expands',
  'Upgrades',
  'Powers',
  'Helps',
  'Leads',
  'Enters',
  'Exports',
  'Invests',
  'Delivers',
  'Introduces',
  'Showcases',
  'Develops',
  'Strengthens',
  'Supports',
  'Inspect',
  'Inspects',
  'Licenses',
  'Keeps',
  'Maintains',
  'Polishes',
  'Presents',
  'Present',
  'Grants',
  'Honors',
  'Commends',
  'Rewards',
  'Recognizes',
  'Certifies',
  'Secures',
  'Gains',
  'Adds',
  'Posts',
  'Sees',
  'Hits',
  'Exceeds',
  'Surpasses',
  'Creates',
  'Makes',
  'Brings',
  'Turns',
  'Settles',
  'Lands',
  'Named',
  'Selected',
  'Recognized',
  // Verbs of growth and effort the translated headlines use ("… Zone of Chaoyang Grows into …").
  'Grows',
  'Carries',
  'Pushes',
  'Speeds',
  'Incubates',
  'Persists',
  'Puts',
  'Sails',
  'Pursues',
  'Takes',
  'Forms',
  'Moves',
  'Steps',
  'Embraces',
  'Thrives',
  'Rises',
  'Climbs',
  'Soars',
  'Transforms',
  'Explores',
  'Fosters',
  'Nurtures',
  'Cultivates',
  'Empowers',
  'Enhances',
  'Improves',
  'Focuses',
  'Targets',
  'Unites',
  'Shines',
] as const;

/**
 * Nouns that are no product or project when a verb of making or building takes them as its
 * object ("signed an agreement", "invest 600 million yuan"), nor the metaphors of these
 * reports ("build a new highland of …", "a hub", "a benchmark"): nlp-mentions.ts.
 */
export const THING_STOP_NOUNS = [
  'achievement',
  'contribution',
  'progress',
  'breakthrough',
  'highland',
  'hub',
  'benchmark',
  'model',
  'pattern',
  'landmark',
  'engine',
  'pole',
  'card',
  'atmosphere',
  'situation',
  'agreement',
  'contract',
  'memorandum',
  'cooperation',
  'investment',
  'yuan',
  'it',
  'them',
  'development',
  'construction',
  'work',
  'role',
  'effort',
  'advantage',
  'way',
  'plan',
  'environment',
  'mechanism',
  'capacity',
  'value',
  'output',
  'revenue',
  'income',
  // "supplies more than 80% of the domestic demand for …": a share of a market names no product.
  'demand',
  'market',
  'number',
  'total',
  'part',
  'step',
  'level',
  'quality',
  'innovation',
  'transformation',
  'talent',
  'talents',
  'research',
  'year',
  'company',
  'enterprise',
  'enterprises',
  'zone',
  'park',
  'city',
  'university',
  // "build a complete industrial chain", "a strong regional brand", "optimized the production process".
  'chain',
  'brand',
  'process',
] as const;

/**
 * Stop nouns that name no thing only in the singular: "took part in the expo", but "auto
 * parts", "suspension and steering parts" are the products of half the reports' suppliers.
 */
export const THING_STOP_SINGULARS = ['part'] as const;

/**
 * Words of company names that name no one company ("Northern Heavy Industries", "New Energy"):
 * never the coined word a report shortens a company's name to ("Siasun", "Haiyun"; mentions.ts).
 */
export const COMMON_COMPANY_NAME_WORDS: readonly string[] = [
  'China',
  'Chinese',
  'Group',
  'Heavy',
  'Industry',
  'Industries',
  'Industrial',
  'New',
  'Energy',
  'Technology',
  'International',
  'Holding',
  'Holdings',
  'Development',
  'Investment',
  'Port',
  'Petrochemical',
  'Northern',
  'Northeast',
  'Southern',
  'Eastern',
  'Western',
  'Great',
  'Golden',
  'Grand',
  'First',
  'Asia',
  'Pacific',
  'General',
  'United',
  'National',
  'Provincial',
  'Municipal',
  'Special',
  'Modern',
  'Smart',
  'Green',
  'Marine',
  'Machine',
  'Steel',
  'Chemical',
  'Electric',
  'Power',
  'Auto',
  'Automotive',
  'Precision',
  'Science',
  'Sino',
];

/**
 * Nouns that say what a zone's lines of work are: "has developed bonded logistics … as its main
 * businesses", "as its pillar industries" — what is developed "as" one is no product or project.
 */
export const LINE_OF_WORK_NOUNS: readonly string[] = ['business', 'industry', 'sector', 'pillar', 'field'];

/** Verbs whose object is a product or project the subject makes, develops or builds (nlp-mentions.ts). */
export const THING_VERBS = [
  'develop',
  'design',
  'produce',
  'manufacture',
  'make',
  'build',
  'construct',
  'launch',
  'implement',
  'undertake',
  'supply',
  'export',
  'deliver',
  'sell',
] as const;

/**
 * Verbs that give a title or designation, its name in their "as" phrase ("was approved as a
 * national … demonstration base", "were recognized as Liaoning Gazelle Enterprises"), or in
 * "the title of …" (nlp-mentions.ts, the dependency rule dep-recognized-as).
 */
export const TITLE_VERBS = [
  'approve',
  'recognize',
  'recognise',
  'identify',
  'name',
  'rate',
  'list',
  'select',
  'designate',
  'accredit',
  'certify',
  'confirm',
  'honor',
  'honour',
  'award',
  'grant',
  'confer',
  'win',
  'receive',
] as const;

/**
 * A plan or work under way ("will build", "is building", "plans to invest", "is expected to"):
 * a year-keyed fact of such a clause has no year yet — the year it names is when the work is
 * due, not when it was done — and what a planned plant will make is not made yet.
 */
export const PLANNED =
  /\b(?:will|shall|plans?\s+to|planned\s+to|is\s+(?:now\s+)?building|are\s+(?:now\s+)?building|(?:is|are)\s+expected\s+to|to\s+be\s+(?:built|completed))\b/i;
