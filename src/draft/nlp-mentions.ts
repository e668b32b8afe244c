// Names the trained model finds: CoreNLP's named-entity mentions of people, as candidate
// spans for the drafter beside the graph's names and the domain patterns (where spans
// overlap the longer one wins and, at equal length, the pattern: mentions.ts). People are
// what the patterns miss (a person named without a role). The model's organisations, cities
// and countries were taken too at first, and cost more than they gave: on the blind tuning
// half entities P / R went 0.89 / 0.84 (people only) → 0.82 / 0.83 (all classes), resolution
// 0.79 → 0.74, facts P 0.84 → 0.82 — the patterns know this genre's bodies better ("… Co.,
// Ltd.", "… Development Zone of Panjin"), and the lexicon its places.
import type { CoreNlpDocument, CoreNlpToken } from '../nlp/corenlp-document.js';
import { headPhrase, isGenericName, sharesHead, sharesModifiers } from './names.js';
import { countedThing, parsedSentence } from './dependency-paths.js';
import {
  EVENT_HOLD_VERBS,
  EVENT_WORD_SET,
  FIGURE_NOUNS,
  PRODUCER_NOUNS,
  DEVELOPER_NOUNS,
  PRODUCT_NOUNS,
  SPECIALIZING_PREPOSITIONS,
  RANKING_ADJECTIVES,
  RESEARCH_FACILITY,
  CLUSTER_HEAD,
  LINE_OF_WORK_NOUNS,
  THING_STOP_NOUNS,
  THING_STOP_SINGULARS,
  THING_VERBS,
  TITLE_VERBS,
  TRIGGER_LEMMAS,
} from './lexicon.js';
import type { Mention } from './types.js';

export function mentionsFromCoreNlp(doc: CoreNlpDocument, text: string): Mention[] {
  const out: Mention[] = [];
  // A title-case headline misleads the model ("Valve Makers Team Up with …" is no team): the
  // headline's names come from the graph and the patterns only.
  const headlineEnd = text.trimStart() === text ? text.indexOf('\n') : text.indexOf('\n', text.search(/\S/));
  for (const sentence of doc.sentences) {
    for (const m of sentence.entitymentions ?? []) {
      if (m.ner !== 'PERSON') continue;
      const start = m.characterOffsetBegin;
      if (headlineEnd >= 0 && start < headlineEnd) continue;
      const end = m.characterOffsetEnd;
      const surface = text.slice(start, end);
      // Offsets count UTF-16 units of the text sent, as JavaScript does; a mismatch means another text.
      if (surface !== m.text || !/^[A-Z]/.test(surface) || isGenericName(surface) || surface.includes('\n')) continue;
      if (!/\s/.test(surface)) continue; // a lone given or family name
      out.push({ start, end, surface, kind: 'PERSON', source: 'nlp' });
    }
  }
  return out;
}

/**
 * Head nouns that name no thing of their own as the object of such a verb ("signed an
 * agreement", "build a platform for cooperation"): never a product or project entity.
 */
const NOT_A_THING = new Set<string>(THING_STOP_NOUNS);
const STOP_IN_SINGULAR = new Set<string>(THING_STOP_SINGULARS);

/** A noun that names no thing: a stop noun, or a stop singular in the singular ("part", not "auto parts"). */
function namesNoThing(t: CoreNlpToken): boolean {
  const lemma = t.lemma.toLowerCase();
  return NOT_A_THING.has(lemma) && !(STOP_IN_SINGULAR.has(lemma) && t.pos === 'NNS');
}

const THING_VERB_SET = new Set<string>(THING_VERBS);
const TITLE_VERB_SET = new Set<string>(TITLE_VERBS);

/** Prepositions inside a thing's name ("production base of solid preparations", "testing lines for steering pumps"). */
const NAME_PREPOSITIONS = new Set(['of', 'for']);

/** Relations that belong to a noun phrase's name: "intelligent tunnel boring machines", "lines for steering pumps". */
const NAME_PARTS = new Set(['compound', 'amod', 'nmod', 'case', 'nummod', 'flat', 'cc', 'conj', 'det:predet']);

/**
 * The noun phrase a head word names, as a span of the text: the head and the parts of its name
 * under it (modifiers, compounds, "of" and "for" phrases, hyphens), contiguous, without its
 * article; null when the parts leave a gap.
 */
type ParsedTree = NonNullable<ReturnType<typeof parsedSentence>>;

