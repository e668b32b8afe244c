// Bundles the long-running entry points into dist/ with esbuild, so the API starts as plain
// JavaScript: no TypeScript loader at start-up, no source-map lookups on every stack trace
// the driver captures. Dependencies stay external (node_modules). Takes well under a second.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';

await build({
  absWorkingDir: PROJECT_ROOT,
  entryPoints: [resolve(PROJECT_ROOT, 'src/cli/start.ts'), resolve(PROJECT_ROOT, 'src/cli/serve.ts')],
  // dist/<name>.js: one level below the root, as src/config.ts expects of its own module.
  outdir: resolve(PROJECT_ROOT, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
