// The parts of CoreNLP's JSON output (edu.stanford.nlp.pipeline.JSONOutputter) the project
// reads. Indices follow CoreNLP: sentence `index` from 0, token `index` from 1 within its
// sentence, dependency `governor`/`dependent` are token indices (0 = ROOT), entity-mention
// `tokenBegin`/`tokenEnd` are 0-based and end-exclusive within the sentence, character
// offsets are UTF-16 code units into the text sent (JavaScript string offsets).

export interface CoreNlpToken {
  index: number;
  word: string;
  originalText: string;
  lemma: string;
  pos: string;
  /** Fine-grained where CoreNLP has it (CITY, ORGANIZATION, DATE, MONEY, …); 'O' outside any entity. */
  ner: string;
  /** For dates, numbers, money and percentages: CoreNLP's normalised value ("2023", "$3.0E9"). */
  normalizedNER?: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  /** The whitespace before and after the token in the text (the tokenizer runs invertible). */
  before: string;
  after: string;
}

export interface CoreNlpDependency {
  /** Universal Dependencies relation: nsubj, obj, nmod:of, conj:and, … ('ROOT' for the root). */
  dep: string;
  governor: number;
  governorGloss: string;
  dependent: number;
  dependentGloss: string;
}

export interface CoreNlpEntityMention {
  text: string;
  ner: string;
  normalizedNER?: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  tokenBegin: number;
  tokenEnd: number;
}

export interface CoreNlpSentence {
  index: number;
  tokens: CoreNlpToken[];
  /** Present when depparse ran. */
  basicDependencies?: CoreNlpDependency[];
  enhancedPlusPlusDependencies?: CoreNlpDependency[];
  /** Present when ner ran. */
  entitymentions?: CoreNlpEntityMention[];
}

export interface CoreNlpCorefMention {
  id: number;
  text: string;
  /** PROPER, NOMINAL, PRONOMINAL or LIST. */
  type: string;
  number: string;
  gender: string;
  animacy: string;
  /** 1-based token indices within sentence `sentNum` (1-based); `endIndex` is exclusive. */
  startIndex: number;
  endIndex: number;
  headIndex: number;
  sentNum: number;
  /** [sentNum, mention number within the sentence]. */
  position: number[];
  /** The mention the chain is named by (usually its first, fullest one). */
  isRepresentativeMention: boolean;
}

export interface CoreNlpDocument {
  sentences: CoreNlpSentence[];
  /** Coreference chains by chain id; present when coref ran. Singletons are left out. */
  corefs?: Record<string, CoreNlpCorefMention[]>;
}

// The declared fields, listed once more as values so saved fixtures can keep just these; the
// checks below fail to compile when a list and its type disagree.
type Exhaustive<T, Fields extends readonly (keyof T)[]> =
  Exclude<keyof T, Fields[number]> extends never ? Fields : never;
const fields =
  <T>() =>
  <const Fields extends readonly (keyof T)[]>(list: Exhaustive<T, Fields>) =>
    list;

export const DECLARED_FIELDS = {
  token: fields<CoreNlpToken>()([
    'index',
    'word',
    'originalText',
    'lemma',
    'pos',
    'ner',
    'normalizedNER',
    'characterOffsetBegin',
    'characterOffsetEnd',
    'before',
    'after',
  ]),
  dependency: fields<CoreNlpDependency>()(['dep', 'governor', 'governorGloss', 'dependent', 'dependentGloss']),
  entityMention: fields<CoreNlpEntityMention>()([
    'text',
    'ner',
    'normalizedNER',
    'characterOffsetBegin',
    'characterOffsetEnd',
    'tokenBegin',
    'tokenEnd',
  ]),
  corefMention: fields<CoreNlpCorefMention>()([
    'id',
    'text',
    'type',
    'number',
    'gender',
    'animacy',
    'startIndex',
    'endIndex',
    'headIndex',
    'sentNum',
    'position',
    'isRepresentativeMention',
  ]),
};

function pick<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  const kept: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) kept[key] = value[key];
  return kept as T;
}

/** The document with only the declared fields: what the fixtures keep of CoreNLP's answer. */
export function declaredFieldsOnly(document: CoreNlpDocument): CoreNlpDocument {
  const dependencies = (edges: CoreNlpDependency[] | undefined) =>
    edges?.map((edge) => pick(edge, DECLARED_FIELDS.dependency));
  const sentences = document.sentences.map((sentence): CoreNlpSentence =>
    pick(
      {
        index: sentence.index,
        tokens: sentence.tokens.map((token) => pick(token, DECLARED_FIELDS.token)),
        basicDependencies: dependencies(sentence.basicDependencies),
        enhancedPlusPlusDependencies: dependencies(sentence.enhancedPlusPlusDependencies),
        entitymentions: sentence.entitymentions?.map((mention) => pick(mention, DECLARED_FIELDS.entityMention)),
      },
      ['index', 'tokens', 'basicDependencies', 'enhancedPlusPlusDependencies', 'entitymentions'],
    ),
  );
  if (!document.corefs) return { sentences };
  const corefs = Object.fromEntries(
    Object.entries(document.corefs).map(([id, chain]) => [
      id,
      chain.map((mention) => pick(mention, DECLARED_FIELDS.corefMention)),
    ]),
  );
  return { sentences, corefs };
}