function phraseOf(
  tree: ParsedTree,
  sentence: CoreNlpDocument['sentences'][number],
  head: number,
  options: { conjuncts?: boolean; lists?: boolean; properOf?: boolean } = {},
): { start: number; end: number; words: number } | null {
  const token = (i: number) => sentence.tokens[i - 1];
  // "lines for steering pumps", "base of solid preparations" name the thing; "a factory with German partners" adds to it.
  const partOfName = (i: number) =>
    !(tree.children.get(i) ?? []).some(
      (c) => c.dep === 'case' && !NAME_PREPOSITIONS.has(token(c.dependent)?.word.toLowerCase() ?? ''),
    );
  const conjunctBefore = (h: number, at: number) =>
    (tree.children.get(h) ?? []).some((c) => c.dep === 'conj' && c.dependent < at);
  const parts = new Set([head]);
  let listed = false; // a conjunct below the head: a list the parse hung under it
  const grow = (i: number, depth: number) => {
    for (const c of tree.children.get(i) ?? []) {
      // A hyphen inside a word ("deep-sea") is part of the name too.
      const hyphen = c.dep === 'punct' && token(c.dependent)?.pos === 'HYPH';
      if ((!NAME_PARTS.has(c.dep) && !hyphen) || depth > 3 || !partOfName(c.dependent)) continue;
      if (depth === 0 && c.dep === 'case') continue; // the head's own preposition ("as a …") is not in the name
      if (depth === 0 && options.conjuncts === false && (c.dep === 'cc' || c.dep === 'conj')) continue;
      // "alloy and powders for 3D printing", parsed with the use under the first conjunct: the use
      // is the last conjunct's, written next to it (purposeAfter gives it to that one).
      if (depth === 0 && options.conjuncts === false && c.dep === 'nmod' && conjunctBefore(i, c.dependent)) continue;
      // "the high-voltage electric drive system project of Schaeffler Greater China": a proper
      // name after "of" is the thing's owner, not part of its name.
      if (options.properOf === false && c.dep.startsWith('nmod') && token(c.dependent)?.pos === 'NNP') continue;
      parts.add(c.dependent);
      if (c.dep === 'conj') listed = true;
      grow(c.dependent, depth + 1);
    }
  };
  grow(head, 0);
  const ordered = [...parts].sort((a, b) => a - b);
  let first = ordered[0] as number;
  let last = ordered[ordered.length - 1] as number;
  // A gap is not one phrase; a comma is no gap in a list the parse hung under one head
  // ("paraxylene, polyester chips and nylon 66 salt": compounds of "salt"), which listItems splits.
  const listComma = (i: number) => options.lists === true && listed && token(i)?.pos === ',';
  // Quotation marks around a brand inside the phrase ('"Zhuquan" brand zinc ingots') are no gap either.
  const quoteMark = (i: number) => /^(``|'')$/.test(token(i)?.pos ?? '');
  for (let i = first; i <= last; i += 1) if (!parts.has(i) && !listComma(i) && !quoteMark(i)) return null;
  while (first < last && /^(CC|DT|PRP\$|IN|,|``)$/.test(token(first)?.pos ?? '')) first += 1;
  // "well-known trademark": the parse hangs "well" on "known" as an adverb, but a hyphen joins it.
  const joined = (i: number) => token(i - 1)?.characterOffsetEnd === token(i)?.characterOffsetBegin;
  while (first > 1 && token(first)?.pos === 'HYPH' && joined(first)) first -= 1;
  // "cranes worth 380 million yuan": the value is no part of the thing's name.
  while (last > first && (/^(CC|IN|,|DT|'')$/.test(token(last)?.pos ?? '') || token(last)?.word === 'worth')) last -= 1;
  const start = token(first)?.characterOffsetBegin;
  const end = token(last)?.characterOffsetEnd;
  // "11 projects": a count; "five-axis linkage machining centers": a number joined into a word is a name's.
  const counts = token(first)?.pos === 'CD' && !(token(first + 1)?.pos === 'HYPH' && joined(first + 1));
  if (start === undefined || end === undefined || counts) return null;
  return { start, end, words: last - first + 1 };
}

/**
 * Lower-case things the parse shows a company or zone making, developing or building — the
 * object of a verb of the dependency rules whose far end is a product or project ("will
 * jointly develop the intelligent tunnel boring machines", "builds a production base of solid
 * preparations"): mentions of the Project kind, so those rules can reach them. The span is the
 * object's noun phrase without its article; capitalised names are left to the patterns.
 */
