// A one-line progress bar with rate and ETA on stderr. On a terminal it redraws in place;
// elsewhere (CI logs, files) it prints a line every few seconds instead.

export interface ProgressReporter {
  advance(items: number): void;
  finish(): void;
}

const BAR_WIDTH = 24;

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m${String(Math.ceil(seconds - m * 60)).padStart(2, '0')}s`;
}

export function createProgress(
  label: string,
  total: number,
  options: { initial?: number; stream?: NodeJS.WriteStream; quiet?: boolean } = {},
): ProgressReporter {
  const stream = options.stream ?? process.stderr;
  const interactive = Boolean(stream.isTTY);
  const started = performance.now();
  const initial = options.initial ?? 0;
  let done = initial;
  let lastDraw = 0;

  const render = (): string => {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    const filled = Math.round(fraction * BAR_WIDTH);
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? (done - initial) / seconds : 0;
    const eta = rate > 0 ? (total - done) / rate : Infinity;
    return (
      `  ${label.padEnd(14)} ${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)} ${(fraction * 100).toFixed(0).padStart(3)}% ` +
      `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}  ${Math.round(rate).toLocaleString('en-US')}/s  ETA ${formatDuration(eta)}`
    );
  };

  return {
    advance(items: number) {
      done += items;
      if (options.quiet) return;
      const now = performance.now();
      if (now - lastDraw < (interactive ? 200 : 5_000)) return;
      lastDraw = now;
      stream.write(interactive ? `\r${render()}\x1b[K` : `${render()}\n`);
    },
    finish() {
      if (options.quiet) return;
      const seconds = (performance.now() - started) / 1000;
      const line = `${render().replace(/ETA \S+$/, '')}in ${seconds.toFixed(1)} s`;
      stream.write(interactive ? `\r${line}\x1b[K\n` : `${line}\n`);
    },
  };
}
