import { resolve } from 'node:path';

/** The server's settings, from the environment (see README.md). */
export interface ServerConfig {
  /** A PostgreSQL connection string, or null for the embedded PGlite in `dataDir`. */
  readonly databaseUrl: string | null;
  /** Where the embedded database and the generated admin token live. */
  readonly dataDir: string;
  readonly host: string;
  /** 0 = any free port. */
  readonly port: number;
  /** The admin token, or null to use (or make) `<dataDir>/admin-token`. */
  readonly adminToken: string | null;
  /** Certificate and key files: both or neither; with them the server speaks HTTPS. */
  readonly tls: { readonly certFile: string; readonly keyFile: string } | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

const set = (env: NodeJS.ProcessEnv, name: string): string | null => {
  const v = env[name];
  return v === undefined || v.trim() === '' ? null : v.trim();
};

/** Reads and checks the settings; a bad one throws a ConfigError naming the variable. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = set(env, 'DATABASE_URL');
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a connection string such as postgresql://user@host:5432/klok');
  }
  const portText = set(env, 'KLOK_SERVER_PORT') ?? '8787';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65_535) throw new ConfigError('KLOK_SERVER_PORT', `must be a port number 0–65535, not "${portText}"`);
  const host = set(env, 'KLOK_SERVER_HOST') ?? '127.0.0.1';
  const adminToken = set(env, 'KLOK_ADMIN_TOKEN');
  if (adminToken !== null && adminToken.length < 16) throw new ConfigError('KLOK_ADMIN_TOKEN', 'must be at least 16 characters');
  const certFile = set(env, 'KLOK_TLS_CERT');
  const keyFile = set(env, 'KLOK_TLS_KEY');
  if ((certFile === null) !== (keyFile === null)) {
    throw new ConfigError(certFile === null ? 'KLOK_TLS_CERT' : 'KLOK_TLS_KEY', 'KLOK_TLS_CERT and KLOK_TLS_KEY go together: set both or neither');
  }
  return {
    databaseUrl,
    dataDir: resolve(set(env, 'KLOK_DATA_DIR') ?? './klok-server-data'),
    host,
    port: Number(portText),
    adminToken,
    tls: certFile !== null && keyFile !== null ? { certFile, keyFile } : null,
  };
}
