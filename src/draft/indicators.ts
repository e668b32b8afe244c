// Indicators: each stated figure with a plain value, unit, year, change and the entity it
// is about (the nearest zone, enterprise or place named before it in the sentence, else
// the one the article is mostly about).
import type { CoreNlpDocument } from '../nlp/corenlp-document.js';
import { quoteSpan } from './evidence.js';
import { figureParses, readFigure } from './figure-parse.js';
import { contextYears } from './facts.js';
import { yearsIn } from './language.js';
import { EVENT_WORD_SET, PRODUCT_FIGURE_UNITS, WORK_HEAD_WORDS } from './lexicon.js';
import { headPhrase, slug } from './names.js';
import { findQuantities, type Quantity } from './quantities.js';
import type { ResolvedEntity } from './resolve.js';
import type { DraftIndicator, EntityKind, Mention, Sentence } from './types.js';

const SUBJECT_KINDS: EntityKind[] = ['ZONE', 'ENTERPRISE', 'UNIVERSITY', 'CLUSTER', 'PLACE'];
const CHANGE_CUE =
  /\b(up|down|increase of|increased by|rose by|grew by|growth of|a year-on-year increase of|year-on-year growth of|decrease of|fell by|dropped by)\s*$/i;
const NAME_BEFORE =
  /(?:^|[,;:]\s*|\b(?:and|[Ii]ts|[Tt]he|whose|with|[Tt]heir)\s+)((?:[a-z][\w'’-]*\s){0,5}?[a-z][\w-]*)\s+(?:was|were|is|are|reached|amounted to|totaled|totalled|hit|stood at|exceeded|of|increased to|rose to|grew to|came to)\s+(?:about\s+|over\s+|more than\s+|nearly\s+|around\s+)?$/;
const NAME_AFTER = /^\s*(?:of|in)\s+((?:[a-z][\w-]*\s?){1,6}?)(?=[,.;]|\s(?:and|with|up|down|in|from|for|by|to)\b|$)/;

function nameOf(sentence: string, q: Quantity): string | null {
  if (q.counted) return q.counted;
  const before = NAME_BEFORE.exec(sentence.slice(0, q.start));
  if (before?.[1]) return before[1].replace(/^(the|its|their|total)\s+/, '').trim();
  const after = NAME_AFTER.exec(sentence.slice(q.end));
  if (after?.[1]) return after[1].trim();
  const verb =
    /\b(attracted|invested|achieved|exported|realized|realised|generated|earned|raised|received|introduced|signed|produced|sold)\s+(?:a total of\s+|about\s+|over\s+|more than\s+)?$/i.exec(
      sentence.slice(0, q.start),
    );
  if (verb?.[1]) return `${verb[1].toLowerCase()} (${q.unit})`;
  return q.unit;
}

export interface IndicatorContext {
  text: string;
  sentences: Sentence[];
  mentions: Mention[];
  entities: Map<string, ResolvedEntity>;
  articleYear: number | null;
  /** The entity the article is mostly about, for figures whose sentence names none. */
  mainSubject: string | null;
  /**
   * CoreNLP's reading, when the language model read the article: the parse then names each
   * figure's subject and dates it by its clause (figure-parse.ts); the surface rules below
   * decide only where the parse says nothing.
   */
  language?: CoreNlpDocument;
}

/** Kinds a figure can be about: anything but a person (a zone, a company, a project, an award, a committee, a place). */
// Companies named as examples ("companies including PetroChina … have invested in 23 projects
// there") are no figure's subject: the figure is of the list's whole, or of the place.
const isFigureSubject = (x: IndicatorContext) => (m: Mention) =>
  Boolean(m.entityKey) && !m.example && x.entities.get(m.entityKey ?? '')?.kind !== 'PERSON';

/**
 * An event (the model files events as projects): a name whose head word is an event word ("…
 * Expo", "the signing ceremony of school-enterprise cooperation").
 */
function isEvent(e: ResolvedEntity): boolean {
  const head = headPhrase(e.name).split(/\s+/).pop()?.toLowerCase() ?? '';
  return e.kind === 'PROJECT' && EVENT_WORD_SET.has(head);
}

/** Who holds titles counted in a figure ("268 high-tech enterprises"): a zone or a place. */
const HOLDER_KINDS: readonly EntityKind[] = ['ZONE', 'PLACE'];

/**
 * What stands between a project and its own figure: "of", "with an annual output of" ("a green
 * hydrogen plant with an annual output of 20,000 tons"), or "of X Co., Ltd. with an investment
 * of", "invested by X Co., Ltd. with an annual output of 100,000 tons and an investment of".
 */
const PROJECT_FIGURE_AFTER =
  /^(?:\s+of\s+|,?\s+with\s+(?:a\s+total\s+|an\s+(?:annual\s+)?|a\s+(?:designed\s+)?)?(?:investment|output|(?:production\s+)?capacity)\s+of\s+(?:more\s+than\s+|about\s+)?|\s+(?:of|invested\s+by)\s+[^;.]{0,80}?(?:Co\.,\s+Ltd\.|Group|Company|Corporation),?\s+with\s+(?:[^;]{0,60}?\band\s+)?(?:a\s+total\s+|an\s+(?:annual\s+)?)?(?:investment|output)\s+of\s+(?:more\s+than\s+|about\s+)?)$/;

const PRIZE = /\b(?:Awards?|Prizes?|Medals?)\b/i;

const WORK_HEAD = new RegExp(`\\b(?:${WORK_HEAD_WORDS.join('|')})\\b`, 'i');

/** What the sentence around one figure offers for its subject. */
interface FigureSite {
  sentence: Sentence;
  quantity: Quantity;
  /** The figure's name ("output value", "enterprises"). */
  name: string;
  /** Mentions of the sentence that may be a figure's subject, in order. */
  subjects: Mention[];
  /** Every resolved mention of the sentence. */
  inSentence: Mention[];
  /** The subject the parse gives, if any. */
  parsed: string | null;
  /** The nearest subject before the figure, else the sentence's first, else the last sentence's. */
  fallback: string | null;
  /** The last zone or place named up to this sentence. */
  lastHolder: string | null;
}

/**
 * The figure's subject: the parse's, else the nearest before it; then the four cases where the
 * kind of what was found says it is someone else's. `inName` is the project whose name (or
 * whose investor clause) holds the figure: such a figure is the project's design, of no year.
 */
function figureSubject(x: IndicatorContext, f: FigureSite): { subject: string | null; inName: Mention | undefined } {
  const { sentence: s, quantity: q } = f;
  const at = { start: s.start + q.start, end: s.start + q.end };
  let subject = f.parsed ?? f.fallback;
  // A product has markets of its own ("sold to 30 countries"); a capacity, a sum or a count
  // of enterprises next to it is its maker's ("produces zirconia grinding balls, with a
  // capacity of 32,000 tons").
  if (isProduct(x.entities.get(subject ?? '')) && !PRODUCT_FIGURE_UNITS.test(`${q.unit} ${f.name}`))
    subject = f.fallback;
  // "the 800,000 tons per year ethylene upgrading project": a capacity inside a project's
  // name is that project's design, of no one year; so is one written right after it ("the
  // PBAT biodegradable materials project of 300,000 tons per year"), and its investment after
  // its investor ("the special chassis modification project of X Co., Ltd. with an
  // investment of 650 million yuan").
  const inName = x.mentions.find((m) => {
    const e = m.entityKey ? x.entities.get(m.entityKey) : undefined;
    if (e?.kind !== 'PROJECT') return false;
    if (m.start <= at.start && at.end <= m.end) return true;
    return WORK_HEAD.test(e.name) && m.end <= at.start && PROJECT_FIGURE_AFTER.test(x.text.slice(m.end, at.start));
  });
  if (inName?.entityKey) return { subject: inName.entityKey, inName };
  // "The 2024 … Conference was held in …, at which … 9 robot projects with a total investment
  // of 7.8 billion yuan were signed": what was signed at an event is the event's tally.
  const atWhich = /\bat\s+which\b/.exec(s.text.slice(0, q.start));
  const event = atWhich
    ? [...f.inSentence].reverse().find((m) => {
        const e = x.entities.get(m.entityKey ?? '');
        return m.start - s.start < atWhich.index && e !== undefined && isEvent(e);
      })
    : undefined;
  if (event?.entityKey) subject = event.entityKey;
  // "Anshan has cultivated … 268 high-tech enterprises": a count of a title's holders is
  // the count of the place or zone that has them, not a figure of the title; a prize keeps
  // its count ("a total of 41 enterprises have won it").
  const counted = x.entities.get(subject ?? '');
  if (counted?.kind === 'AWARD' && !PRIZE.test(counted.name) && q.unit !== 'yuan') {
    const holder = (m: Mention | undefined) =>
      m?.entityKey && HOLDER_KINDS.includes(x.entities.get(m.entityKey)?.kind as EntityKind) ? m : undefined;
    const place =
      [...f.subjects].reverse().find((m) => m.start - s.start < q.start && holder(m)) ??
      f.subjects.find((m) => holder(m)) ??
      holder(x.mentions.find((m) => m.entityKey === f.lastHolder));
    if (place?.entityKey) subject = place.entityKey;
  }
  return { subject, inName: undefined };
}

/** A product: a lower-case Project-kind name that is no work and no event ("zirconia grinding balls"). */
function isProduct(e: ResolvedEntity | undefined): boolean {
  return e?.kind === 'PROJECT' && /^[a-z0-9]/.test(e.name) && !WORK_HEAD.test(e.name) && !isEvent(e);
}

export function extractIndicators(x: IndicatorContext): DraftIndicator[] {
  const out: DraftIndicator[] = [];
  const ids = new Set<string>();
  let lastSubject = x.mainSubject;
  let lastHolder: string | null = null;
  const sentenceYears = contextYears(x.sentences, x.articleYear, x.text);
  const parses = x.language ? figureParses(x.language) : [];
  const isSubject = isFigureSubject(x);
  for (const s of x.sentences) {
    const quantities = findQuantities(s.text);
    const inSentence = x.mentions.filter((m) => m.start >= s.start && m.end <= s.end && m.entityKey);
    const subjects = inSentence.filter(
      (m) => !m.example && SUBJECT_KINDS.includes(x.entities.get(m.entityKey ?? '')?.kind as EntityKind),
    );
    // The topic a later sentence's figures fall back to is named before the sentence's figures:
    // "The regional GDP reached RMB28.36 billion, ranking first among the development zones of
    // Panjin" keeps the zone of the sentence before as its topic, not Panjin.
    const firstFigure = quantities[0]?.start ?? Infinity;
    const lead = subjects.find((m) => m.start - s.start < firstFigure);
    if (lead?.entityKey) lastSubject = lead.entityKey;
    const firstHolder = subjects.find((m) =>
      HOLDER_KINDS.includes(x.entities.get(m.entityKey ?? '')?.kind as EntityKind),
    );
    if (firstHolder?.entityKey) lastHolder = firstHolder.entityKey;
    const years = yearsIn(s.text);
    for (let i = 0; i < quantities.length; i += 1) {
      const q = quantities[i] as Quantity;
      // A growth rate right after a figure is that figure's change ("…1.21 billion, up 16.6%").
      const prefix = s.text.slice(0, q.start);
      if (q.unit === 'percent' && i > 0 && CHANGE_CUE.test(prefix)) continue;
      const name = nameOf(s.text, q);
      if (!name) continue;
      const next = quantities[i + 1];
      let change: string | null = null;
      let end = q.end;
      if (next?.unit === 'percent' && CHANGE_CUE.test(s.text.slice(0, next.start))) {
        const down = /\b(down|decrease|fell|dropped)\b/i.test(s.text.slice(q.end, next.start));
        change = `${down ? '-' : '+'}${next.value}%`;
        end = next.end;
      }
      const before = subjects.filter((m) => m.start - s.start < q.start).pop();
      const reading = x.language
        ? readFigure(
            parses,
            x.language,
            { start: s.start + q.start, end: s.start + q.end },
            x.mentions,
            isSubject,
            x.articleYear,
          )
        : null;
      const fallback = before?.entityKey ?? lastSubject ?? subjects[0]?.entityKey ?? null;
      const { subject, inName } = figureSubject(x, {
        sentence: s,
        quantity: q,
        name,
        subjects,
        inSentence,
        parsed: reading?.subject?.entityKey ?? null,
        fallback,
        lastHolder,
      });
      if (!subject) continue;
      const subjectEntity = x.entities.get(subject);
      const contextYear = sentenceYears.get(s.index) ?? x.articleYear;
      // With the parse, a figure is dated by its own clause's year, else by the context only
      // when its clause reports a past result; a standing figure, a total or a plan is undated.
      const read = reading?.tense
        ? (reading.years[0] ?? (reading.tense === 'past' ? contextYear : null))
        : (years[0] ?? contextYear);
      // An event happens in one year: its area, visitors and deals are that edition's, the year
      // in its name ("2024 China (Jinzhou) Auto Parts Industry Expo") or else the context's.
      const year = inName
        ? null
        : (read ?? (subjectEntity && isEvent(subjectEntity) ? (yearsIn(subjectEntity.name)[0] ?? contextYear) : null));
      // Quote: from the figure's name (or the subject in the sentence) to the figure (and its change).
      const nameAt = s.text.lastIndexOf(name, q.start);
      const from = nameAt >= 0 && !q.counted ? nameAt : q.start;
      const quote = quoteSpan(x.text, s.start + from, s.start + end, s.start, s.end);
      const evidence = [quote];
      if (years[0] && !quote.includes(String(years[0]))) {
        const y = s.text.indexOf(String(years[0]));
        evidence[0] = quoteSpan(x.text, s.start + Math.min(y, from), s.start + Math.max(end, y + 4), s.start, s.end);
      }
      let id = `indicator:${slug(subjectEntity?.name ?? subject)}:${slug(name)}${year ? `:${year}` : ''}`;
      for (let n = 2; ids.has(id); n += 1) id = `${id.replace(/-\d+$/, '')}-${n}`;
      ids.add(id);
      out.push({
        id,
        subject,
        name,
        value: q.value,
        unit: q.unit,
        year,
        change,
        confidence: reading?.subject || before ? 0.8 : 0.6,
        evidence,
        rule: q.reader,
      });
    }
  }
  return out;
}
