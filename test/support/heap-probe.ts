// Loaded into the API process by tests that measure its memory (`node --expose-gc --import`
// this file; see api-process.ts): on SIGUSR2 it collects garbage and prints the heap still in
// use as one tagged line on stderr. The heap after a full collection is what a leak grows;
// the resident set size also moves with when V8 last collected and how much it keeps mapped.
import { HEAP_PROBE_TAG } from './heap-probe-tag.js';

const gc = (globalThis as { gc?: () => void }).gc;

process.on('SIGUSR2', () => {
  // Twice: the first collection can leave objects whose finalizers free more.
  gc?.();
  gc?.();
  const { heapUsed } = process.memoryUsage();
  process.stderr.write(`${HEAP_PROBE_TAG}${JSON.stringify({ heapUsed, collected: gc !== undefined })}\n`);
});
