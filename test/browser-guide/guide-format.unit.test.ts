// The guide file itself: every runnable Cypher block states its expected result, Browser
// would show it unchanged, and the GraSS style gives every label its own look.
import { describe, expect, it } from 'vitest';
import {
  GuideFormatError,
  changedByBrowserSanitizer,
  extractGuideQueries,
} from '../../src/browser-guide/extract-queries.js';
import { readGuideSource, renderGuideAsset } from '../../src/browser-guide/guide-files.js';
import { GUIDE_FILE, STYLE_FILE, guideBaseUrl } from '../../src/browser-guide/guide-urls.js';
import { parseGrass } from '../../src/browser-guide/grass.js';
import { DOMAIN_LABELS } from '../../src/model/graph-model.js';

/** Every domain label of the model gets its own style. */
const KINDS = DOMAIN_LABELS;

const slide = (body: string) => `<carousel><slide><h3>T</h3>${body}</slide></carousel>`;

describe('guide/index.html', () => {
  const html = renderGuideAsset(GUIDE_FILE, guideBaseUrl(4000));
  const queries = extractGuideQueries(html);

  it('has the slides a first session needs, each query named and checked', () => {
    const titles = [...new Set(queries.map((q) => q.slideTitle))];
    expect(titles.length).toBeGreaterThanOrEqual(9);
    const cypher = queries.filter((q) => q.kind === 'cypher');
    expect(cypher.length).toBeGreaterThanOrEqual(20);
    for (const q of cypher) expect(q.expected, q.name).toBeDefined();
  });

  it('covers the questions users come with', () => {
    const all = queries.map((q) => q.text).join('\n');
    expect(all).toContain('CALL db.schema.visualization()');
    expect(all).toMatch(/PARTNERS_WITH[\s\S]*via/);
    expect(all).toMatch(/RECEIVED[\s\S]*status/);
    expect(all).toContain(':OWNS');
    expect(all).toContain(':REPORTED');
    expect(all).toMatch(/r\.evidence\[k\]/);
    expect(all).toContain('shortestPath(');
  });

  it('loads the style from the URL it is served at', () => {
    const style = queries.find((q) => q.kind === 'browser-command');
    expect(style?.text).toBe(`:style ${guideBaseUrl(4000)}${STYLE_FILE}`);
    expect(readGuideSource()).toContain('{{guideBaseUrl}}');
  });

  it('is shown by Neo4j Browser exactly as checked (nothing its sanitizer strips)', () => {
    expect(changedByBrowserSanitizer(html)).toBe(false);
    expect(changedByBrowserSanitizer('<p onclick="x()">a</p>')).toBe(true);
  });
});

describe('extracting queries and expectations', () => {
  it('reads the text Browser would put in its editor, entities decoded', () => {
    const [q] = extractGuideQueries(
      slide(
        '<pre class="code runnable" data-query="q">MATCH (a)-[:R]-&gt;(b) WHERE a.x &lt; 2 RETURN a</pre>' +
          '<p class="expected-result" data-rows="3"><b>Expected:</b> 3 rows.</p>',
      ),
    );
    expect(q).toMatchObject({ name: 'q', text: 'MATCH (a)-[:R]->(b) WHERE a.x < 2 RETURN a', expected: { rows: 3 } });
  });

  it('parses JSON values and keeps anything else as text', () => {
    const [a, b] = extractGuideQueries(
      slide(
        '<pre class="runnable" data-query="a">RETURN 1 AS n</pre><p class="expected-result" data-column="n" data-value="1">n is 1</p>' +
          '<pre class="runnable" data-query="b">RETURN "x" AS s</pre><p class="expected-result" data-column="s" data-value="Mayor&#39;s">s is Mayor\'s</p>',
      ),
    );
    expect(a?.expected?.value).toBe(1);
    expect(b?.expected?.value).toBe("Mayor's");
  });

  it('refuses a query without an expected result, and an expectation the text does not state', () => {
    expect(() => extractGuideQueries(slide('<pre class="runnable" data-query="q">RETURN 1</pre>'))).toThrow(
      GuideFormatError,
    );
    expect(() =>
      extractGuideQueries(
        slide('<pre class="runnable" data-query="q">RETURN 1</pre><p class="expected-result" data-rows="2">1 row</p>'),
      ),
    ).toThrow(/2 rows/);
    expect(() =>
      extractGuideQueries(
        slide(
          '<pre class="runnable" data-query="q">RETURN 1 AS n</pre><p class="expected-result" data-column="n" data-value="7">one</p>',
        ),
      ),
    ).toThrow(/"7"/);
    expect(() => extractGuideQueries(slide('<pre class="runnable">RETURN 1</pre>'))).toThrow(/data-query/);
  });
});

describe('guide/style.grass', () => {
  const rules = parseGrass(readGuideSource(STYLE_FILE));

  it('gives every label its own colour and size, with the name as caption', () => {
    const colours = new Set<string>();
    for (const label of [...KINDS, 'Indicator', 'Document']) {
      const rule = rules[`node.${label}`];
      expect(rule, label).toBeDefined();
      expect(rule!.color, label).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(rule!.diameter, label).toMatch(/^\d+px$/);
      colours.add(rule!.color!);
    }
    expect(colours.size).toBe(KINDS.length + 2);
    for (const label of [...KINDS, 'Indicator']) expect(rules[`node.${label}`]!.caption).toBe('{name}');
    // Documents have a title, not a name.
    expect(rules['node.Document']!.caption).toBe('{title}');
  });

  it('labels relationships with their type', () => {
    expect(rules.relationship?.caption).toBe('<type>');
  });

  it('styles the kinds after the shared Entity label, so the kind wins', () => {
    const order = Object.keys(rules);
    for (const label of KINDS) expect(order.indexOf(`node.${label}`)).toBeGreaterThan(order.indexOf('node.Entity'));
  });
});
