// Preloaded into each timed process (`node --import`): at exit, writes its CPU time (user +
// system, microseconds) to the file named by KLOK_CPU_REPORT. Both sides of the comparison load it.
import { writeFileSync } from 'node:fs';

const file = process.env.KLOK_CPU_REPORT;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, String(user + system));
  });
}