export function thingsFromParse(
  doc: CoreNlpDocument,
  text: string,
  verbs: ReadonlySet<string> = THING_VERB_SET,
): Mention[] {
  const out: Mention[] = [];
  // "has set up a technology transfer center": what is set up or established is a thing here
  // only when it is a facility of research ("established a cooperation mechanism" is none).
  const setUp = new Set([...nounsDoneTo(doc, SETTING_UP_VERBS)].map((f) => f.head));
  for (const found of [
    ...nounsDoneTo(doc, verbs),
    ...producedNouns(doc),
    ...specializedNouns(doc),
    ...includedProducts(doc),
    ...convertedNouns(doc),
    ...nounsDoneTo(doc, SETTING_UP_VERBS),
  ]) {
    const { sentence, tree } = found;
    const facilityOnly = setUp.has(found.head) && !verbs.has(verbOf(tree, found.head.index, sentence));
    const head = sentence.tokens[countedThing(tree, found.head.index) - 1] ?? found.head;
    if (namesNoThing(head) || (head.ner !== 'O' && head.ner !== undefined)) continue;
    if (developedAsIndustries(tree, sentence, found.head.index)) continue;
    // "wind power bearings and railway bearings": each conjunct is a thing of its own.
    const conjuncts = (tree.children.get(head.index) ?? [])
      .filter((c) => c.dep === 'conj' && /^NN/.test(sentence.tokens[c.dependent - 1]?.pos ?? ''))
      .map((c) => c.dependent);
    // "supplies suspension and steering parts": one thing whose head both words share.
    const shared = sharedHeadPhrase(tree, sentence, text, head.index, conjuncts);
    for (const h of shared ? [head.index] : [head.index, ...conjuncts]) {
      const t = sentence.tokens[h - 1];
      if (!t || namesNoThing(t) || (t.ner !== 'O' && t.ner !== undefined)) continue;
      const phrase = shared ?? phraseOf(tree, sentence, h, { conjuncts: false, lists: true, properOf: false });
      // One word names a thing only in a list of things ("produces paraxylene, polyester chips and adipic acid").
      if (!phrase || (phrase.words < 2 && conjuncts.length === 0)) continue;
      // "a laboratory of 2,500 square meters": a size is no part of the name.
      const sized = /\s+of\s+[\d,.]+\s/.exec(text.slice(phrase.start, phrase.end));
      if (sized) {
        phrase.end = phrase.start + sized.index;
        if (!/\s/.test(text.slice(phrase.start, phrase.end))) continue;
      }
      const use = purposeAfter(tree, sentence, found.head.index, phrase.end);
      if (use !== null) phrase.end = use;
      // "fluorine-containing pesticide intermediates": a hyphenated word is whole, also when the
      // parse starts the phrase at the hyphen itself.
      while (phrase.start > 0 && (text[phrase.start - 1] === '-' || text[phrase.start] === '-')) {
        phrase.start -= 1;
        while (phrase.start > 0 && /[\w-]/.test(text[phrase.start - 1] ?? '')) phrase.start -= 1;
      }
      // "has built the largest production base of ceramic proppants": a rank, not a facility
      // (the products are read by patterns.ts, RANKED_BASE).
      if (RANKED_BASE_PHRASE.test(text.slice(phrase.start, phrase.end))) continue;
      const items = listItems(text, phrase.start, phrase.end);
      const list = items.length > 1 ? { start: phrase.start, end: phrase.end } : undefined;
      for (const listed of items) {
        // '"Zhuquan" brand zinc ingots': the brand is a name of its own; the thing is what follows.
        const brand = BRAND_PREFIX.exec(text.slice(listed.start, listed.end));
        const item = brand ? { ...listed, start: listed.start + brand[0].length } : listed;
        const surface = text.slice(item.start, item.end);
        // A capital starts a name, not a thing, unless it is a technical prefix ("X-ray security
        // inspection equipment", "CT systems").
        const named = /^[A-Z]/.test(surface) && !/^(?:[A-Z][A-Z0-9]{0,4}-[a-z]+|[A-Z]{2,4})\s/.test(surface);
        if (named || /\d[\d,.]*\s*(?:yuan|billion|million)/i.test(surface) || surface.includes('\n')) continue;
        // "a digital twin laboratory for large compressors", "a technology transfer center": a
        // facility of research, filed with universities as the model files laboratories.
        const headWords = headPhrase(surface);
        const kind = RESEARCH_FACILITY.test(headWords)
          ? 'UNIVERSITY'
          : CLUSTER_HEAD.test(headWords)
            ? 'CLUSTER'
            : 'PROJECT';
        if (facilityOnly && kind !== 'UNIVERSITY') continue;
        out.push({ ...item, surface, kind, source: 'nlp', ...(list ? { list } : {}) });
      }
    }
  }
  return out;
}

const BRAND_PREFIX = /^[“"]?[A-Z][\w-]*(?:[ \t][A-Z][\w-]*)?[”"]?[ \t]+brand[ \t]+(?=[a-z])/;

const RANKED_BASE_PHRASE = new RegExp(`^(?:${RANKING_ADJECTIVES.join('|')})\\s+(?:[a-z-]+\\s+)?production bases?\\b`);

const SETTING_UP_VERBS = new Set<string>(TRIGGER_LEMMAS.settingUp);

const LINE_OF_WORK = new Set<string>(LINE_OF_WORK_NOUNS);

/**
 * "The zone has developed bonded logistics, bonded processing and cross-border e-commerce as its
 * main businesses": what is developed "as" businesses or industries is a line of work, not a
 * product or project.
 */
