import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { syncPaths } from '../src-shared/sync/sync-protocol';

/**
 * The desk admin's commands, over HTTP with the admin token:
 *   npm run server:admin -- create-desk NAME [--id DESK]
 *   npm run server:admin -- code DESK [--label L] [--minutes N]
 *   npm run server:admin -- workstations DESK
 *   npm run server:admin -- revoke DESK WORKSTATION
 * The server is KLOK_SERVER_URL (default http://127.0.0.1:8787); the token KLOK_ADMIN_TOKEN, else
 * `<KLOK_DATA_DIR>/admin-token` (the one a first start saved).
 */
const USAGE = `usage: server:admin -- create-desk NAME [--id DESK] | code DESK [--label L] [--minutes N] | workstations DESK | revoke DESK WORKSTATION`;

function adminToken(): string {
  const fromEnv = process.env['KLOK_ADMIN_TOKEN']?.trim();
  if (fromEnv) return fromEnv;
  const file = join(resolve(process.env['KLOK_DATA_DIR'] ?? './klok-server-data'), 'admin-token');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    throw new Error(`no admin token: set KLOK_ADMIN_TOKEN or KLOK_DATA_DIR (looked in ${file})`);
  }
}

async function call(method: string, path: string, body?: unknown): Promise<unknown> {
  const base = (process.env['KLOK_SERVER_URL'] ?? 'http://127.0.0.1:8787').replace(/\/$/, '');
  const headers: Record<string, string> = { Authorization: `Bearer ${adminToken()}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${base}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const answer: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const e = answer as { error?: string; message?: string; issues?: { field: string; reason: string }[] } | null;
    const issues = e?.issues?.map((i) => `\n  ${i.field}: ${i.reason}`).join('') ?? '';
    throw new Error(`${res.status} ${e?.error ?? ''}: ${e?.message ?? res.statusText}${issues}`);
  }
  return answer;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { label: { type: 'string' }, minutes: { type: 'string' }, id: { type: 'string' } },
  });
  const [command, a, b] = positionals;
  switch (command) {
    case 'create-desk': {
      if (!a) throw new Error(USAGE);
      console.log(JSON.stringify(await call('POST', syncPaths.desks, { name: a, ...(values.id ? { deskId: values.id } : {}) }), null, 2));
      return;
    }
    case 'code': {
      if (!a) throw new Error(USAGE);
      const body = { ...(values.label ? { label: values.label } : {}), ...(values.minutes ? { validMinutes: Number(values.minutes) } : {}) };
      const answer = (await call('POST', syncPaths.enrolmentCodes(a), body)) as { code: string; expiresAt: string };
      console.log(`${answer.code}  (one use, valid until ${answer.expiresAt})`);
      return;
    }
    case 'workstations': {
      if (!a) throw new Error(USAGE);
      const answer = (await call('GET', syncPaths.workstations(a))) as {
        workstations: { workstation: string; name: string; enrolledAt: string; revokedAt: string | null; lastSeenAt: string | null }[];
      };
      for (const w of answer.workstations) {
        console.log(`${w.workstation}\t${w.name}\tenrolled ${w.enrolledAt}\tlast seen ${w.lastSeenAt ?? '-'}${w.revokedAt ? `\tREVOKED ${w.revokedAt}` : ''}`);
      }
      if (answer.workstations.length === 0) console.log('(no workstations)');
      return;
    }
    case 'revoke': {
      if (!a || !b) throw new Error(USAGE);
      console.log(JSON.stringify(await call('DELETE', syncPaths.workstation(a, b))));
      return;
    }
    default:
      throw new Error(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
