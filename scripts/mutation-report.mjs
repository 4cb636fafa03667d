// Prints the mutation score per folder and every surviving (or uncovered) mutant, from the
// incremental state the mutation runs keep (reports/mutation/*.incremental.json).
// `node scripts/mutation-report.mjs` for the table; add `--survivors` for the list.
import { readdirSync, readFileSync } from 'node:fs';

const dir = 'reports/mutation';
const showSurvivors = process.argv.includes('--survivors');
const rows = [];
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.incremental.json'))
  .sort()) {
  const report = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8'));
  const count = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
  const survivors = [];
  for (const [path, file] of Object.entries(report.files)) {
    const lines = file.source.split('\n');
    for (const m of file.mutants) {
      if (m.status === 'Killed') count.killed++;
      else if (m.status === 'Timeout') count.timeout++;
      else if (m.status === 'Survived' || m.status === 'NoCoverage') {
        count[m.status === 'Survived' ? 'survived' : 'noCoverage']++;
        const line = m.location.start.line;
        survivors.push(
          `  ${m.status === 'Survived' ? 'survived' : 'no test '} ${path}:${line} ${m.mutatorName}: ${(lines[line - 1] ?? '').trim().slice(0, 90)} → ${String(m.replacement ?? '').slice(0, 50)}`,
        );
      } else count.other++;
    }
  }
  const detected = count.killed + count.timeout;
  const valid = detected + count.survived + count.noCoverage;
  rows.push({ folder: name.replace('.incremental.json', '').replaceAll('__', '/'), score: valid ? (100 * detected) / valid : 0, ...count, survivors });
}
console.log('| folder | score | killed | timeout | survived | no test |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.folder} | ${r.score.toFixed(1)} % | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} |`);
if (showSurvivors) for (const r of rows) if (r.survivors.length) console.log(`\n${r.folder}\n${r.survivors.join('\n')}`);