function developedAsIndustries(
  tree: ParsedTree,
  sentence: CoreNlpDocument['sentences'][number],
  thing: number,
): boolean {
  const verb = tree.parents.get(thing)?.[0]?.governor ?? 0;
  // The parse may hang "as its main businesses" on the last object instead of the verb.
  const objects = (tree.children.get(verb) ?? []).filter((e) => e.dep === 'obj').map((e) => e.dependent);
  return [verb, ...objects]
    .flatMap((at) => tree.children.get(at) ?? [])
    .some((e) => {
      if (e.dep !== 'obl' && e.dep !== 'nmod') return false;
      const as = (tree.children.get(e.dependent) ?? []).some(
        (c) => c.dep === 'case' && sentence.tokens[c.dependent - 1]?.word.toLowerCase() === 'as',
      );
      return as && LINE_OF_WORK.has(sentence.tokens[e.dependent - 1]?.lemma.toLowerCase() ?? '');
    });
}

/** The lemma of the verb a noun hangs from (its object or passive subject). */
function verbOf(tree: ParsedTree, head: number, sentence: CoreNlpDocument['sentences'][number]): string {
  const governor = tree.parents.get(head)?.[0]?.governor;
  return sentence.tokens[(governor ?? 0) - 1]?.lemma.toLowerCase() ?? '';
}

/**
 * The span of "suspension and steering parts" (names.ts, sharesHead) or of "traditional Chinese
 * medicine granules and tablets" (sharesModifiers), for a head with one conjunct; else null.
 */
function sharedHeadPhrase(
  tree: ParsedTree,
  sentence: CoreNlpDocument['sentences'][number],
  text: string,
  head: number,
  conjuncts: number[],
): { start: number; end: number; words: number } | null {
  if (conjuncts.length !== 1) return null;
  const first = phraseOf(tree, sentence, head, { conjuncts: false });
  const second = phraseOf(tree, sentence, conjuncts[0] as number, { conjuncts: false });
  if (!first || !second || !/^\s+and\s+$/.test(text.slice(first.end, second.start))) return null;
  const [a, b] = [text.slice(first.start, first.end), text.slice(second.start, second.end)];
  if (!(first.words === 1 && sharesHead(a, b)) && !(second.words === 1 && sharesModifiers(a, b))) return null;
  return { start: first.start, end: second.end, words: first.words + second.words + 1 };
}

/**
 * The end of the use a thing is named with, when the parse hung it on the verb instead of the
 * thing: "has developed titanium alloy powders for 3D printing" (obl:for of "developed"). Only
 * a bare use right after the thing's phrase — no article, number, possessive or proper name —
 * is part of its name; "for the rolls of steel mills", "for 60 steel mills" and "for BYD" say
 * whom it serves. The blind writers name such things with their use, as the reports do.
 */
function purposeAfter(
  tree: ParsedTree,
  sentence: CoreNlpDocument['sentences'][number],
  head: number,
  end: number,
): number | null {
  const verb = tree.parents.get(head)?.[0]?.governor;
  if (verb === undefined) return null;
  const next = sentence.tokens.find((t) => t.characterOffsetBegin >= end);
  if (next?.word.toLowerCase() !== 'for' || next.characterOffsetBegin > end + 1) return null;
  // Hung on the verb (obl), or on the first thing of a list it ends ("alloy and powders for …").
  const use = [...(tree.children.get(verb) ?? []), ...(tree.children.get(head) ?? [])].find(
    (c) =>
      (c.dep === 'obl' || c.dep === 'nmod') &&
      (tree.children.get(c.dependent) ?? []).some((k) => k.dep === 'case' && k.dependent === next.index),
  );
  if (!use) return null;
  const phrase = phraseOf(tree, sentence, use.dependent);
  if (!phrase) return null;
  const words = sentence.tokens.filter(
    (t) => t.characterOffsetBegin >= phrase.start && t.characterOffsetEnd <= phrase.end,
  );
  // Lower case throughout ("3D" too): a capital is a customer's name, tagged or not ("for BYD").
  const bare = words.every(
    (t) => !/^(DT|PRP\$|CD|NNPS?|POS)$/.test(t.pos) && (t.ner === 'O' || t.ner === undefined) && !/^[A-Z]/.test(t.word),
  );
  return bare ? phrase.end : null;
}

/**
 * The items of a span that is a list the parse took for one noun phrase ("produces paraxylene,
 * polyester chips, adipic acid and nylon 66 salt", parsed as compounds of "salt"): split at its
 * commas (not the comma of "10,000"), and the last item at "and". A name of a thing holds no
 * comma, so a span without one is one item.
 */
