// Test helpers that talk to the real database chosen by the global setup.
import type { Driver } from 'neo4j-driver';
import { loadConfig, type AppConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';

export function testConfig(): AppConfig {
  return loadConfig();
}

export function testDriver(config: AppConfig = testConfig()): Driver {
  return createDriver(config.neo4j);
}
