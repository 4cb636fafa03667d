import { z } from 'zod';

/** Parameters of an issue's code: ids (a status, a priority…), names and numbers. */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * One problem with input data: where it is (a dotted path) and what rule it broke. `reason` is
 * English (the CLI prints `field: reason`); `code` and `params` say the same as data, so a screen
 * can say it in its own language (one without a text for the code shows `reason`).
 */
export interface InputIssue {
  readonly field: string;
  readonly reason: string;
  readonly code?: string;
  readonly params?: IssueParams;
}

/** An issue with its code and parameters. */
export function issue(field: string, reason: string, code: string, params?: IssueParams): InputIssue {
  return params ? { field, reason, code, params } : { field, reason, code };
}

/** Issues as one line of text: `field: reason; field: reason`. */
export function issuesText(issues: readonly InputIssue[]): string {
  return issues.map((i) => `${i.field}: ${i.reason}`).join('; ');
}

/** How much of a quoted input an error repeats: longer input is cut short (an error must not echo 10 MB). */
export const QUOTE_LIMIT = 60;

/** A value the user gave, as an error quotes it: whole when short, else its start and its length. */
export function shortened(text: string): string {
  return text.length <= QUOTE_LIMIT ? text : `${text.slice(0, QUOTE_LIMIT)}… (${text.length.toLocaleString('en-US')} characters)`;
}

/**
 * Parameters that list Klok's own values (the choices of a field, the known types), never the
 * user's input: bounded by the code, and useless cut short, so they stay whole.
 */
const LISTS_OF_OUR_OWN: ReadonlySet<string> = new Set(['options', 'known']);

/** The issue with every quoted input in its reason, and every text parameter but our own lists, cut short. */
function withShortQuotes(i: InputIssue): InputIssue {
  // Between every other pair of quotes: what the user gave (a scan, not a regular expression: input may be megabytes).
  const reason = i.reason
    .split('"')
    .map((part, index) => (index % 2 === 1 ? shortened(part) : part))
    .join('"');
  const params = i.params
    ? Object.fromEntries(
        Object.entries(i.params).map(([key, value]) => [key, typeof value === 'string' && !LISTS_OF_OUR_OWN.has(key) ? shortened(value) : value]),
      )
    : undefined;
  return params ? { ...i, reason, params } : { ...i, reason };
}

export class InputError extends Error {
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    const short = issues.map(withShortQuotes);
    super(issuesText(short));
    this.name = 'InputError';
    this.issues = short;
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
  return error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => issue(pathToField(prefix, [...i.path, key]), 'unknown field', 'unknown_field'))
      : [withZodCode(pathToField(prefix, i.path), i)],
  );
}

/**
 * The code of a schema issue: the one a refinement gave (`params.code`), or one for the common
 * schema rules (empty, too long, not one of the choices); none for the rest, whose message stays.
 */
function withZodCode(field: string, i: z.core.$ZodIssue): InputIssue {
  const reason = i.message;
  if (i.code === 'custom' && typeof i.params?.['code'] === 'string') {
    const { code, ...params } = i.params as { code: string } & Record<string, string | number>;
    return issue(field, reason, code, Object.keys(params).length > 0 ? params : undefined);
  }
  if (i.code === 'too_small' && i.origin === 'string' && Number(i.minimum) === 1) return issue(field, reason, 'empty');
  if (i.code === 'too_big' && i.origin === 'string') return issue(field, reason, 'too_long', { maximum: Number(i.maximum) });
  if (i.code === 'invalid_value') return issue(field, reason, 'one_of', { options: i.values.map(String).join(', ') });
  // A discriminated union names the discriminator's choices (zod 4 adds `options`, untyped).
  const choices = i.code === 'invalid_union' ? (i as { options?: unknown }).options : undefined;
  if (Array.isArray(choices) && choices.length > 0) return issue(field, reason, 'one_of', { options: choices.map(String).join(', ') });
  if (i.code === 'invalid_type' && WRONG_TYPES.has(i.expected)) return issue(field, reason, `wrong_type.${i.expected}`);
  if (i.code === 'too_small' && i.origin === 'number') return issue(field, reason, 'at_least', { minimum: Number(i.minimum) });
  if (i.code === 'too_big' && i.origin === 'number') return issue(field, reason, 'at_most', { maximum: Number(i.maximum) });
  return { field, reason };
}

/** The value types a schema issue names with a code of its own (`wrong_type.<expected>`). */
const WRONG_TYPES = new Set<string>(['string', 'number', 'int', 'boolean', 'array', 'object', 'record']);

/** A string matching `pattern`; one that does not is refused with `reason` and `code`. */
export function matching(pattern: RegExp, reason: string, code: string) {
  return z.string().refine((text) => pattern.test(text), { message: reason, params: { code } });
}

/** Parses `value` with `schema` or throws an InputError naming each bad field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new InputError(issuesFromZod(prefix, result.error));
  return result.data;
}