export function listItems(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const span = text.slice(start, end);
  if (!/,(?!\d)/.test(span)) return [{ start, end }];
  // "online analyzers for coal, cement and mineral processing", "alloy parts for the chemical,
  // medical and aviation industries": a list after "for" is the thing's use, not more things.
  if (/\sfor\s/.test(span.slice(0, span.search(/,(?!\d)/)))) return [{ start, end }];
  const separators = [...span.matchAll(/\s*,(?!\d)\s*(?:and\s+)?/g)].map((m) => [m.index, m.index + m[0].length]);
  const afterLastComma = separators[separators.length - 1]?.[1] ?? 0;
  const and = /\s+and\s+/.exec(span.slice(afterLastComma));
  if (and) separators.push([afterLastComma + and.index, afterLastComma + and.index + and[0].length]);
  const items: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const [sepStart, sepEnd] of [...separators, [span.length, span.length]] as Array<[number, number]>) {
    if (sepStart > from) items.push({ start: start + from, end: start + sepStart });
    from = sepEnd;
  }
  return items;
}

type NounInSentence = { sentence: CoreNlpDocument['sentences'][number]; tree: ParsedTree; head: CoreNlpToken };

/** Each common noun hanging from a word `governs` accepts by an edge `hangs` accepts, in the basic parse. */
function* nounsHangingFrom(
  doc: CoreNlpDocument,
  governs: (word: CoreNlpToken) => boolean,
  hangs: (edge: { dep: string; dependent: number }, tree: ParsedTree, sentence: NounInSentence['sentence']) => boolean,
): Generator<NounInSentence> {
  for (const sentence of doc.sentences) {
    const tree = parsedSentence(sentence, 'basic');
    if (!tree) continue;
    for (const word of sentence.tokens) {
      if (!governs(word)) continue;
      for (const e of tree.children.get(word.index) ?? []) {
        const head = sentence.tokens[e.dependent - 1];
        if (head && /^NN/.test(head.pos) && hangs(e, tree, sentence)) yield { sentence, tree, head };
      }
    }
  }
}

const PRODUCER_NOUN_SET = new Set<string>([...PRODUCER_NOUNS, ...DEVELOPER_NOUNS]);
const CUSTOMER_PREPOSITIONS = new Set(['to', 'for']);

/**
 * Each noun a producer is "of": "a major producer of special steel wire rods". Makers a thing
 * goes "to" or is made "for" are customers, named by their trade ("supplied to makers of
 * nuclear power and chemical pumps"): their products are no one's here.
 */
function producedNouns(doc: CoreNlpDocument): Generator<NounInSentence> {
  return nounsHangingFrom(
    doc,
    (producer) => PRODUCER_NOUN_SET.has(producer.lemma.toLowerCase()),
    (e, tree, sentence) =>
      !(tree.children.get(tree.parents.get(e.dependent)?.[0]?.governor ?? 0) ?? []).some(
        (c) =>
          c.dep === 'case' && CUSTOMER_PREPOSITIONS.has(sentence.tokens[c.dependent - 1]?.word.toLowerCase() ?? ''),
      ) &&
      e.dep === 'nmod' &&
      (tree.children.get(e.dependent) ?? []).some(
        (c) => c.dep === 'case' && sentence.tokens[c.dependent - 1]?.word.toLowerCase() === 'of',
      ),
  );
}

const PRODUCT_NOUN_SET = new Set<string>(PRODUCT_NOUNS);

/** Each noun "its products include": "Its products include precision planetary gear reducers …". */
function includedProducts(doc: CoreNlpDocument): Generator<NounInSentence> {
  return nounsHangingFrom(
    doc,
    (verb) => verb.lemma.toLowerCase() === 'include' && /^VB/.test(verb.pos),
    (e, tree, sentence) => {
      if (e.dep !== 'obj') return false;
      const verb = tree.parents.get(e.dependent)?.[0]?.governor ?? 0;
      const subject = (tree.children.get(verb) ?? []).find((c) => c.dep === 'nsubj');
      const noun = sentence.tokens[(subject?.dependent ?? 0) - 1];
      // Whose products: "its", "the company's" (a possessive on the subject).
      const owned = (tree.children.get(subject?.dependent ?? 0) ?? []).some((c) => c.dep === 'nmod:poss');
      return noun !== undefined && PRODUCT_NOUN_SET.has(noun.lemma.toLowerCase()) && owned;
    },
  );
}

const SPECIALIZING_VERBS = new Set<string>(TRIGGER_LEMMAS.specializing);
const SPECIALIZING_CASES = new Set<string>(SPECIALIZING_PREPOSITIONS);
/** Common nouns that stand for a company as a subject ("The company focuses on …"). */
const COMPANY_NOUNS = new Set(['company', 'enterprise', 'firm', 'group', 'manufacturer', 'subsidiary']);

/**
 * Each noun a company "focuses on" or "specializes in": "X, which focuses on LNG cryogenic
 * ball valves". Only with a company as the subject (a name the NER reads as an organization,
 * "the company", or the name a "which" clause hangs from): a zone or a city "focuses on"
 * fields and tasks ("focus on important areas and key links"), not products.
 */
