/** The prefix of the heap probe's line in the API's output (heap-probe.ts writes it, api-process.ts reads it). */
export const HEAP_PROBE_TAG = '[heap-probe] ';
