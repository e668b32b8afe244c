// Drivers that watch or break what the API sends, for tests that check the statement bound
// or the error masking through the real server: the real driver, with every session it
// opens passed through a wrapper. No mock: unwrapped calls go to the real database.
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

/** What a session wrapper gets: the session the real driver opened and how it was asked for. */
export type SessionWrapper = (session: Session, config: Parameters<Driver['session']>[0]) => Session;

/** The driver, except that each session it opens is `wrap`ped. */
export function wrapSessions(real: Driver, wrap: SessionWrapper): Driver {
  return new Proxy(real, {
    get(target, prop, receiver) {
      if (prop !== 'session') return Reflect.get(target, prop, receiver);
      return (...args: Parameters<Driver['session']>) => wrap(target.session(...args), args[0]);
    },
  });
}

/** A session whose listed methods are replaced; the rest is the real session's. */
export function overrideSession(session: Session, overrides: Partial<Record<keyof Session, unknown>>): Session {
  return new Proxy(session, {
    get(target, prop, receiver) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop as keyof Session];
      return Reflect.get(target, prop, receiver);
    },
  });
}

export type TransactionConfig = { timeout?: number; metadata?: Record<string, unknown> };

/** What went over the wire: every statement, every transaction config, every session's access mode. */
export interface Wire {
  runs: string[];
  configs: Array<TransactionConfig | undefined>;
  modes: string[];
}

/** Records every statement a session runs (auto-commit or in executeRead), with its transaction config. */
export function countingDriver(real: Driver, wire: Wire): Driver {
  return wrapSessions(real, (s, config) => {
    wire.modes.push(String(config?.defaultAccessMode));
    return overrideSession(s, {
      run: (cypher: string, params?: Record<string, unknown>, txConfig?: TransactionConfig) => {
        wire.runs.push(cypher);
        wire.configs.push(txConfig);
        return s.run(cypher, params, txConfig);
      },
      executeRead: <T>(work: (tx: ManagedTransaction) => Promise<T>, txConfig?: TransactionConfig) => {
        wire.configs.push(txConfig);
        return s.executeRead((tx) => {
          const counted = new Proxy(tx, {
            get(t, q, r) {
              if (q !== 'run') return Reflect.get(t, q, r);
              return (cypher: string, params?: Record<string, unknown>) => {
                wire.runs.push(cypher);
                return t.run(cypher, params);
              };
            },
          });
          return work(counted);
        }, txConfig);
      },
    });
  });
}
