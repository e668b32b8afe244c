// Every test file connects through loadConfig(), so point it at the database the global
// setup chose (environment variables win over .env).
import { inject } from 'vitest';
import './connection.js';

const connection = inject('neo4j');
process.env.NEO4J_URI = connection.uri;
process.env.NEO4J_USER = connection.user;
process.env.NEO4J_PASSWORD = connection.password;
process.env.NEO4J_DATABASE = connection.database;
process.env.TEST_NEO4J_SOURCE_USED = connection.source;
