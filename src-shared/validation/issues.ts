import type { z } from 'zod';

/** One problem with input data: where it is (a dotted path) and what rule it broke. */
export interface InputIssue {
  readonly field: string;
  readonly reason: string;
}

/** Issues as one line of text: `field: reason; field: reason`. */
export function issuesText(issues: readonly InputIssue[]): string {
  return issues.map((i) => `${i.field}: ${i.reason}`).join('; ');
}

export class InputError extends Error {
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    super(issuesText(issues));
    this.name = 'InputError';
    this.issues = issues;
  }
}

export function pathToField(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** One issue per schema issue, named by its field; an unknown field is named as the field itself (one issue per key). */
export function issuesFromZod(prefix: string, error: z.ZodError): InputIssue[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: pathToField(prefix, [...issue.path, key]), reason: 'unknown field' }))
      : [{ field: pathToField(prefix, issue.path), reason: issue.message }],
  );
}

/** Parses `value` with `schema` or throws an InputError naming each bad field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new InputError(issuesFromZod(prefix, result.error));
  return result.data;
}