function specializedNouns(doc: CoreNlpDocument): Generator<NounInSentence> {
  return nounsHangingFrom(
    doc,
    (verb) => SPECIALIZING_VERBS.has(verb.lemma.toLowerCase()) && /^VB/.test(verb.pos),
    (e, tree, sentence) => {
      if (e.dep !== 'obl') return false;
      const preposition = (tree.children.get(e.dependent) ?? []).find((c) => c.dep === 'case');
      if (!SPECIALIZING_CASES.has(sentence.tokens[(preposition?.dependent ?? 0) - 1]?.word.toLowerCase() ?? ''))
        return false;
      const verb = tree.parents.get(e.dependent)?.[0]?.governor ?? 0;
      return companySubject(tree, sentence, verb);
    },
  );
}

/** Whether the verb's subject is a company (through "which" to the name the clause hangs from). */
function companySubject(tree: ParsedTree, sentence: NounInSentence['sentence'], verb: number): boolean {
  const subject = (tree.children.get(verb) ?? []).find((c) => c.dep === 'nsubj')?.dependent;
  let token = sentence.tokens[(subject ?? 0) - 1];
  if (token && /^(?:WDT|WP)$/.test(token.pos)) {
    const edge = tree.parents.get(verb)?.[0];
    token = edge?.dep === 'acl:relcl' ? sentence.tokens[edge.governor - 1] : undefined;
  }
  if (!token) return false;
  // "The listed enterprises have long focused on market segments": many companies, no one's products.
  const oneCompany = COMPANY_NOUNS.has(token.lemma.toLowerCase()) && token.pos === 'NN';
  return token.ner === 'ORGANIZATION' || oneCompany || /^(?:Co\.|Ltd\.|Inc\.)$/.test(token.word);
}

const CONVERTING_VERBS = new Set<string>(TRIGGER_LEMMAS.converting);

/** Each noun a material is turned "into": "turns the adipic acid of X into nylon 66 chips". */
function convertedNouns(doc: CoreNlpDocument): Generator<NounInSentence> {
  return nounsHangingFrom(
    doc,
    (verb) => CONVERTING_VERBS.has(verb.lemma.toLowerCase()) && /^VB/.test(verb.pos),
    (e, tree, sentence) =>
      e.dep === 'obl' &&
      (tree.children.get(e.dependent) ?? []).some(
        (c) => c.dep === 'case' && sentence.tokens[c.dependent - 1]?.word.toLowerCase() === 'into',
      ),
  );
}

/** Each noun that is the object or passive subject of one of `verbs` ("built a base", "a ceremony was held"). */
function* nounsDoneTo(doc: CoreNlpDocument, verbs: ReadonlySet<string>): Generator<NounInSentence> {
  const isVerb = (verb: CoreNlpToken) => verbs.has(verb.lemma.toLowerCase()) && /^VB/.test(verb.pos);
  yield* nounsHangingFrom(doc, isVerb, (e) => e.dep === 'obj' || e.dep === 'nsubj:pass');
  yield* objectsReadAsSubjects(doc, isVerb);
  yield* passiveSubjectsOfConjuncts(doc, isVerb);
  yield* nounsOfParticiples(doc, isVerb);
}

/**
 * "the tower cranes manufactured by X", "a shunting locomotive developed by the company": the
 * noun a participle with an agent modifies (the parse can also make it the participle's subject).
 */
function* nounsOfParticiples(doc: CoreNlpDocument, isVerb: (word: CoreNlpToken) => boolean): Generator<NounInSentence> {
  for (const { sentence, tree, verb } of verbsOf(doc, isVerb)) {
    if (verb.pos !== 'VBN') continue;
    const children = tree.children.get(verb.index) ?? [];
    const byAgent = children.some(
      (c) =>
        c.dep === 'obl' &&
        (tree.children.get(c.dependent) ?? []).some(
          (x) => x.dep === 'case' && sentence.tokens[x.dependent - 1]?.word.toLowerCase() === 'by',
        ),
    );
    if (!byAgent) continue;
    const modified = (tree.parents.get(verb.index) ?? []).find((e) => e.dep === 'acl')?.governor;
    const subject = children.find((c) => c.dep === 'nsubj')?.dependent;
    const head = sentence.tokens[(modified ?? subject ?? 0) - 1];
    if (head && /^NN/.test(head.pos)) yield { sentence, tree, head };
  }
}

/**
 * "Its zinc ingots are registered on the LME and are exported to Japan": the second verb of a
 * coordination shares the first one's passive subject, which the basic parse hangs on the
 * first only.
 */
function* passiveSubjectsOfConjuncts(
  doc: CoreNlpDocument,
  isVerb: (word: CoreNlpToken) => boolean,
): Generator<NounInSentence> {
  for (const { sentence, tree, verb } of verbsOf(doc, isVerb)) {
    if ((tree.children.get(verb.index) ?? []).some((c) => /^nsubj/.test(c.dep))) continue;
    const up = (tree.parents.get(verb.index) ?? []).find((e) => e.dep === 'conj');
    const subject = up && (tree.children.get(up.governor) ?? []).find((c) => c.dep === 'nsubj:pass');
    const head = subject ? sentence.tokens[subject.dependent - 1] : undefined;
    if (head && /^NN/.test(head.pos)) yield { sentence, tree, head };
  }
}

