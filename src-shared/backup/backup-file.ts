import { z } from 'zod';
import { parseInstant, toIsoUtc } from '../time/instant';
import { InputError, issue, issuesFromZod } from '../validation/issues';

/** A backup's file name ends in this; the packaged app opens such files with Klok. */
export const BACKUP_EXTENSION = '.klokbackup';
export const BACKUP_FORMAT = 'klok-backup';
export const BACKUP_VERSION = 1;

/** What a backup holds, counted when it was made: the restore preview shows it and the check compares it. */
export interface BackupCounts {
  readonly events: number;
  readonly tickets: number;
  readonly calls: number;
  readonly engagements: number;
}

/** Everything a backup says about itself, besides the desk it holds. */
export interface BackupManifest {
  readonly createdAt: string;
  readonly deskId: string;
  readonly deskName: string | null;
  readonly counts: BackupCounts;
  /** When the newest event of the desk was written (its hybrid logical clock's wall time), or null for an empty desk. */
  readonly newestEventAt: string | null;
  /** SHA-256 of `desk`, lower-case hex. */
  readonly sha256: string;
}

/** A backup as read: its manifest and the desk file it holds (the text the checksum covers). */
export interface Backup {
  readonly manifest: BackupManifest;
  readonly desk: string;
}

const count = z.number().int().nonnegative();
const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT, { message: 'is not a Klok backup' }),
    version: z.literal(BACKUP_VERSION, { message: `must be ${BACKUP_VERSION}: this Klok reads backups of version ${BACKUP_VERSION}` }),
    createdAt: z.string().min(1),
    deskId: z.string().min(1),
    deskName: z.string().nullable(),
    counts: z.object({ events: count, tickets: count, calls: count, engagements: count }).strict(),
    newestEventAt: z.string().nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 checksum'),
    desk: z.string().min(1),
  })
  .strict();

/** SHA-256 of a text (UTF-8), lower-case hex, with the Web Crypto API (in browsers and Node alike). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A backup file's text: the manifest, the checksum of the desk file, and the desk file itself. */
export async function writeBackup(desk: string, about: Omit<BackupManifest, 'sha256' | 'createdAt'>, createdAt: number): Promise<string> {
  const file = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: toIsoUtc(createdAt), ...about, sha256: await sha256Hex(desk), desk };
  return JSON.stringify(file);
}

/**
 * Reads a backup file and checks it: JSON, Klok's backup format and version, every field, and the
 * checksum of the desk it holds. A damaged or foreign file is refused with the reason (field
 * `backup`), so nothing is restored from it.
 */
export async function readBackup(text: string): Promise<Backup> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError([issue('backup', 'is not a Klok backup: the file is not JSON (damaged or another kind of file)', 'backup.not_json')]);
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT)
    throw new InputError([issue('backup', 'is not a Klok backup', 'backup.foreign')]);
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) throw new InputError(issuesFromZod('backup', parsed.error));
  const { desk, format: _format, version: _version, ...manifest } = parsed.data;
  if ((await sha256Hex(desk)) !== manifest.sha256)
    throw new InputError([issue('backup', 'is damaged: its contents do not match its checksum', 'backup.damaged')]);
  return { manifest, desk };
}

/** A backup's file name: sortable by time (UTC), `-before-restore` for the copy a restore keeps. */
export function backupFileName(createdAt: number, kind: 'daily' | 'manual' | 'before-restore'): string {
  const stamp = toIsoUtc(createdAt).slice(0, 19).replaceAll(':', '-');
  return `klok-${stamp}Z${kind === 'before-restore' ? '-before-restore' : ''}${BACKUP_EXTENSION}`;
}

/** When a backup was made, from its file name; null for a name Klok did not give. */
export function backupTimeOf(name: string): number | null {
  const m = /^klok-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z(?:-before-restore)?\.klokbackup$/.exec(name);
  if (!m) return null;
  const parsed = parseInstant(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`);
  return parsed.ok ? parsed.ms : null;
}
