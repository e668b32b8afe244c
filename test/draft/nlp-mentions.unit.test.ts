// CoreNLP's names as the drafter's candidate spans, from a recorded reading of the test
// article (no JVM): the kinds they become, and the headline left to the patterns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildDraft } from '../../src/draft/build-draft.js';
import { mentionsFromCoreNlp } from '../../src/draft/nlp-mentions.js';
import type { CoreNlpDocument } from '../../src/nlp/corenlp-document.js';

const TEXT = readFileSync(join(PROJECT_ROOT, 'test/draft/fixtures/yingkou-valves.txt'), 'utf8');
const READING = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'test/draft/fixtures/corenlp/test/draft/fixtures/yingkou-valves.json'), 'utf8'),
) as CoreNlpDocument;

describe("the language model's names", () => {
  it('become mentions of the kind their head word or class says, none from the headline', () => {
    const mentions = mentionsFromCoreNlp(READING, TEXT);
    const headlineEnd = TEXT.indexOf('\n');
    expect(mentions.every((m) => m.start > headlineEnd && TEXT.slice(m.start, m.end) === m.surface)).toBe(true);
    const kinds = new Map(mentions.map((m) => [m.surface, m.kind]));
    expect(kinds.get('Gao Ming')).toBe('PERSON');
    expect(kinds.get('Dalian University of Technology')).toBe('UNIVERSITY');
    expect(kinds.get('Yingkou Bayuquan Valve Industry Co., Ltd.')).toBe('ENTERPRISE');
    expect(kinds.get('Yingkou')).toBe('PLACE');
    expect(kinds.has('Yingkou Valve Makers Team')).toBe(false);
  });

  it('join the draft beside the patterns: the same entities, each quote verbatim', () => {
    const doc = {
      id: '900_0000000000000000',
      title: '',
      date: '2024-09-03',
      dateDerivation: '',
      file: 'y.txt',
      text: TEXT,
    };
    const withModel = buildDraft(doc, [], READING);
    expect(withModel.entities.map((e) => e.name)).toEqual(buildDraft(doc, []).entities.map((e) => e.name));
    for (const e of withModel.entities) expect(TEXT).toContain(e.evidence[0]);
  });
});
