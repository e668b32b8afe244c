// From article text to a draft: sentences, mentions, resolution, facts, figures, review
// items. Pure apart from the graph names handed in, so the eval and tests can call it.
import { extractFacts, leadYear } from './facts.js';
import type { RelationCandidate } from './learned/relation-candidates.js';
import { shippedRelationClassifier, type RelationClassifier } from './learned/relation-classifier.js';
import { FACT_RULES, type FactRule } from './rules/fact-rules.js';
import type { GraphEntity } from './graph-names.js';
import { extractIndicators } from './indicators.js';
import { splitSentences } from './language.js';
import { corefSpan, headRelation, parsedSentence } from './dependency-paths.js';
import type { CoreNlpDocument } from '../nlp/corenlp-document.js';
import { findMentions } from './mentions.js';
import {
  eventsFromParse,
  industriesFromParse,
  mentionsFromCoreNlp,
  thingsFromParse,
  titlesFromParse,
} from './nlp-mentions.js';
import { isGenericName, slug } from './names.js';
import { LEGAL_FORM_AT_END } from './lexicon.js';
import { normalizeName } from '../model/name-key.js';
import { articleContext, resolveMentions, type ResolvedEntity } from './resolve.js';
import { assertVerbatim } from './evidence.js';
import type { Draft, DraftDocument, DraftEntity, DraftFact, DraftIndicator, Mention, ReviewItem } from './types.js';

/** Facts below this confidence are proposed but marked for review. */
export const REVIEW_BELOW = 0.8;

function mainSubject(entities: Map<string, ResolvedEntity>): string | null {
  for (const kind of ['ZONE', 'ENTERPRISE', 'PLACE'] as const) {
    const best = [...entities.values()]
      .filter((e) => e.kind === kind)
      .sort((a, b) => b.mentions.length - a.mentions.length)[0];
    if (best) return best.key;
  }
  return null;
}

/**
 * "It cooperates with …" / "Its sales …" at the start of a sentence: the entity the previous
 * sentence opened with (a company, zone or university), added as a mention of it.
 */
/** Kinds a pronoun in these reports stands for ("It has formed …", "its products", "its pillar industries"). */
const OWNER_KINDS = ['ENTERPRISE', 'ZONE', 'UNIVERSITY'];

function linkSentencePronouns(
  text: string,
  sentences: ReturnType<typeof splitSentences>,
  mentions: Mention[],
  entities: Map<string, ResolvedEntity>,
): void {
  for (let i = 1; i < sentences.length; i += 1) {
    const s = sentences[i];
    const prev = sentences[i - 1];
    if (!s || !prev || !/^Its?\b/.test(s.text)) continue;
    const antecedent = mentions.find(
      (m) =>
        m.start >= prev.start &&
        m.end <= prev.end &&
        m.entityKey &&
        OWNER_KINDS.includes(entities.get(m.entityKey)?.kind ?? ''),
    );
    if (!antecedent?.entityKey) continue;
    const end = s.start + (text.startsWith('Its', s.start) ? 3 : 2);
    mentions.push({
      start: s.start,
      end,
      surface: text.slice(s.start, end),
      kind: antecedent.kind,
      source: 'anaphora',
      entityKey: antecedent.entityKey,
    });
  }
  mentions.sort((a, b) => a.start - b.start);
}

/**
 * "…, and its wind power bearings are sold to Germany", "…, and it has formed …": a possessive
 * "its" or a subject "it" inside a sentence
 * is a company, zone or university named before it in its sentence (the one CoreNLP's
 * coreference links it to, else the last); with none there, the body coreference links it to,
 * else the one named last in the sentence before. Added as a mention of it, so the rules over
 * the parse reach the owner ("its X are sold" → the owner makes X).
 */
