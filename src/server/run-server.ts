// Runs the API as a long-lived process: listen, print where it is, and on SIGINT/SIGTERM
// drain in-flight requests before closing the driver.
import type { AppConfig } from '../config.js';
import { createDriver } from '../db/driver.js';
import { PortInUseError } from '../errors/port-in-use-error.js';
import { createServer } from './create-server.js';

export interface RunServerOptions {
  /** Lines printed after the URLs (e.g. the Browser URL); `url` is the GraphQL URL. */
  banner: (url: string) => string[];
  /** Printed once the API has stopped. */
  afterStop: string;
}

export async function runServer(config: AppConfig, options: RunServerOptions): Promise<void> {
  const driver = createDriver(config.neo4j);
  const server = await createServer({ driver, config });
  let url: string;
  try {
    url = await server.listen();
  } catch (error) {
    await server.stop();
    await driver.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new PortInUseError(
        config.port,
        `Port ${config.port} is already in use. Stop what runs there, or set PORT in .env to another port.`,
      );
    }
    throw error;
  }
  for (const line of options.banner(url)) console.log(line);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: draining in-flight requests and stopping the API…`);
    await server.stop();
    await driver.close();
    console.log(options.afterStop);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
