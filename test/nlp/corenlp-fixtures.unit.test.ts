// The saved CoreNLP fixtures match the articles they were made from: one per article, and every
// token's and entity mention's offsets slice the article's own text back out. A fixture left
// behind by an edited article fails here; `npm run nlp:fixtures` rebuilds them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import type { CoreNlpDocument } from '../../src/nlp/corenlp-document.js';
import { fixtureArticles, fixturePathFor } from '../../src/nlp/fixture-paths.js';

const articles = fixtureArticles();

describe('CoreNLP fixtures', () => {
  it('exist for the seeds, the test articles and the eval articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(16);
    expect(articles.filter((article) => !existsSync(join(PROJECT_ROOT, fixturePathFor(article))))).toEqual([]);
  });

  it.each(articles)('%s: offsets slice the article back out', (article) => {
    const text = readFileSync(join(PROJECT_ROOT, article), 'utf8');
    const document = JSON.parse(readFileSync(join(PROJECT_ROOT, fixturePathFor(article)), 'utf8')) as CoreNlpDocument;
    expect(document.sentences.length).toBeGreaterThan(1);
    for (const sentence of document.sentences) {
      for (const token of sentence.tokens)
        expect(text.slice(token.characterOffsetBegin, token.characterOffsetEnd)).toBe(token.originalText);
      for (const mention of sentence.entitymentions ?? [])
        expect(text.slice(mention.characterOffsetBegin, mention.characterOffsetEnd)).toBe(mention.text);
    }
    // The first sentence is the headline alone: the blank line after it ends it.
    const headline = text.split('\n')[0]!.trim();
    const first = document.sentences[0]!.tokens;
    expect(text.slice(first[0]!.characterOffsetBegin, first.at(-1)!.characterOffsetEnd)).toBe(headline);
  });
});
