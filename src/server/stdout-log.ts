// The request log's way to stdout. A log line per request was a write system call per
// request; here the lines of one turn of the event loop leave together in one write, at
// the next `setImmediate`, so under load many answers share a call, and a quiet server
// still writes each line within a tick. Lines still pending when the process exits are
// written then (stdout to a file or pipe is synchronous on Linux).
export type LogSink = (line: string) => void;

const pending: string[] = [];
let scheduled = false;

function flush(): void {
  scheduled = false;
  if (pending.length === 0) return;
  const text = pending.join('');
  pending.length = 0;
  process.stdout.write(text);
}

process.on('exit', flush);

export const stdoutSink: LogSink = (line) => {
  pending.push(`${line}\n`);
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
};
