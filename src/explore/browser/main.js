// The explorer's page script, bundled by esbuild (src/explore/bundle.ts). The server renders
// every page complete; this adds what needs a browser: results as one types (read from
// /graphql), suggestions for the two ends of a path, the drawing (Cytoscape.js, canvas
// renderer) and its PNG. Text from the API is only ever set with textContent, never as HTML.
import cytoscape from 'cytoscape';
import './explore.css';

const SEARCH = `query ExplorerSearch($q: String!) {
  search(query: $q, first: 20) { score entity { id name kind aliases } }
}`;

const entityUrl = (id) => `/explore/entity/${encodeURIComponent(id)}`;
const kindLabel = (kind) => kind.charAt(0) + kind.slice(1).toLowerCase();

async function search(q) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: SEARCH, variables: { q } }),
    credentials: 'same-origin',
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data.search;
}

/** Same rule as the server's matchedAliases (src/explore/pages/search-page.ts). */
function matchedAliases(q, name, aliases) {
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  return aliases.filter((a) => a !== name && words.some((w) => a.toLowerCase().includes(w)));
}

function el(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  for (const child of children) node.append(child);
  return node;
}

function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

// ---------------------------------------------------------------- search as you type
function liveSearch() {
  const results = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const input = document.querySelector('input[data-live-search]#q');
  if (!results || !status || !input) return;
  let latest = 0;
  const update = debounce(async () => {
    const q = input.value.trim();
    const asked = ++latest;
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!q) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const hits = await search(q);
      if (asked !== latest) return; // a newer keystroke already asked
      results.replaceChildren(
        ...hits.map(({ entity }) => {
          const matched = matchedAliases(q, entity.name, entity.aliases);
          const item = el('li', {}, [
            el('a', { href: entityUrl(entity.id) }, [el('span', { class: 'hit-name' }, [entity.name])]),
            ' ',
            el('span', { class: 'kind' }, [
              el('span', { class: `dot dot-${entity.kind}`, 'aria-hidden': 'true' }),
              kindLabel(entity.kind),
            ]),
          ]);
          if (matched.length)
            item.append(' ', el('span', { class: 'matched' }, [`also written: ${matched.join(' · ')}`]));
          return item;
        }),
      );
      status.textContent = `${hits.length} ${hits.length === 1 ? 'entity matches' : 'entities match'} “${q}”.`;
    } catch (error) {
      if (asked === latest) status.textContent = `Search failed: ${error.message}`;
    }
  }, 150);
  input.addEventListener('input', update);

  // Keyboard: ↓ from the box into the results, ↑/↓ between them, Esc back to the box.
  const links = () => [...results.querySelectorAll('a')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0].focus();
    }
  });
  results.addEventListener('keydown', (event) => {
    const all = links();
    const index = all.indexOf(document.activeElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' && index + 1 < all.length) {
      event.preventDefault();
      all[index + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (index === 0 ? input : all[index - 1]).focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });
}

// ---------------------------------------------------------------- path ends
function entityPickers() {
  const list = document.getElementById('path-suggestions');
  if (!list) return;
  for (const input of document.querySelectorAll('input[data-entity-picker]')) {
    const suggest = debounce(async () => {
      const q = input.value.trim();
      if (q.length < 2 || q.includes(':')) return; // an id is already chosen
      try {
        const hits = await search(q);
        list.replaceChildren(
          ...hits.map(({ entity }) => {
            const option = el('option', { value: entity.id });
            option.label = `${entity.name} (${kindLabel(entity.kind)})`;
            return option;
          }),
        );
      } catch {
        // Suggestions are a convenience: the form still takes a name or an id.
      }
    }, 150);
    input.addEventListener('input', suggest);
  }
}

// ---------------------------------------------------------------- the drawing
function drawing() {
  const data = document.getElementById('graph-data');
  const container = document.getElementById('drawing');
  if (!data || !container) return;
  const graph = JSON.parse(data.textContent);
  const styles = graph.styles;
  // Rings: the centre in the middle; a crowd of neighbours alternates between two rings so
  // their captions have room. Without a centre (an article's drawing), the best connected
  // entities go inside.
  const ring = new Map();
  const degree = new Map();
  for (const e of graph.edges) for (const id of [e.from, e.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  graph.nodes.forEach((n, i) => {
    if (graph.centre) ring.set(n.id, n.id === graph.centre ? 3 : graph.nodes.length > 15 && i % 2 ? 2 : 1);
    else ring.set(n.id, (degree.get(n.id) ?? 0) >= 4 ? 3 : (degree.get(n.id) ?? 0) >= 2 ? 2 : 1);
  });
  const cy = cytoscape({
    container,
    elements: [
      ...graph.nodes.map((n) => ({
        data: { id: n.id, name: n.name, kind: n.kind },
        classes: n.id === graph.centre ? 'centre' : '',
      })),
      ...graph.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, label: e.label ?? e.type } })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(name)',
          'background-color': (n) => styles[n.data('kind')]?.color ?? '#A5ABB6',
          'border-color': (n) => styles[n.data('kind')]?.border ?? '#9AA1AC',
          'border-width': 2,
          width: (n) => (styles[n.data('kind')]?.diameter ?? 50) * 0.5,
          height: (n) => (styles[n.data('kind')]?.diameter ?? 50) * 0.5,
          'font-size': 11,
          'font-family': 'system-ui, sans-serif',
          color: '#1f2328',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'text-wrap': 'wrap',
          'text-max-width': 130,
          'text-outline-color': '#ffffff',
          'text-outline-width': 2,
        },
      },
      { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#1f2328', 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#A5ABB6',
          'target-arrow-color': '#A5ABB6',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 8,
          color: '#4b5563',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': 1,
        },
      },
    ],
    layout:
      graph.layout === 'breadthfirst'
        ? { name: 'breadthfirst', roots: graph.centre ? [graph.centre] : undefined, spacingFactor: 1.1, padding: 20 }
        : {
            name: 'concentric',
            concentric: (n) => ring.get(n.id()) ?? 1,
            levelWidth: () => 1,
            minNodeSpacing: 50,
            padding: 20,
            // A ring is round and the box is wide: stretch it sideways so captions get room.
            stop: (event) => {
              const cy = event.cy;
              const stretch = Math.max(1, (container.clientWidth / Math.max(1, container.clientHeight)) * 0.85);
              cy.nodes().positions((n) => ({ x: n.position('x') * stretch, y: n.position('y') }));
              cy.fit(undefined, 20);
            },
          },
    wheelSensitivity: 0.2,
    minZoom: 0.2,
    maxZoom: 3,
  });
  cy.on('tap', 'node', (event) => {
    location.href = entityUrl(event.target.id());
  });
  cy.on('mouseover', 'node', () => (container.style.cursor = 'pointer'));
  cy.on('mouseout', 'node', () => (container.style.cursor = ''));
  cy.ready(() => {
    requestAnimationFrame(() => {
      container.dataset.rendered = 'true';
      performance.mark('drawing-rendered');
    });
  });

  const button = document.querySelector('[data-download-png]');
  button?.addEventListener('click', () => {
    const blob = cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 });
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: `${graph.fileName}.png` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
}

