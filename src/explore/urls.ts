// The explorer's URLs, in one place: every page has a stable address made only from ids
// (entity ids look like `zone:lushunkou-district`, document ids like `004_259afd6deae00c3b`).

export const EXPLORE_PATH = '/explore';

export const searchUrl = (q?: string): string => (q ? `${EXPLORE_PATH}?q=${encodeURIComponent(q)}` : EXPLORE_PATH);

export const entityUrl = (id: string): string => `${EXPLORE_PATH}/entity/${encodeURIComponent(id)}`;

/** A page of one group of an entity's facts, `offset` facts in ("show 50 more"). */
export const groupPageUrl = (id: string, group: string, offset: number): string =>
  `${entityUrl(id)}?more=${encodeURIComponent(group)}&offset=${offset}#${anchorId('group', group)}`;

export const documentUrl = (id: string, quote?: string): string =>
  `${EXPLORE_PATH}/document/${encodeURIComponent(id)}` +
  (quote ? `?quote=${encodeURIComponent(quote)}#selected-quote` : '');

export const pathUrl = (from?: string, to?: string): string => {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  const query = params.toString();
  return `${EXPLORE_PATH}/path${query ? `?${query}` : ''}`;
};

/** The CSV of a page's facts lives next to the page. */
export const csvUrl = (pageUrl: string): string => {
  const [path, query] = pageUrl.split('?');
  return `${path}/facts.csv${query ? `?${query}` : ''}`;
};

/** An HTML id (and URL fragment) from any text: only letters, digits, `-` and `_`. */
export const anchorId = (...parts: string[]): string => parts.join('--').replace(/[^A-Za-z0-9_-]/g, '-');
