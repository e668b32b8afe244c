// Memory of a process over a run: samples of its resident set size, and the growth between
// two windows of samples (medians, so one garbage collection does not decide the verdict).
export class RssSamples {
  readonly samples: Array<{ atMs: number; bytes: number }> = [];

  add(atMs: number, bytes: number): void {
    this.samples.push({ atMs, bytes });
  }

  /** Median RSS over samples taken in [fromMs, toMs). */
  medianBetween(fromMs: number, toMs: number): number {
    const values = this.samples
      .filter((s) => s.atMs >= fromMs && s.atMs < toMs)
      .map((s) => s.bytes)
      .sort((a, b) => a - b);
    if (values.length === 0) throw new Error(`no RSS sample between ${fromMs} and ${toMs} ms`);
    return values[Math.floor(values.length / 2)]!;
  }

  max(): number {
    return Math.max(...this.samples.map((s) => s.bytes));
  }
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
