import { configFromEnv, ConfigError } from './config';
import { startServer } from './server';

/**
 * `npm run server`: migrate, serve, and print ONE line that says where (test harnesses read it):
 *   klok-server listening on http://HOST:PORT (database: PGlite at DIR | PostgreSQL)
 */
async function main(): Promise<void> {
  const config = configFromEnv();
  const server = await startServer(config, {
    onNewAdminToken: (token, file) => {
      process.stderr.write(`klok-server: new admin token (saved in ${file}, shown only now): ${token}\n`);
    },
  });
  process.stdout.write(`klok-server listening on ${server.url} (database: ${server.database})\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`klok-server: ${signal}, stopping\n`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('klok-server: stopping failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `klok-server: ${error.message}` : error);
  process.exit(1);
});
