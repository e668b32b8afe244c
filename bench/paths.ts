// Where the benchmark keeps its generated data and results (bench/data is git-ignored).
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';

export const BENCH_DIR = join(PROJECT_ROOT, 'bench');
export const DATA_DIR = join(BENCH_DIR, 'data');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
export const RAW_RESULTS_DIR = join(RESULTS_DIR, 'raw');
export const DEFAULT_SEED = 'liaoning';
/** The small data set that warms a freshly started database up before measured imports. */
export const WARMUP_SCALE = 1;

export function datasetDir(scale: number): string {
  return join(DATA_DIR, `scale-${scale}`);
}

/** A generated news corpus of `articles` articles (bench/corpus/), a folder shaped like the project's. */
export function corpusDir(articles: number): string {
  return join(DATA_DIR, `corpus-${articles}`);
}
