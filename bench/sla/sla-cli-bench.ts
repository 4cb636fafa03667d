/**
 * The `sla` command against the JSON floor (bench/sla/json-floor.mjs) on the same 300,000 `due`
 * queries, CPU time of each whole process, side by side (issue 11's goal: within 3×).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchFigure } from '../engine-bench';

const CALENDARS = ['scope4mation-office', 'konneqt-enterprise-8x5', 'connect-engage-business', 'konneqt-americas-12x5'];
const ZONES = ['+01:00', '+02:00', 'Z', '-05:00'];

/** `n` well-formed `due` queries from a fixed seed. */
export function dueQueries(n: number): string {
  let seed = 20_261_130;
  const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const base = Date.UTC(2026, 0, 1);
  const queries = Array.from({ length: n }, () => {
    const start = new Date(base + Math.floor(rnd() * 730 * 24 * 60) * 60_000).toISOString().slice(0, 19);
    const zone = ZONES[Math.floor(rnd() * ZONES.length)] as string;
    return { op: 'due', calendar: CALENDARS[Math.floor(rnd() * CALENDARS.length)], start: `${start}${zone}`, minutes: Math.floor(rnd() * 5_000) };
  });
  return JSON.stringify(queries);
}

function cpuMsOf(args: readonly string[], input: string, dir: string): { ms: number; output: string } {
  const report = join(dir, `cpu-${Math.random()}`);
  const run = spawnSync(process.execPath, ['--import', new URL('./cpu-report.mjs', import.meta.url).pathname, ...args], {
    input,
    env: { ...process.env, KLOK_CPU_REPORT: report },
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  return { ms: Number(readFileSync(report, 'utf8')) / 1000, output: run.stdout };
}

export function benchSlaCli(n = Number(process.env['KLOK_BENCH_SLA_QUERIES'] ?? 300_000)): BenchFigure[] {
  const dir = mkdtempSync(join(tmpdir(), 'klok-sla-bench-'));
  try {
    const input = dueQueries(n);
    writeFileSync(join(dir, 'queries.json'), input);
    const median = (f: () => number) => {
      const xs = [f(), f(), f()].sort((a, b) => a - b);
      return xs[1] as number;
    };
    const floor = median(() => cpuMsOf([new URL('./json-floor.mjs', import.meta.url).pathname], input, dir).ms);
    let errors = 0;
    const sla = median(() => {
      const run = cpuMsOf([new URL('../../scripts/sla.mjs', import.meta.url).pathname, 'batch'], input, dir);
      errors = (JSON.parse(run.output) as Record<string, unknown>[]).filter((a) => 'error' in a).length;
      return run.ms;
    });
    if (errors > 0) throw new Error(`the sla command answered ${errors} of ${n} well-formed queries with an error`);
    return [
      { name: `JSON floor: ${n.toLocaleString('en-US')} due queries (CPU)`, value: Math.round(floor), unit: 'ms', goal: '—' },
      { name: `sla batch: ${n.toLocaleString('en-US')} due queries (CPU)`, value: Math.round(sla), unit: 'ms', goal: '—' },
      { name: 'sla batch ÷ JSON floor (CPU time)', value: Math.round((sla / floor) * 100) / 100, unit: '×', goal: '< 3' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
