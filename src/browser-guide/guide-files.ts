// The guide's files on disk (`guide/` at the repository root) and how they are rendered
// for a given base URL. The HTML names its own style URL, which depends on the host and
// port the API is reached at, so the server fills it in per request.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { GUIDE_FILE, STYLE_FILE } from './guide-urls.js';

export const GUIDE_DIR = join(PROJECT_ROOT, 'guide');

const BASE_URL_PLACEHOLDER = /\{\{guideBaseUrl\}\}/g;

export interface GuideAsset {
  contentType: string;
  /** True when the file contains the base-URL placeholder. */
  templated: boolean;
}

/** The only files served: a fixed list, so no request path can reach anything else. */
export const GUIDE_ASSETS: Record<string, GuideAsset> = {
  [GUIDE_FILE]: { contentType: 'text/html; charset=utf-8', templated: true },
  [STYLE_FILE]: { contentType: 'text/plain; charset=utf-8', templated: false },
};

export function readGuideSource(file: string = GUIDE_FILE): string {
  return readFileSync(join(GUIDE_DIR, file), 'utf8');
}

export function renderGuideAsset(file: string, baseUrl: string): string {
  const text = readGuideSource(file);
  return GUIDE_ASSETS[file]?.templated ? text.replace(BASE_URL_PLACEHOLDER, baseUrl) : text;
}
