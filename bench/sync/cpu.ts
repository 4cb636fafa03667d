import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds used so far by this process, by the server's, and by every `postgres` process (the
 * benchmark's own cluster: nothing else should run PostgreSQL meanwhile), from /proc (Linux).
 */
export interface CpuSplit {
  readonly bench: number;
  readonly server: number;
  readonly postgres: number;
}

/** A reading: this process's and the server's CPU seconds, and each postgres process's. */
export interface CpuReading {
  readonly bench: number;
  readonly server: number;
  readonly postgres: ReadonlyMap<string, number>;
}

const TICKS_PER_SECOND = 100;

function procCpu(pid: number | string): { comm: string; seconds: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // fields[0] is the state (stat field 3): utime and stime are stat fields 14 and 15.
    return { comm, seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

export function cpuReading(serverPid: number | undefined): CpuReading {
  const own = process.cpuUsage();
  const postgres = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    const p = procCpu(pid);
    if (p?.comm === 'postgres') postgres.set(pid, p.seconds);
  }
  return { bench: (own.user + own.system) / 1e6, server: serverPid === undefined ? 0 : (procCpu(serverPid)?.seconds ?? 0), postgres };
}

/**
 * CPU seconds between two readings. A postgres backend that ended in between (an idle pool
 * connection closed) takes its seconds with it: the postgres figure is a lower bound.
 */
export function cpuSince(before: CpuReading, after: CpuReading): CpuSplit {
  let postgres = 0;
  for (const [pid, seconds] of after.postgres) postgres += seconds - (before.postgres.get(pid) ?? 0);
  return { bench: after.bench - before.bench, server: after.server - before.server, postgres };
}
