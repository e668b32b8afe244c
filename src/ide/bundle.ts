// Builds the IDE (GraphiQL, React and the page script) into one JS and one CSS file with
// esbuild, in memory, on first use; later requests reuse the result. Nothing is fetched at
// run time: everything comes from node_modules.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config.js';

export interface IdeAssets {
  js: Buffer;
  css: Buffer;
  etag: string;
}

let pending: Promise<IdeAssets> | undefined;

export function ideAssets(): Promise<IdeAssets> {
  pending ??= buildAssets().catch((error: unknown) => {
    pending = undefined; // a later request tries again
    throw error;
  });
  return pending;
}

async function buildAssets(): Promise<IdeAssets> {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: PROJECT_ROOT,
    entryPoints: [resolve(PROJECT_ROOT, 'src/ide/browser/main.jsx')],
    bundle: true,
    write: false,
    outdir: resolve(PROJECT_ROOT, 'dist/graphiql'),
    entryNames: 'app',
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'firefox115', 'safari16'],
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
  if (!js || !css) throw new Error('The IDE bundle is missing its JS or CSS output.');
  const hash = createHash('sha256').update(js.contents).update(css.contents).digest('hex').slice(0, 16);
  return { js: Buffer.from(js.contents), css: Buffer.from(css.contents), etag: `"${hash}"` };
}
