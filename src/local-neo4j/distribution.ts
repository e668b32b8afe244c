// Provisions Neo4j Community from Maven Central with Maven, so no Docker and no
// download site beyond Maven Central is needed. The jars live in Maven's local repository,
// shared by every clone on the machine; a clone's lib/ and plugins/ link to them.
//
// Central does not carry the packaged tarball of the pinned version (only its pom), so the server
// is assembled from its artifacts: `org.neo4j.app:neo4j-server` + `org.neo4j:neo4j`
// resolve the same jars the distribution's lib/ holds, and `org.neo4j.server.startup.
// Neo4jCommand` (the class behind the distribution's `bin/neo4j`) starts and stops it
// with the distribution's own JVM handling, pid file and logs.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { resolveArtifacts, type Artifact } from '../maven/resolve-artifacts.js';
import { LocalNeo4jError } from './errors.js';

/** The one place the Neo4j version is pinned. */
export const NEO4J_VERSION = '5.26.19';
/** Its release series (major.minor): what Docker image tags and version checks name. */
export const NEO4J_SERIES = NEO4J_VERSION.split('.').slice(0, 2).join('.');
/**
 * The Docker image of the same series, for the tests' testcontainers Neo4j; docker-compose.yml
 * names it too (a unit test checks they agree).
 */
export const NEO4J_DOCKER_IMAGE = `neo4j:${NEO4J_SERIES}-community`;
/** Newest Neo4j Browser on Maven Central; it works with servers of NEO4J_SERIES. */
export const NEO4J_BROWSER_VERSION = '5.24.0';
/** APOC core is released in lock-step with the server. */
export const APOC_VERSION = NEO4J_VERSION;

const SERVER_ARTIFACTS: Artifact[] = [
  { groupId: 'org.neo4j.app', artifactId: 'neo4j-server', version: NEO4J_VERSION },
  { groupId: 'org.neo4j', artifactId: 'neo4j', version: NEO4J_VERSION },
  { groupId: 'org.neo4j.client', artifactId: 'neo4j-browser', version: NEO4J_BROWSER_VERSION },
];
// Central's apoc-core is the thin jar (the released plugin is shaded): add what it leaves out.
const PLUGIN_ARTIFACTS: Artifact[] = [
  { groupId: 'org.neo4j.procedure', artifactId: 'apoc-core', version: APOC_VERSION },
  { groupId: 'org.neo4j.procedure', artifactId: 'apoc-common', version: APOC_VERSION },
  { groupId: 'commons-beanutils', artifactId: 'commons-beanutils', version: '1.11.0' },
  { groupId: 'org.apache.commons', artifactId: 'commons-collections4', version: '4.5.0' },
];

export interface Distribution {
  root: string;
  lib: string;
  plugins: string;
}

export function distributionPaths(localDir: string): Distribution {
  const root = join(localDir, 'dist', NEO4J_VERSION);
  return { root, lib: join(root, 'lib'), plugins: join(root, 'plugins') };
}

/**
 * Links every jar into `dir` by its file name (what `java -cp lib/*` and Neo4j's plugin loader
 * see), leaving out jars whose artifact `skip` says the server already has.
 */
function linkJars(jars: string[], dir: string, skip: (jar: string) => boolean = () => false): void {
  mkdirSync(dir, { recursive: true });
  for (const jar of jars) {
    const name = basename(jar);
    if (skip(name) || existsSync(join(dir, name))) continue;
    symlinkSync(jar, join(dir, name));
  }
}

/** True when the marker is there and every linked jar still is (Maven's local repository may be cleaned). */
function complete(dist: Distribution): boolean {
  if (!existsSync(join(dist.root, '.complete'))) return false;
  return [dist.lib, dist.plugins].every(
    (dir) => existsSync(dir) && readdirSync(dir).every((jar) => existsSync(join(dir, jar))),
  );
}

function resolveRequest(
  name: string,
  label: string,
  size: string,
  artifacts: Artifact[],
  localDir: string,
  log: (line: string) => void,
) {
  return {
    label,
    name,
    artifacts,
    announce: `Resolving ${label} in Maven's local repository (${size} the first time on a machine; every clone shares it)…`,
    workDir: join(localDir, 'dist', 'maven'),
    log,
    error: (message: string) => new LocalNeo4jError(message),
    alternative:
      'Or skip the local server: set NEO4J_URI to an existing Neo4j 5 (for example `docker compose up -d neo4j`, then NEO4J_URI=bolt://localhost:7687).',
  };
}

/**
 * Makes sure the server's lib/ and plugins/ hold the jars of the pinned version: resolved into
 * Maven's local repository (downloaded only if no clone on this machine has them yet) and
 * linked from there, so a clone holds links, not 130 MB of copies. A marker file is written
 * last, so an interrupted run is simply redone.
 */
export async function ensureDistribution(localDir: string, log: (line: string) => void): Promise<Distribution> {
  const dist = distributionPaths(localDir);
  if (complete(dist)) return dist;

  const started = Date.now();
  const serverJars = await resolveArtifacts(
    resolveRequest(
      `neo4j-${NEO4J_VERSION}-browser-${NEO4J_BROWSER_VERSION}`,
      `Neo4j ${NEO4J_VERSION} Community and Neo4j Browser ${NEO4J_BROWSER_VERSION}`,
      'about 130 MB',
      SERVER_ARTIFACTS,
      localDir,
      log,
    ),
  );
  const pluginJars = await resolveArtifacts(
    resolveRequest(`apoc-${APOC_VERSION}`, `APOC core ${APOC_VERSION}`, 'about 4 MB', PLUGIN_ARTIFACTS, localDir, log),
  );
  const staging = `${dist.root}.partial`;
  rmSync(staging, { recursive: true, force: true });
  linkJars(serverJars, join(staging, 'lib'));
  // Jars of a plugin that the server already ships would load twice; keep the server's.
  const artifactName = (jar: string) => jar.replace(/-\d[\w.-]*\.jar$/, '');
  const inLib = new Set(serverJars.map((jar) => artifactName(basename(jar))));
  linkJars(pluginJars, join(staging, 'plugins'), (jar) => !jar.startsWith('apoc') && inLib.has(artifactName(jar)));
  writeFileSync(join(staging, '.complete'), `${NEO4J_VERSION}\n`);
  rmSync(dist.root, { recursive: true, force: true });
  renameSync(staging, dist.root);
  log(`Neo4j ${NEO4J_VERSION} ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return dist;
}
