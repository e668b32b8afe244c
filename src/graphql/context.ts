import type { Driver } from 'neo4j-driver';
import type { AppConfig } from '../config.js';

/** Per-request context: how resolvers reach the database. */
export interface RequestContext {
  driver: Driver;
  config: AppConfig;
  requestId: string;
}