function linkPossessives(language: CoreNlpDocument, mentions: Mention[], entities: Map<string, ResolvedEntity>): void {
  const owner = (m: Mention) =>
    Boolean(m.entityKey) && OWNER_KINDS.includes(entities.get(m.entityKey ?? '')?.kind ?? '');
  const added: Mention[] = [];
  language.sentences.forEach((sentence, n) => {
    const since = (language.sentences[n - 1] ?? sentence).tokens[0]?.characterOffsetBegin ?? 0;
    // "it" as the subject of a later clause ("…, and it has formed three pillar industries") too.
    const subjectIt = new Set(
      sentence.tokens
        .filter(
          (t) =>
            t.word === 'it' && /^nsubj/.test(parsedSentence(sentence, 'basic')?.parents.get(t.index)?.[0]?.dep ?? ''),
        )
        .map((t) => t.index),
    );
    for (const t of sentence.tokens) {
      if (!(t.pos === 'PRP$' && t.word === 'its') && !subjectIt.has(t.index)) continue;
      const at = t.characterOffsetBegin;
      if (mentions.some((m) => m.start <= at && at < m.end)) continue;
      const chain = Object.values(language.corefs ?? {}).find((c) =>
        c.some((x) => x.sentNum === n + 1 && x.startIndex === t.index),
      );
      const inChain = (chain ?? []).flatMap((c) => {
        const { start, end } = corefSpan(language, c);
        return mentions.filter((m) => m.entityKey && m.end <= at && m.start < end && start < m.end);
      });
      const here = sentence.tokens[0]?.characterOffsetBegin ?? 0;
      // A subject "it" that coreference ties to a project (or any thing not a body) is not a
      // body's, nor one after a clause whose subject is such a thing ("The X project … will be
      // located in Y, and it is expected to …").
      const thingSubject = mentions.some(
        (m) =>
          m.entityKey && !owner(m) && m.start >= here && m.end <= at && /^nsubj/.test(headRelation(language, m) ?? ''),
      );
      if (subjectIt.has(t.index) && (thingSubject || inChain.some((m) => !owner(m)))) continue;
      const linked = inChain.filter(owner);
      // An owner named earlier in the same sentence comes first: coreference reaching back past it
      // to an earlier sentence is its usual mistake ("The company has worked with … . Y, which
      // settled in the base, turns … into yarn; its yarn is sold …" is Y's yarn).
      const owners = mentions.filter((m) => owner(m) && m.start >= here && m.end <= at);
      // A subject before it outranks a body named in passing, and that one a body in a
      // prepositional phrase ("X, a high-tech enterprise in the base, takes … as its raw material").
      const rank = (m: Mention) => {
        const relation = headRelation(language, m) ?? '';
        return /^nsubj/.test(relation) ? 0 : /^(?:nmod|obl)/.test(relation) ? 2 : 1;
      };
      const best = Math.min(...owners.map(rank));
      const inSentence = owners.filter((m) => rank(m) === best);
      const linkedHere = linked.filter((m) => m.start >= here);
      const nearest = mentions.filter((m) => owner(m) && m.start >= since && m.end <= at);
      const choices =
        inSentence.length > 0
          ? linkedHere.length > 0
            ? linkedHere
            : inSentence
          : linked.length > 0
            ? linked
            : nearest;
      const antecedent = choices.sort((a, b) => b.start - a.start)[0];
      if (!antecedent?.entityKey) continue;
      added.push({
        start: at,
        end: t.characterOffsetEnd,
        surface: t.word,
        kind: antecedent.kind,
        source: 'anaphora',
        entityKey: antecedent.entityKey,
      });
    }
  });
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}

/**
 * "the company", "the zone" name the latest body of their kind by the surface rule
 * (resolve.ts); the language model's coreference knows better when the latest one was only
 * mentioned in passing ("X, the listed subsidiary of Y, … Since 2019 the company has …" is X).
 * Where a chain holds the phrase and an earlier name of the same kind, that name wins.
 */
function followCoreference(
  language: CoreNlpDocument,
  mentions: Mention[],
  entities: Map<string, ResolvedEntity>,
): void {
  const chains = Object.values(language.corefs ?? {}).map((chain) => chain.map((c) => corefSpan(language, c)));
  const sentenceOf = (x: Mention) =>
    language.sentences.findIndex((s) => (s.tokens[s.tokens.length - 1]?.characterOffsetEnd ?? 0) >= x.end);
  for (const m of mentions) {
    if (m.source !== 'anaphora' || !m.entityKey) continue;
    const chain = chains.find((c) => c.some((x) => x.start <= m.start && m.end <= x.end));
    if (!chain) continue;
    // "It" may be any body; "the company" is a company.
    const pronoun = /^its?$/i.test(m.surface);
    const fits = (x: Mention) =>
      pronoun ? OWNER_KINDS.includes(entities.get(x.entityKey ?? '')?.kind ?? '') : x.kind === m.kind;
    const named = mentions
      .filter(
        (x) =>
          x.source !== 'anaphora' &&
          fits(x) &&
          x.entityKey &&
          x.end <= m.start &&
          chain.some((c) => c.start <= x.start && x.end <= c.end),
      )
      .sort((a, b) => b.start - a.start)[0];
    // Coreference chooses among the names of the sentence the surface rule took its antecedent
    // from ("X, the listed subsidiary of Y, …": X); it does not reach further back than that.
    const surface = mentions
      .filter((x) => x.entityKey === m.entityKey && x.end <= m.start && x.source !== 'anaphora')
      .sort((a, b) => b.start - a.start)[0];
    if (named?.entityKey && surface && sentenceOf(named) === sentenceOf(surface)) {
      m.entityKey = named.entityKey;
      m.kind = named.kind;
    }
  }
}

