// Parameters and variable names of one Cypher statement under construction. Every value
// that comes from a request becomes a parameter; variable names are fresh per statement so
// nested subqueries never capture each other's variables.
import neo4j from 'neo4j-driver';

export class CypherScope {
  readonly params: Record<string, unknown> = {};
  private nextParam = 0;
  private nextVar = 0;
  private readonly shared = new Map<string, string>();

  /** A new parameter holding `value`; returns its reference, e.g. `$p3`. */
  param(value: unknown): string {
    const name = `p${this.nextParam++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** An integer parameter (the driver would send a plain JS number as a float). */
  int(value: number): string {
    return this.param(neo4j.int(value));
  }

  /** One parameter per statement for a constant used many times (e.g. the punctuation list). */
  constant(key: string, value: unknown): string {
    let ref = this.shared.get(key);
    if (!ref) {
      ref = this.param(value);
      this.shared.set(key, ref);
    }
    return ref;
  }

  /** A variable name not used elsewhere in the statement. */
  fresh(hint = 'v'): string {
    return `${hint}${this.nextVar++}`;
  }
}
