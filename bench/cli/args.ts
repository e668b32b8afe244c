// Tiny `--name value` / `--flag` parser for the bench commands (node:util parseArgs
// with the options each command declares).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(
  options: T,
  argv = process.argv.slice(2),
) {
  return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
}

export function numberOption(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`--${name} must be a positive number, got ${JSON.stringify(value)}`);
  return n;
}