/** Each word `isVerb` accepts, with its sentence and the sentence's basic parse. */
function* verbsOf(
  doc: CoreNlpDocument,
  isVerb: (word: CoreNlpToken) => boolean,
): Generator<Omit<NounInSentence, 'head'> & { verb: CoreNlpToken }> {
  for (const sentence of doc.sentences) {
    const tree = parsedSentence(sentence, 'basic');
    if (!tree) continue;
    for (const verb of sentence.tokens) if (isVerb(verb)) yield { sentence, tree, verb };
  }
}

/**
 * "produces more than 80 kinds of X, which are exported to …, and its sales revenue exceeded
 * 1.2 billion yuan": the parse makes the object the subject of the clause after "and" (a
 * ccomp of the verb) and leaves the verb without an object. The subject written right after
 * such a verb is its object.
 */
function* objectsReadAsSubjects(
  doc: CoreNlpDocument,
  isVerb: (word: CoreNlpToken) => boolean,
): Generator<NounInSentence> {
  for (const { sentence, tree, verb } of verbsOf(doc, isVerb)) {
    const children = tree.children.get(verb.index) ?? [];
    if (children.some((c) => c.dep === 'obj')) continue;
    for (const clause of children.filter((c) => c.dep === 'ccomp' && c.dependent > verb.index)) {
      const subject = (tree.children.get(clause.dependent) ?? []).find((c) => c.dep === 'nsubj');
      // The clause's real subject is hung on it as a conjunct ("kinds … and its revenue"); a
      // causative's subject has none ("make the golden signboard of X shine brighter").
      const conjoined = subject && (tree.children.get(subject.dependent) ?? []).some((c) => c.dep === 'conj');
      const head = subject && conjoined ? sentence.tokens[subject.dependent - 1] : undefined;
      // Right after the verb: nothing but the object's own words between ("more than 80").
      const between = sentence.tokens.slice(verb.index, (head?.index ?? 0) - 1);
      if (head && /^NN/.test(head.pos) && between.every((t) => /^(JJR?|RBR?|IN|CD|DT)$/.test(t.pos)))
        yield { sentence, tree, head };
    }
  }
}

const EVENT_HOLD_VERB_SET = new Set<string>(EVENT_HOLD_VERBS);

/**
 * Events named in lower case, as reports name most of them: what is held ("held a centralized
 * signing ceremony for key projects", "the signing ceremony of school-enterprise cooperation
 * between X and Y was held in …") — the object or passive subject of a verb of holding whose head
 * is an event word. Mentions of the Project kind (the model's kind for events), so "the
 * ceremony" later refers back to them and a count signed there can be about them. The name stops
 * before "between" and "with": the parties are ends of facts, not part of the event's name.
 */
export function eventsFromParse(doc: CoreNlpDocument, text: string): Mention[] {
  const out: Mention[] = [];
  for (const { sentence, tree, head } of nounsDoneTo(doc, EVENT_HOLD_VERB_SET)) {
    if (!EVENT_WORD_SET.has(head.lemma.toLowerCase())) continue;
    // "its annual meeting" is no event of its own name; "a signing ceremony for key projects" is.
    const phrase = phraseOf(tree, sentence, head.index);
    if (!phrase || phrase.words < 3) continue;
    const surface = text.slice(phrase.start, phrase.end);
    if (/^[A-Z]/.test(surface) || surface.includes('\n')) continue;
    out.push({ start: phrase.start, end: phrase.end, surface, kind: 'PROJECT', source: 'nlp' });
  }
  return out;
}

const FIGURE_NOUN_SET = new Set<string>(FIGURE_NOUNS);

/**
 * Industries that have figures of their own: "the output value of the marine equipment
 * industry in Huludao reached …", "the fluorine chemical industry of the zone achieved an
 * output value of …" — a singular "industry" that owns an output noun, or is the subject of a
 * clause whose object is one. Mentions of the Cluster kind, so the figure is the industry's and
 * `dep-industry-located-in` can place it. The name is the industry and its modifiers ("fine
 * chemical and new materials industry"), without the place it is of.
 */
