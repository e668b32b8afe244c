// Names the trained model finds: CoreNLP's named-entity mentions of people, as candidate
// spans for the drafter beside the graph's names and the domain patterns (where spans
// overlap the longer one wins and, at equal length, the pattern: mentions.ts). People are
// what the patterns miss (a person named without a role). The model's organisations, cities
// and countries were taken too at first, and cost more than they gave: on the blind tuning
// half entities P / R went 0.89 / 0.84 (people only) → 0.82 / 0.83 (all classes), resolution
// 0.79 → 0.74, facts P 0.84 → 0.82 — the patterns know this genre's bodies better ("… Co.,
// Ltd.", "… Development Zone of Panjin"), and the lexicon its places.
import type { CoreNlpDocument } from '../nlp/corenlp-document.js';
import { isGenericName } from './names.js';
import { parsedSentence } from './dependency-paths.js';
import { THING_STOP_NOUNS, THING_VERBS } from './lexicon.js';
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

const THING_VERB_SET = new Set<string>(THING_VERBS);

/** Prepositions inside a thing's name ("production base of solid preparations", "testing lines for steering pumps"). */
const NAME_PREPOSITIONS = new Set(['of', 'for']);

/** Relations that belong to a noun phrase's name: "intelligent tunnel boring machines", "lines for steering pumps". */
const NAME_PARTS = new Set(['compound', 'amod', 'nmod', 'case', 'nummod', 'flat', 'cc', 'conj', 'det:predet']);

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
  for (const sentence of doc.sentences) {
    const tree = parsedSentence(sentence, 'basic');
    if (!tree) continue;
    const token = (i: number) => sentence.tokens[i - 1];
    for (const verb of sentence.tokens) {
      if (!verbs.has(verb.lemma.toLowerCase()) || !/^VB/.test(verb.pos)) continue;
      for (const e of tree.children.get(verb.index) ?? []) {
        if (e.dep !== 'obj' && e.dep !== 'nsubj:pass') continue;
        const head = token(e.dependent);
        if (!head || !/^NN/.test(head.pos) || NOT_A_THING.has(head.lemma.toLowerCase())) continue;
        if (head.ner !== 'O' && head.ner !== undefined) continue;
        // The phrase: the head and the name parts under it, contiguous, without its article.
        const parts = new Set([head.index]);
        // "lines for steering pumps", "base of solid preparations" name the thing; "a factory with German partners" adds to it.
        const partOfName = (i: number) =>
          !(tree.children.get(i) ?? []).some(
            (c) => c.dep === 'case' && !NAME_PREPOSITIONS.has(token(c.dependent)?.word.toLowerCase() ?? ''),
          );
        const grow = (i: number, depth: number) => {
          for (const c of tree.children.get(i) ?? []) {
            // A hyphen inside a word ("deep-sea") is part of the name too.
            const hyphen = c.dep === 'punct' && token(c.dependent)?.pos === 'HYPH';
            if ((!NAME_PARTS.has(c.dep) && !hyphen) || depth > 3 || !partOfName(c.dependent)) continue;
            parts.add(c.dependent);
            grow(c.dependent, depth + 1);
          }
        };
        grow(head.index, 0);
        const ordered = [...parts].sort((a, b) => a - b);
        let first = ordered[0] as number;
        let last = ordered[ordered.length - 1] as number;
        for (let i = first; i <= last; i += 1) if (!parts.has(i)) first = last + 1; // a gap: not one phrase
        if (first > last) continue;
        // Trailing "and …" of a list of two things is left to the list reading.
        while (first < last && /^(CC|DT|PRP\$|IN|,)$/.test(token(first)?.pos ?? '')) first += 1;
        while (last > first && /^(CC|IN|,|DT)$/.test(token(last)?.pos ?? '')) last -= 1;
        const start = token(first)?.characterOffsetBegin;
        const end = token(last)?.characterOffsetEnd;
        if (start === undefined || end === undefined || last - first < 1) continue;
        if (token(first)?.pos === 'CD') continue; // "11 projects": a count, a figure's
        const surface = text.slice(start, end);
        if (/^[A-Z]/.test(surface) || /\d[\d,.]*\s*(?:yuan|billion|million)/i.test(surface) || surface.includes('\n'))
          continue;
        out.push({ start, end, surface, kind: 'PROJECT', source: 'nlp' });
      }
    }
  }
  return out;
}
