// npm run serve: only the GraphQL server, against a database that is already up and
// imported (NEO4J_URI or a started local server). For containers and process managers.
import { loadConfig } from '../config.js';
import { runServer } from '../server/run-server.js';
import { exitWithError } from './fail.js';

runServer(loadConfig(), {
  banner: (url) => [`GraphQL API ${url}`],
  afterStop: 'API stopped.',
}).catch(exitWithError);
