// Builds the explorer's page script (Cytoscape.js and the page code) and stylesheet with
// esbuild, in memory, on first use, as the IDE does: nothing is fetched at run time.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import { kindCss } from './grass-styles.js';

export interface ExploreAssets {
  js: Buffer;
  css: Buffer;
  etag: string;
}

let pending: Promise<ExploreAssets> | undefined;

export function exploreAssets(): Promise<ExploreAssets> {
  pending ??= buildAssets().catch((error: unknown) => {
    pending = undefined; // a later request tries again
    throw error;
  });
  return pending;
}

/** Bundles one page script (and the stylesheet it imports) with esbuild, in memory. */
export async function bundleEntry(entry: string, name: string): Promise<{ js: Buffer; css: Buffer }> {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [resolve(PROJECT_ROOT, entry)],
    bundle: true,
    write: false,
    outdir: resolve(PROJECT_ROOT, `dist/${name}`),
    entryNames: name,
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari16'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
  if (!js || !css) throw new Error(`The ${name} bundle is missing its JS or CSS output.`);
  return { js: Buffer.from(js.contents), css: Buffer.from(css.contents) };
}

async function buildAssets(): Promise<ExploreAssets> {
  const { js, css } = await bundleEntry('src/explore/browser/main.js', 'explore');
  // The kind colours come from guide/style.grass, appended so the two never disagree.
  const cssText = Buffer.concat([css, Buffer.from(`\n${kindCss()}\n`)]);
  const hash = createHash('sha256').update(js).update(cssText).digest('hex').slice(0, 16);
  return { js, css: cssText, etag: `"${hash}"` };
}
