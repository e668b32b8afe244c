// Stanford CoreNLP from Maven Central, resolved into Maven's local repository (shared by every
// clone on the machine, so fetched once) by src/maven/resolve-artifacts.ts.
import type { LanguageServerSettings } from '../config.js';
import type { Log } from '../local-neo4j/local-server.js';
import { resolveArtifacts, resolvedJars, type Artifact, type ResolveRequest } from '../maven/resolve-artifacts.js';
import { LanguageServerError } from './errors.js';

/** The one place the CoreNLP version is pinned. */
export const CORENLP_VERSION = '4.5.10';

const CORENLP_ARTIFACTS: Artifact[] = [
  { groupId: 'edu.stanford.nlp', artifactId: 'stanford-corenlp', version: CORENLP_VERSION },
  // The trained English models: tagger, NER, dependency parser, coreference.
  { groupId: 'edu.stanford.nlp', artifactId: 'stanford-corenlp', version: CORENLP_VERSION, classifier: 'models' },
];

function request(settings: LanguageServerSettings, log: Log): ResolveRequest {
  return {
    label: `Stanford CoreNLP ${CORENLP_VERSION}`,
    name: `corenlp-${CORENLP_VERSION}`,
    artifacts: CORENLP_ARTIFACTS,
    announce: `Resolving Stanford CoreNLP ${CORENLP_VERSION} and its English models in Maven's local repository (about 480 MB the first time on a machine)…`,
    workDir: settings.dir,
    log,
    error: (message) => new LanguageServerError(message),
    alternative: 'Then fetch it again with `npm run nlp:start`.',
  };
}

/** True when this clone has resolved CoreNLP and its jars are on disk: starting fetches nothing. */
export function coreNlpPresent(settings: LanguageServerSettings): boolean {
  return resolvedJars(request(settings, () => {})) !== null;
}

/** The jars of CoreNLP and its runtime dependencies; fetches what is missing, with progress. */
export function ensureCoreNlp(settings: LanguageServerSettings, log: Log): Promise<string[]> {
  return resolveArtifacts(request(settings, log));
}
