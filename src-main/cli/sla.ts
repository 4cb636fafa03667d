/**
 * `npm run --silent sla -- batch`: reads a JSON array of queries on standard input and writes
 * the answers, in the same order, as a JSON array on standard output. The format is in README.md.
 */
import { readFileSync } from 'node:fs';
import { answerQuery, SlaContext } from '../../src-shared/sla-batch/answer-query';

/** Standard input as text, read in one go (as fast as reading a file). */
function readStdin(): string {
  return readFileSync(0, 'utf8');
}

async function main(args: readonly string[]): Promise<number> {
  if (args[0] !== 'batch') {
    process.stderr.write('usage: npm run --silent sla -- batch  < queries.json\n');
    return 2;
  }
  let queries: unknown;
  try {
    queries = JSON.parse(readStdin());
  } catch (error) {
    process.stderr.write(`sla: standard input is not JSON: ${(error as Error).message}\n`);
    return 2;
  }
  if (!Array.isArray(queries)) {
    process.stderr.write('sla: standard input must be a JSON array of queries\n');
    return 2;
  }
  const context = new SlaContext();
  process.stdout.write(`${JSON.stringify(queries.map((q) => answerQuery(context, q)))}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sla: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
