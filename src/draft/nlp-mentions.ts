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
