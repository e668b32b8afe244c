// Placeholder until the knowledge-graph import lands: reports the scripts it would run.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config.js';

const dir = resolve(PROJECT_ROOT, 'cypher');
const scripts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.cypher')) : [];
console.log(scripts.length === 0 ? 'Import: no Cypher scripts in cypher/ yet; nothing to import.' : `Import: ${scripts.length} scripts found (the importer is not written yet).`);
