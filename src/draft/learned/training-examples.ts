// The relation classifier's training examples: the pairs a draft weighed, each labelled from
// the article's gold file. A pair is labelled with a gold fact's type (and its direction) when
// its two draft entities are the fact's two gold entities and the fact's quote lies in the
// pair's sentence; else NONE. Pure.
import { relationshipType } from '../../model/relationship-types.js';
import { matchEntity, type Gold } from '../eval/score.js';
import type { Draft } from '../types.js';
import type { LabelledExample } from './logistic-regression.js';
import { typeJoins, type RelationCandidate } from './relation-candidates.js';
import { NO_RELATION } from './relation-classifier.js';

export function labelledExamples(
  draft: Draft,
  candidates: readonly RelationCandidate[],
  gold: Gold,
): LabelledExample[] {
  const text = draft.document.text;
  const byId = new Map(draft.entities.map((e) => [e.id, e]));
  const goldName = (id: string) => {
    const e = byId.get(id);
    return e ? matchEntity(e, gold.entities, true)?.name : undefined;
  };
  const out: LabelledExample[] = [];
  for (const c of candidates) {
    const a = goldName(c.first);
    const b = goldName(c.second);
    let label = NO_RELATION;
    let usable = true;
    if (a && b) {
      const stated = gold.facts.find(
        (f) =>
          ((f.from === a && f.to === b) || (f.from === b && f.to === a)) &&
          quoteInSentence(text, f.quote, c.sentenceStart, c.sentenceEnd),
      );
      if (stated) {
        const forward = stated.from === a;
        const t = relationshipType(stated.type);
        const [fromKind, toKind] = forward ? [c.firstKind, c.secondKind] : [c.secondKind, c.firstKind];
        // A fact the draft's kinds cannot carry (an entity drafted as another kind) teaches nothing either way.
        if (!t || !typeJoins(t, fromKind, toKind)) usable = false;
        else label = `${stated.type}${forward ? '>' : '<'}`;
      }
    }
    if (usable) out.push({ features: c.features, label });
  }
  return out;
}

/** Whether a gold quote lies (at least partly) in the sentence; a fact without a quote is anywhere. */
function quoteInSentence(text: string, quote: string | undefined, start: number, end: number): boolean {
  if (!quote) return true;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
    if (at < end && at + quote.length > start) return true;
  return false;
}
