import { startAppServer } from "./app-server";
import { InvalidEnvError, parseEnv } from "./env";
import { createLogger } from "./logger";

/**
 * The process entry: read the configuration, start the server, and on SIGTERM/SIGINT store everything,
 * close all clients with 1012 and exit 0.
 */
async function main(): Promise<void> {
  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv(process.env);
  } catch (error) {
    if (!(error instanceof InvalidEnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const logger = createLogger(env.LOG_LEVEL);
  const server = await startAppServer(env, logger);
  logger.info({ port: server.port, url: server.url, database: env.DATABASE_PATH }, "Fahrplan is listening");

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    try {
      await server.stop();
      logger.info("stopped; everything is stored");
      process.exit(0);
    } catch (error) {
      logger.fatal({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error("Fahrplan could not start:", error);
  process.exit(1);
});
