// The floor the `sla` command is measured against: read the same queries, parse them, read each
// start with Date, and write one answer each as JSON — no engine, no validation.
import { readFileSync } from 'node:fs';

const queries = JSON.parse(readFileSync(0, 'utf8'));
const answers = queries.map((q) => ({ due: new Date(new Date(q.start).getTime() + q.minutes * 60_000).toISOString() }));
process.stdout.write(`${JSON.stringify(answers)}\n`);