export function industriesFromParse(doc: CoreNlpDocument, text: string): Mention[] {
  const out: Mention[] = [];
  for (const sentence of doc.sentences) {
    const tree = parsedSentence(sentence, 'basic');
    if (!tree) continue;
    const token = (i: number) => sentence.tokens[i - 1];
    const isFigureNoun = (i: number) => FIGURE_NOUN_SET.has(token(i)?.lemma.toLowerCase() ?? '');
    for (const head of sentence.tokens) {
      if (head.word.toLowerCase() !== 'industry' || head.pos !== 'NN') continue;
      const up = tree.parents.get(head.index)?.[0];
      if (!up) continue;
      const owns =
        (up.dep.startsWith('nmod') && isFigureNoun(up.governor)) ||
        (up.dep === 'nsubj' &&
          (tree.children.get(up.governor) ?? []).some((c) => c.dep === 'obj' && isFigureNoun(c.dependent)));
      if (!owns) continue;
      const parts = new Set([head.index]);
      const grow = (i: number, depth: number) => {
        for (const c of tree.children.get(i) ?? []) {
          if (depth > 3 || !['compound', 'amod', 'cc', 'conj'].includes(c.dep)) continue;
          parts.add(c.dependent);
          grow(c.dependent, depth + 1);
        }
      };
      grow(head.index, 0);
      // "the new materials industry of Fushun": a named place after "of" is part of the name; "of the zone" is not.
      for (const c of tree.children.get(head.index) ?? []) {
        const of = (tree.children.get(c.dependent) ?? []).find(
          (x) => x.dep === 'case' && token(x.dependent)?.word.toLowerCase() === 'of',
        );
        if (c.dep !== 'nmod' || !of || token(c.dependent)?.pos !== 'NNP') continue;
        parts.add(of.dependent);
        parts.add(c.dependent);
        for (const x of tree.children.get(c.dependent) ?? []) if (x.dep === 'compound') parts.add(x.dependent);
      }
      const ordered = [...parts].sort((a, b) => a - b);
      const first = ordered[0] as number;
      if (ordered.length < 2 || ordered.some((t, k) => t !== first + k)) continue; // one word, or a gap
      const start = token(first)?.characterOffsetBegin as number;
      const end = token(ordered[ordered.length - 1] as number)?.characterOffsetEnd as number;
      const surface = text.slice(start, end);
      if (/^[A-Z]/.test(surface) || surface.includes('\n')) continue;
      out.push({ start, end, surface, kind: 'CLUSTER', source: 'nlp' });
    }
  }
  return out;
}

/**
 * Titles and designations the parse shows being given: "was approved as a national new
 * industrialization industry demonstration base of shipbuilding", "were recognized as Liaoning
 * Gazelle Enterprises", "won the title of …" — the `as` phrase of a verb of recognition, or the
 * `of` phrase of "title": mentions of the Award kind (the model's kind for designations), so
 * the dependency rule `dep-recognized-as` can read who holds them. Names the patterns find keep
 * theirs (the longer span, else the pattern, wins: mentions.ts).
 */
export function titlesFromParse(doc: CoreNlpDocument, text: string): Mention[] {
  const out: Mention[] = [];
  for (const sentence of doc.sentences) {
    const tree = parsedSentence(sentence, 'basic');
    if (!tree) continue;
    const token = (i: number) => sentence.tokens[i - 1];
    const heads: number[] = [];
    for (const verb of sentence.tokens) {
      if (!TITLE_VERB_SET.has(verb.lemma.toLowerCase()) || !/^VB/.test(verb.pos)) continue;
      for (const e of tree.children.get(verb.index) ?? []) {
        const preposition = (tree.children.get(e.dependent) ?? [])
          .filter((c) => c.dep === 'case')
          .map((c) => token(c.dependent)?.word.toLowerCase());
        if (e.dep === 'obl' && preposition.includes('as')) heads.push(e.dependent);
        // "was named a provincial green industrial park": a passive verb's object is the title.
        const passive = (tree.children.get(verb.index) ?? []).some((c) => c.dep === 'nsubj:pass');
        if (e.dep === 'obj' && passive && token(e.dependent)?.lemma.toLowerCase() !== 'title') heads.push(e.dependent);
        // "awarded the title of X", "won the honorary title of X"
        if (e.dep === 'obj' && token(e.dependent)?.lemma.toLowerCase() === 'title')
          for (const c of tree.children.get(e.dependent) ?? []) if (c.dep === 'nmod') heads.push(c.dependent);
      }
    }
    for (const head of heads) {
      if (!/^NN/.test(token(head)?.pos ?? '')) continue;
      const phrase = phraseOf(tree, sentence, head);
      if (!phrase || phrase.words < 2) continue;
      const surface = text.slice(phrase.start, phrase.end).replace(/^["“]|["”]$/g, '');
      const start = text.indexOf(surface, phrase.start);
      if (start < 0 || surface.includes('\n') || /^(?:one|part|member)s?\b/i.test(surface)) continue;
      // "seven enterprises were selected, the largest number among the 14 cities": a rank, no title.
      if (
        /^(?:the\s+)?(?:largest|biggest|highest|most|greatest|first|top)\b/i.test(surface) ||
        /\b(?:number|amount|share)$/i.test(surface)
      )
        continue;
      // "was granted a reward of 500,000 yuan": money given, not a title.
      if (/\d[\d,.]*\s*(?:yuan|million|billion)\b/i.test(surface)) continue;
      out.push({ start, end: start + surface.length, surface, kind: 'AWARD', source: 'nlp' });
    }
  }
  return out;
}
