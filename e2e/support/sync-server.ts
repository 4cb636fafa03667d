/**
 * The sync server the team-sync tests share desks through (started by playwright.config.ts on an
 * embedded PGlite), and its admin calls: a desk per test, an enrolment code per workstation.
 */
const port = Number(process.env['KLOK_E2E_PORT'] ?? 4173);
export const SYNC_PORT = Number(process.env['KLOK_E2E_SYNC_PORT'] ?? port + 10);
export const SYNC_URL = `http://127.0.0.1:${SYNC_PORT}`;
export const SYNC_ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

async function admin<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(SYNC_URL + path, {
    method: 'POST',
    headers: { authorization: `Bearer ${SYNC_ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A new desk on the server; its id. */
export async function createSharedDesk(name: string): Promise<string> {
  return (await admin<{ deskId: string }>('/v1/desks', { name })).deskId;
}

/** A one-time enrolment code for the desk. */
export async function enrolmentCode(deskId: string, label: string): Promise<string> {
  return (await admin<{ code: string }>(`/v1/desks/${encodeURIComponent(deskId)}/enrolment-codes`, { label })).code;
}
