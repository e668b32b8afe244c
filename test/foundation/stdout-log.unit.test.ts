import { afterEach, describe, expect, it, vi } from 'vitest';
import { stdoutSink } from '../../src/server/stdout-log.js';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the request log on stdout', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes the lines of one event-loop turn in one write, in order, each ending in a newline', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    stdoutSink('{"n":1}');
    stdoutSink('{"n":2}');
    stdoutSink('{"n":3}');
    expect(write).not.toHaveBeenCalled();
    await nextTurn();
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]?.[0]).toBe('{"n":1}\n{"n":2}\n{"n":3}\n');
  });

  it('writes a line of a quiet server within the next turn, and nothing when there is nothing', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    await nextTurn();
    expect(write).not.toHaveBeenCalled();
    stdoutSink('{"alone":true}');
    await nextTurn();
    expect(write.mock.calls.map((call) => call[0])).toEqual(['{"alone":true}\n']);
  });
});
