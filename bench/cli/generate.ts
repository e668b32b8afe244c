// npm run bench:generate -- --scale N [--seed S] [--out DIR] [--force]
import { ensureDataset } from '../generator/generate.js';
import { DEFAULT_SEED, datasetDir } from '../paths.js';
import { numberOption, parseCommandLine } from './args.js';

const args = parseCommandLine({
  scale: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
});
const scale = numberOption(args.scale, 1, 'scale');
const seed = args.seed ?? DEFAULT_SEED;
const { manifest, dir } = await ensureDataset({
  scale,
  seed,
  dir: args.out ?? datasetDir(scale),
  force: args.force,
  log: console.log,
});
for (const spec of manifest.nodes)
  console.log(`  ${spec.label.padEnd(14)} ${spec.count.toLocaleString('en-US').padStart(10)}`);
for (const spec of manifest.relationships) {
  console.log(
    `  ${`${spec.type} ${spec.fromLabel}→${spec.toLabel}`.padEnd(40)} ${spec.count.toLocaleString('en-US').padStart(10)}`,
  );
}
console.log(`Data set: ${dir}`);
