// Reads a GraSS style sheet the way Neo4j Browser 5 does: `selector { property: value; … }`,
// quote characters dropped (captions like "{name}" contain braces), no comments (Browser
// would read a comment as part of a selector). Used to check that style.grass covers
// every label and to know the colours it draws.

export type GrassRules = Record<string, Record<string, string>>;

export function parseGrass(text: string): GrassRules {
  const bodies: Record<string, string> = {};
  let inQuotes = false;
  let inRule = false;
  let selector = '';
  let body = '';
  for (const char of text) {
    if (char === '"' || char === "'") {
      inQuotes = !inQuotes;
    } else if (char === '{' && !inQuotes && !inRule) {
      inRule = true;
    } else if (char === '}' && !inQuotes && inRule) {
      bodies[selector] = body;
      inRule = false;
      selector = '';
      body = '';
    } else if (inRule) {
      body += char;
    } else if (!/\s/.test(char)) {
      selector += char;
    }
  }
  const rules: GrassRules = {};
  for (const [name, declarations] of Object.entries(bodies)) {
    rules[name] = {};
    for (const declaration of declarations.split(';')) {
      const parts = declaration.split(':');
      if (parts.length === 2) rules[name][parts[0]!.trim()] = parts[1]!.trim();
    }
  }
  return rules;
}
