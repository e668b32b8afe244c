// What a comparator's server process and the benchmark say to each other over IPC.

export type Comparator = 'floor' | 'ours' | 'peer';

export interface ComparatorStats {
  /** Cypher statements sent since the process started. */
  statements: number;
  /** User + system CPU time of the process since it started. */
  cpuMicros: number;
  rssBytes: number;
  maxRssBytes: number;
}

export type ChildMessage =
  | { type: 'ready'; url: string; startupMs: number }
  | { type: 'stats'; stats: ComparatorStats }
  | { type: 'failed'; message: string };
