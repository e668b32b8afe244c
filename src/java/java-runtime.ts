// Which Java is on PATH: the local Neo4j and the language server both run in a JVM, and each
// says in its own words what to install when it is missing or too old.
import { spawnSync } from 'node:child_process';

export type JavaRuntime = { found: false } | { found: true; major: number; versionText: string };

/** Debian/Ubuntu's package, named in every "install Java" message. */
export const JAVA_INSTALL_HINT =
  'Install Java 17 (Debian/Ubuntu: `apt-get install -y openjdk-17-jre-headless`; elsewhere: Eclipse Temurin 17)';

export function findJava(): JavaRuntime {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) return { found: false };
  const versionText = `${result.stderr}${result.stdout}`.trim();
  return { found: true, major: Number(/version "(\d+)/.exec(versionText)?.[1] ?? NaN), versionText };
}
