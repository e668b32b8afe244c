// Compares GraphQL answers as sets: arrays are sorted after canonicalising their items,
// so an answer counts as equal when it holds the same values, whatever list order the
// database happened to return for lists the API does not promise to order.
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sameAnswer(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