/**
 * "Show 50 more" in place: the link is a real page (`?more=<group>&offset=<n>`, rendered by
 * the server, works without JavaScript); here its facts are fetched and appended to the
 * group, and the link moves on to the page after. The facts come as the server's own
 * escaped markup, parsed as a separate document; no text is ever turned into markup here.
 */
function morePages() {
  document.addEventListener('click', async (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-more]') : null;
    const group = link?.closest('.fact-group');
    if (!link || !group || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    link.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(link.href, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const next = page.getElementById(group.id);
      if (!next) throw new Error('no such group on the page');
      let list = group.querySelector('ul.facts');
      if (!list) {
        list = el('ul', { class: 'facts' });
        group.querySelector('.group-paging').before(list);
      }
      for (const item of next.querySelectorAll('ul.facts > li')) list.append(document.adoptNode(item));
      const shown = group.querySelector('[data-shown]');
      const facts = list.querySelectorAll(':scope > li').length;
      const total = next.querySelector('[data-shown]')?.textContent.match(/of ([\d,]+)/)?.[1];
      if (shown && total) shown.textContent = `Facts 1–${facts.toLocaleString('en-US')} of ${total}.`;
      const after = next.querySelector('a[data-more]');
      if (after) {
        link.href = after.getAttribute('href');
        link.textContent = after.textContent;
      } else link.remove();
    } catch {
      window.location.href = link.href; // the page itself still works
    } finally {
      link.removeAttribute('aria-busy');
    }
  });
}

liveSearch();
entityPickers();
drawing();
morePages();
