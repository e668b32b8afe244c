// Names the trained model finds: CoreNLP's named-entity mentions (people, organisations,
// cities, provinces, countries) as candidate spans for the drafter, beside the graph's names
// and the domain patterns. The patterns know this genre's names better (a company's legal
// form, "… Development Zone of Panjin"), so where spans overlap the longer one wins and, at
// equal length, the pattern (mentions.ts); the model adds what no pattern finds — people
// named without a role, places and bodies without a head word the patterns know.
import type { CoreNlpDocument } from '../nlp/corenlp-document.js';
import { isGenericName } from './names.js';
import { kindOfName } from './patterns.js';
import type { EntityKind, Mention } from './types.js';

/** CoreNLP's (fine-grained) entity classes the model may name, and the kind each becomes. */
const KIND_OF_NER: Record<string, EntityKind | 'BY_NAME'> = {
  PERSON: 'PERSON',
  CITY: 'PLACE',
  STATE_OR_PROVINCE: 'PLACE',
  COUNTRY: 'PLACE',
  LOCATION: 'PLACE',
  ORGANIZATION: 'BY_NAME',
};

export function mentionsFromCoreNlp(doc: CoreNlpDocument, text: string): Mention[] {
  const out: Mention[] = [];
  // A title-case headline misleads the model ("Valve Makers Team Up with …" is no team): the
  // headline's names come from the graph and the patterns only.
  const headlineEnd = text.trimStart() === text ? text.indexOf('\n') : text.indexOf('\n', text.search(/\S/));
  for (const sentence of doc.sentences) {
    for (const m of sentence.entitymentions ?? []) {
      const mapped = KIND_OF_NER[m.ner];
      if (!mapped) continue;
      const start = m.characterOffsetBegin;
      if (headlineEnd >= 0 && start < headlineEnd) continue;
      const end = m.characterOffsetEnd;
      const surface = text.slice(start, end);
      // Offsets count UTF-16 units of the text sent, as JavaScript does; a mismatch means another text.
      if (surface !== m.text || !/^[A-Z]/.test(surface) || isGenericName(surface) || surface.includes('\n')) continue;
      // An organisation is of the kind its head word says ("… University" a university), else a body.
      const kind = mapped === 'BY_NAME' ? (kindOfName(surface) ?? 'ORGANIZATION') : mapped;
      if (kind === 'PERSON' && !/\s/.test(surface)) continue; // a lone given or family name
      out.push({ start, end, surface, kind, source: 'nlp' });
    }
  }
  return out;
}
