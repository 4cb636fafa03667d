import { relative } from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface Noted {
  readonly title: string;
  readonly status: TestResult['status'];
  readonly annotations: readonly { readonly type: string; readonly description?: string | undefined }[];
}

/** `[project] › file:line:column › describe › title`, as the list reporter writes a test. */
function titleOf(test: TestCase): string {
  const [, project, , ...titles] = test.titlePath();
  const { file, line, column } = test.location;
  return [`[${project ?? ''}]`, `${relative(process.cwd(), file)}:${line}:${column}`, ...titles].join(' › ');
}

/**
 * Writes each test's annotations under the list reporter's summary: a skipped test says there
 * why it was skipped and how to run it, not only on the console while the config loads. The JSON
 * report (test-results/e2e-report.json) carries the same annotations for tools.
 */
class AnnotationsReporter implements Reporter {
  private readonly noted: Noted[] = [];

  printsToStdio(): boolean {
    return true;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const seen = new Set<string>();
    const annotations = [...test.annotations, ...result.annotations].filter((a) => {
      const key = `${a.type}\u0000${a.description ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (annotations.length > 0) this.noted.push({ title: titleOf(test), status: result.status, annotations });
  }

  onEnd(): void {
    if (this.noted.length === 0) return;
    const lines = ['', `  Annotations (${this.noted.length} ${this.noted.length === 1 ? 'test' : 'tests'}):`];
    for (const { title, status, annotations } of this.noted) {
      lines.push(`    ${title} (${status})`);
      for (const a of annotations) lines.push(`      ${a.type}: ${a.description ?? ''}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

// Playwright loads a reporter file by its default export.
// oxlint-disable-next-line import/no-default-export
export default AnnotationsReporter;
