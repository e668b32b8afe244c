// schema.graphql is the single source of truth; it is read once, from the repository
// root resolved relative to this module (not the working directory).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gql } from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { PROJECT_ROOT } from '../config.js';

export const SCHEMA_PATH = resolve(PROJECT_ROOT, 'schema.graphql');
export const typeDefs: DocumentNode = gql(readFileSync(SCHEMA_PATH, 'utf8'));
