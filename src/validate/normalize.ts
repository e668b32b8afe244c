// The one normalisation for comparing names and aliases: case, punctuation, symbols and
// whitespace (including no-break spaces) do not distinguish two names.
export function normalizeName(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}
