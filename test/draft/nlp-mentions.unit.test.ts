// CoreNLP's names as the drafter's candidate spans, from a recorded reading of the test
// article (no JVM): people, and the lower-case things its parse shows being made; the
// headline left to the patterns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { buildDraft } from '../../src/draft/build-draft.js';
import { mentionsFromCoreNlp, thingsFromParse } from '../../src/draft/nlp-mentions.js';
import type { CoreNlpDocument } from '../../src/nlp/corenlp-document.js';

const TEXT = readFileSync(join(PROJECT_ROOT, 'test/draft/fixtures/yingkou-valves.txt'), 'utf8');
const READING = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'test/draft/fixtures/corenlp/test/draft/fixtures/yingkou-valves.json'), 'utf8'),
) as CoreNlpDocument;

describe("the language model's names", () => {
  it('are the people it names, none from the headline; bodies and places are left to the patterns', () => {
    const mentions = mentionsFromCoreNlp(READING, TEXT);
    const headlineEnd = TEXT.indexOf('\n');
    expect(mentions.every((m) => m.start > headlineEnd && TEXT.slice(m.start, m.end) === m.surface)).toBe(true);
    expect(mentions.map((m) => [m.surface, m.kind])).toContainEqual(['Gao Ming', 'PERSON']);
    expect(mentions.every((m) => m.kind === 'PERSON')).toBe(true);
    // The model reads these as an organisation and a city; the patterns and the lexicon name them.
    const organisations = READING.sentences.flatMap((s) => s.entitymentions ?? []).filter((m) => m.ner !== 'PERSON');
    expect(organisations.map((m) => m.text)).toContain('Dalian University of Technology');
    expect(mentions.some((m) => m.surface === 'Dalian University of Technology')).toBe(false);
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
    const surfaceNames = buildDraft(doc, []).entities.map((e) => e.name);
    // The same entities, and the product the parse shows being developed ("to develop valves for hydrogen pipelines").
    expect(withModel.entities.filter((e) => !surfaceNames.includes(e.name)).map((e) => [e.name, e.kind])).toEqual([
      ['valves for hydrogen pipelines', 'PROJECT'],
    ]);
    expect(withModel.entities.map((e) => e.name)).toEqual(expect.arrayContaining(surfaceNames));
    for (const e of withModel.entities) expect(TEXT).toContain(e.evidence[0]);
  });

  it('take the objects of verbs of making and building as products and projects, never an agreement or a sum', () => {
    expect(thingsFromParse(READING, TEXT).map((m) => [m.surface, m.kind])).toEqual([
      ['valves for hydrogen pipelines', 'PROJECT'],
    ]);
  });
});
