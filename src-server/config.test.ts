import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config';

describe('configFromEnv', () => {
  it('runs on the embedded database on 127.0.0.1:8787 without settings', () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({ databaseUrl: null, host: '127.0.0.1', port: 8787, adminToken: null, tls: null });
    expect(config.dataDir).toMatch(/klok-server-data$/);
  });

  it('takes port 0 for any free port and a PostgreSQL connection string', () => {
    expect(configFromEnv({ KLOK_SERVER_PORT: '0', DATABASE_URL: 'postgresql://klok@127.0.0.1:5432/klok' })).toMatchObject({
      port: 0,
      databaseUrl: 'postgresql://klok@127.0.0.1:5432/klok',
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => configFromEnv({ KLOK_SERVER_PORT: 'eighty' })).toThrow(/^KLOK_SERVER_PORT: /);
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/^DATABASE_URL: /);
    expect(() => configFromEnv({ KLOK_TLS_CERT: 'cert.pem' })).toThrow(/^KLOK_TLS_KEY: /);
    expect(() => configFromEnv({ KLOK_ADMIN_TOKEN: 'short' })).toThrow(/^KLOK_ADMIN_TOKEN: /);
  });
});
