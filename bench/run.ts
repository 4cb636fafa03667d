/**
 * `npm run bench`: prints Klok's speed figures. Benchmarks never fail the tests; the goals are
 * printed beside the figures so a regression is visible.
 */
import { cpus } from 'node:os';
import { benchCalendarOps, benchTicketClocks, type BenchFigure } from './engine-bench';
import { benchSlaCli } from './sla/sla-cli-bench';

// React's production build, as users run it.
process.env['NODE_ENV'] = 'production';
const { benchBoard } = await import('./board-bench');
const figures: BenchFigure[] = [...benchCalendarOps(), ...benchTicketClocks(), ...(await benchBoard()), ...benchSlaCli()];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Klok benchmarks — node ${process.version}, ${cpus().length} cores, ${cpu}`);
for (const f of figures) {
  console.log(`${f.name.padEnd(62)} ${f.value.toLocaleString('en-US').padStart(12)} ${f.unit.padEnd(6)} goal ${f.goal}`);
}