/**
 * "… is the largest producer of hydrogenated petroleum resins in China, …, and its products are
 * exported to Japan": "its products" are the products its sentence names (else the one product the
 * sentence before names), each added as a mention on the same words so the rules over the parse
 * reach them. With two or more named only in the sentence before, which is meant is unknown:
 * none is linked.
 */
function linkOwnProducts(language: CoreNlpDocument, mentions: Mention[], entities: Map<string, ResolvedEntity>): void {
  // A project's products are not the project ("The … chemicals project … and its products will be supplied …").
  const product = (m: Mention) => {
    const e = m.entityKey === undefined ? undefined : entities.get(m.entityKey);
    return (
      e?.kind === 'PROJECT' &&
      !/\b(?:project|base|line|cent(?:er|re)|park|plant|factory|expo|conference)$/i.test(e.name)
    );
  };
  const added: Mention[] = [];
  language.sentences.forEach((sentence, n) => {
    const tree = parsedSentence(sentence, 'basic');
    if (!tree) return;
    for (const t of sentence.tokens) {
      // "its products", "more than 60% of its output".
      const owns = (t.lemma.toLowerCase() === 'product' && t.pos === 'NNS') || t.word.toLowerCase() === 'output';
      if (!owns) continue;
      const owned = (tree.children.get(t.index) ?? []).some(
        (c) => c.dep === 'nmod:poss' && /^(?:its|their)$/i.test(sentence.tokens[c.dependent - 1]?.word ?? ''),
      );
      const at = t.characterOffsetBegin;
      if (!owned || mentions.some((m) => m.start <= at && at < m.end)) continue;
      for (const s of [sentence, language.sentences[n - 1]]) {
        const from = s?.tokens[0]?.characterOffsetBegin ?? 0;
        const to = s === sentence ? at : (s?.tokens[s.tokens.length - 1]?.characterOffsetEnd ?? 0);
        const named = new Set(
          mentions.filter((m) => product(m) && m.start >= from && m.end <= to).map((m) => m.entityKey),
        );
        if (named.size === 0) continue;
        // "produces epoxy resins and polyether polyols …, and its products are exported to Japan":
        // every product its own sentence names (one mention each, on the same words); of the
        // sentence before, only one named alone.
        const keys = s === sentence || named.size === 1 ? [...named] : [];
        for (const key of keys)
          if (key)
            added.push({
              start: at,
              end: t.characterOffsetEnd,
              surface: t.word,
              kind: 'PROJECT',
              source: 'anaphora',
              entityKey: key,
            });
        break;
      }
    }
  });
  mentions.push(...added);
  mentions.sort((a, b) => a.start - b.start);
}

/** The learned rule (src/draft/learned/): which classifier runs, and where the pairs it weighs go. */
export interface LearnedOptions {
  /** Default: the shipped one with the whole rule table, none with a chosen few rules; null: none. */
  classifier?: RelationClassifier | null;
  /** Filled with the pairs the classifier weighs, by draft id (the training command reads them). */
  candidates?: RelationCandidate[];
}

/**
 * `language`: CoreNLP's reading of the text, when the language server read it (tests may leave
 * it out). `rules`: the fact rules to run (all of them; a test may run one alone).
 */
export function buildDraft(
  document: DraftDocument,
  graph: GraphEntity[],
  language?: CoreNlpDocument,
  rules: readonly FactRule[] = FACT_RULES,
  learned: LearnedOptions = {},
): Draft {
  const text = document.text;
  const sentences = splitSentences(text);
  const found = findMentions(
    text,
    graph,
    // The model's people; the lower-case products and projects its parse shows being made or
    // built, the titles it shows being given, the events held and the industries with figures.
    language
      ? [
          ...mentionsFromCoreNlp(language, text),
          ...thingsFromParse(language, text),
          ...titlesFromParse(language, text),
          ...eventsFromParse(language, text),
          ...industriesFromParse(language, text),
        ]
      : [],
  );
  const docNumber = document.id.slice(0, 3);
  const context = articleContext(text);
  const { entities, mentions } = resolveMentions(found, graph, docNumber, context);
  linkSentencePronouns(text, sentences, mentions, entities);
  if (language) followCoreference(language, mentions, entities);
  if (language) linkPossessives(language, mentions, entities);
  if (language) linkOwnProducts(language, mentions, entities);
  // Without a date line, the year of the lead's date: the report's time, which "this year" means.
  const articleYear = document.date ? Number(document.date.slice(0, 4)) : leadYear(text, sentences);

  // The learned rule runs with the whole rule table only: a test running one rule runs that one.
  const classifier =
    learned.classifier !== undefined ? learned.classifier : rules === FACT_RULES ? shippedRelationClassifier() : null;
  const candidates: RelationCandidate[] | undefined = learned.candidates ? [] : undefined;
  const withdrawn: DraftFact[] = [];
  const facts = extractFacts(
    {
      text,
      sentences,
      mentions,
      entities,
      people: found.people,
      articleYear,
      language,
      classifier,
      candidates,
      withdrawn,
    },
    rules,
  );
  const indicators = extractIndicators({
    text,
    sentences,
    mentions,
    entities,
    articleYear,
    mainSubject: mainSubject(entities),
    language,
  });

  const takenNames = new Set(graph.flatMap((g) => g.aliases.map((a) => `${g.kind}|${normalizeName(a)}`)));
  // A new product spelled as the graph spells another maker's ("special vehicles", an alias of
  // the graph's "Dalian Qiche special vehicles"): named with its own maker, as the graph names
  // products, so that no two nodes share a spelling (the validator's duplicate-name rule).
  for (const e of entities.values()) {
    if (e.existing || e.kind !== 'PROJECT' || !takenNames.has(`${e.kind}|${normalizeName(e.name)}`)) continue;
    const made = facts.find((f) => f.type === 'MANUFACTURES' && f.to === e.key);
    const maker = made ? entities.get(made.from)?.name.replace(LEGAL_FORM_AT_END, '').trim() : undefined;
    if (!maker) continue;
    e.saidWithoutMaker = e.name;
    e.name = `${maker} ${e.name}`;
  }
  // Final ids: new entities get `<kind>:<slug of their longest name>`, never an id the graph uses.
  const graphIds = new Set(graph.map((g) => g.id));
  const used = new Set<string>();
  const idOf = new Map<string, string>();
  for (const e of entities.values()) {
    const name = e.name;
    let id = e.existing || e.sharedWithDraft ? e.id : `${e.kind.toLowerCase()}:${slug(name)}`;
    if (!e.existing && !e.sharedWithDraft)
      for (let n = 2; graphIds.has(id) || used.has(id); n += 1) id = `${e.kind.toLowerCase()}:${slug(name)}-${n}`;
    used.add(id);
    idOf.set(e.key, id);
  }
  const review: ReviewItem[] = [];
  const withFacts = new Set([...facts.flatMap((f) => [f.from, f.to]), ...indicators.map((i) => i.subject)]);

  const draftEntities: DraftEntity[] = [];
  for (const e of entities.values()) {
    const id = idOf.get(e.key) ?? e.id;
    const name = e.name;
    // A new body or award named as the graph names another city's, named with the article's city (resolve.ts).
    if (e.saidWithoutCity)
      review.push({
        about: id,
        reason: `Named ${JSON.stringify(name)}: the article says ${JSON.stringify(e.saidWithoutCity)}, a name the graph gives another city's ${e.kind.toLowerCase()}, and it is about ${name.split(' ')[0]}.`,
      });
    if (e.saidWithoutMaker)
      review.push({
        about: id,
        reason: `Named ${JSON.stringify(name)}: the article says ${JSON.stringify(e.saidWithoutMaker)}, a name the graph gives another maker's product.`,
      });
    const known = new Set(e.graphAliases.map(normalizeName));
    const newForms = e.surfaces.filter((s) => !isGenericName(s) && !known.has(normalizeName(s)));
    // A new entity never takes a spelling the graph already gives another entity of its kind
    // ("Mayor's Quality Award" in an Anshan article): kept as a surface form, not an alias.
    const taken = e.existing ? [] : newForms.filter((f) => takenNames.has(`${e.kind}|${normalizeName(f)}`));
    const own = newForms.filter((f) => !taken.includes(f));
    const aliases = e.existing ? [...e.graphAliases, ...newForms] : [...new Set([name, ...own])];
    if (taken.length > 0)
      review.push({
        about: idOf.get(e.key) ?? e.id,
        reason: `Also called ${taken.map((f) => JSON.stringify(f)).join(', ')} here, a name the graph gives another ${e.kind.toLowerCase()}: not added as an alias.`,
      });
    draftEntities.push({
      id,
      kind: e.kind,
      name,
      aliases: [...new Set(aliases)],
      existing: e.existing,
      confidence: e.confidence,
      evidence: [assertVerbatim(text, e.mentions[0]?.surface ?? e.name)],
      surfaceForms: [...e.surfaces],
      candidates: e.candidates,
    });
    if (e.sharedWithDraft) {
      review.push({
        about: id,
        reason: `Also new in draft ${e.sharedWithDraft} of the same batch: one entity, the same id in both scripts.`,
      });
    } else if (e.nearMiss) {
      review.push({
        about: id,
        reason: `Named like the existing ${e.nearMiss.id} ("${e.nearMiss.name}", score ${e.nearMiss.score}, below the merge threshold): kept as a new entity. If it is the same thing, replace ${id} by ${e.nearMiss.id} in the script.`,
      });
    }
    if (e.existing && newForms.length > 0) {
      review.push({
        about: id,
        reason: `New spelling(s) of an existing entity added to its aliases: ${newForms.map((f) => JSON.stringify(f)).join(', ')}.`,
      });
    }
    if (!e.existing && !withFacts.has(e.key)) {
      review.push({
        about: id,
        reason: `Named in the article, but no fact about it was found: it is not in the script (the model wants every entity to have a fact). Add one by hand to keep it.`,
      });
    }
  }
  const mapFact = (f: DraftFact): DraftFact => ({ ...f, from: idOf.get(f.from) ?? f.from, to: idOf.get(f.to) ?? f.to });
  for (const c of candidates ?? [])
    learned.candidates?.push({ ...c, first: idOf.get(c.first) ?? c.first, second: idOf.get(c.second) ?? c.second });
  const draftFacts = facts.map(mapFact);
  // What the learned rule withdrew stays in sight: a reviewer who reads it as stated adds it back.
  const withdrawnFacts = withdrawn.map(mapFact);
  for (const f of withdrawnFacts)
    review.push({
      about: `${f.from} -[${f.type}]-> ${f.to}`,
      reason: `Withdrawn by ${classifier?.name ?? 'the classifier'} (probability ${f.confidence}), though rule ${f.rule} proposed it from "${f.evidence[0] ?? ''}": add it back if the text states it.`,
    });
  for (const f of draftFacts) {
    for (const q of f.evidence) assertVerbatim(text, q);
    if (f.confidence < REVIEW_BELOW) {
      review.push({
        about: `${f.from} -[${f.type}]-> ${f.to}`,
        reason: `Low confidence (${f.confidence}): check that "${f.evidence[0]}" states this.`,
      });
    }
  }
  const draftIndicators: DraftIndicator[] = indicators.map((i) => ({
    ...i,
    subject: idOf.get(i.subject) ?? i.subject,
  }));
  for (const i of draftIndicators) {
    for (const q of i.evidence) assertVerbatim(text, q);
    if (i.confidence < REVIEW_BELOW) {
      review.push({
        about: i.id,
        reason: `The sentence names no subject for this figure; ${i.subject} was taken from the context.`,
      });
    }
  }
  return {
    document,
    entities: draftEntities,
    facts: draftFacts,
    indicators: draftIndicators,
    review,
    validation: { valid: false, violations: [] },
    ...(withdrawnFacts.length > 0 ? { withdrawn: withdrawnFacts } : {}),
  };
}
