import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError, issue, issuesFromZod, matching, parseOrThrow } from './issues';

const due = z.object({ start: z.string(), minutes: z.number({ message: 'must be a number' }) }).strict();
const ticket = z.object({ events: z.array(z.object({ kind: z.string(), status: z.string().optional() }).strict()) }).strict();

function issuesOf(schema: z.ZodType, value: unknown, prefix = '') {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be refused`);
  return issuesFromZod(prefix, result.error);
}

describe('issuesFromZod', () => {
  describe('given an unknown field', () => {
    it('names the field itself at the top level', () => {
      expect(issuesOf(due, { start: 'x', minutes: 5, minuets: 5 })).toEqual([{ field: 'minuets', reason: 'unknown field', code: 'unknown_field' }]);
    });

    it('names the field under its path, inside a list, after the prefix', () => {
      const value = { events: [{ kind: 'created' }, { kind: 'noted' }, { kind: 'status_changed', stauts: 'closed' }] };
      expect(issuesOf(ticket, value, 'ticket')).toEqual([{ field: 'ticket.events[2].stauts', reason: 'unknown field', code: 'unknown_field' }]);
    });

    it('gives one issue per unknown field, in the order they came', () => {
      expect(issuesOf(due, { start: 'x', minutes: 5, minuets: 5, secs: 1 })).toEqual([
        { field: 'minuets', reason: 'unknown field', code: 'unknown_field' },
        { field: 'secs', reason: 'unknown field', code: 'unknown_field' },
      ]);
    });
  });

  describe('given any other problem', () => {
    it("names the field and keeps the schema's reason", () => {
      expect(issuesOf(due, { start: 'x', minutes: 'five' }, 'query')).toEqual([
        { field: 'query.minutes', reason: 'must be a number', code: 'wrong_type.number' },
      ]);
    });

    it('names the root "(root)" when the whole value is wrong and there is no prefix', () => {
      expect(issuesOf(z.undefined({ message: 'takes no argument' }), { a: 1 })).toEqual([{ field: '(root)', reason: 'takes no argument' }]);
    });
  });
});

describe('issuesFromZod codes, for a screen to say them in its own language', () => {
  const form = z.object({ title: z.string().trim().min(1, 'must not be empty').max(5, 'must be at most 5 characters'), channel: z.enum(['portal', 'phone']) });
  it('codes an empty text, a text too long and a value outside the choices, keeping the English reason', () => {
    expect(issuesOf(form, { title: ' ', channel: 'fax' })).toEqual([
      { field: 'title', reason: 'must not be empty', code: 'empty' },
      { field: 'channel', reason: expect.any(String), code: 'one_of', params: { options: 'portal, phone' } },
    ]);
    expect(issuesOf(form, { title: 'too long', channel: 'phone' })).toEqual([
      { field: 'title', reason: 'must be at most 5 characters', code: 'too_long', params: { maximum: 5 } },
    ]);
  });
  it("takes a refinement's own code and parameters", () => {
    const at = z.string().superRefine((v, ctx) => ctx.addIssue({ code: 'custom', message: `"${v}" is no instant`, params: { code: 'instant', text: v } }));
    expect(issuesOf(at, 'tuesday')).toEqual([{ field: '(root)', reason: '"tuesday" is no instant', code: 'instant', params: { text: 'tuesday' } }]);
  });
  it('codes a value of the wrong type, a number out of range and a choice of a discriminated union', () => {
    const range = z.object({ n: z.number().int('whole').min(1, 'at least 1').max(9, 'at most 9') });
    expect(issuesOf(range, { n: 'five' })).toEqual([{ field: 'n', reason: expect.any(String), code: 'wrong_type.number' }]);
    expect(issuesOf(range, { n: 1.5 })).toEqual([{ field: 'n', reason: 'whole', code: 'wrong_type.int' }]);
    expect(issuesOf(range, { n: 0 })).toEqual([{ field: 'n', reason: 'at least 1', code: 'at_least', params: { minimum: 1 } }]);
    expect(issuesOf(range, { n: 10 })).toEqual([{ field: 'n', reason: 'at most 9', code: 'at_most', params: { maximum: 9 } }]);
    const kinds = z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })], { message: 'no such kind' });
    expect(issuesOf(kinds, { kind: 'c' })).toEqual([{ field: 'kind', reason: 'no such kind', code: 'one_of', params: { options: 'a, b' } }]);
  });
  it('codes a text that does not match its pattern (matching)', () => {
    expect(issuesOf(matching(/^[A-Z]+$/, 'must be capitals', 'capitals'), 'abc')).toEqual([{ field: '(root)', reason: 'must be capitals', code: 'capitals' }]);
  });
  it('leaves other issues without a code', () => {
    expect(issuesOf(z.object({ d: z.date({ message: 'a date' }) }), { d: 'x' })[0]).toEqual({ field: 'd', reason: 'a date' });
  });
});

describe('parseOrThrow', () => {
  it('throws an InputError whose message lists every issue', () => {
    const parse = () => parseOrThrow(due, { start: 'x', minutes: 5, minuets: 5, secs: 1 }, '');
    expect(parse).toThrow(InputError);
    expect(parse).toThrow(/^minuets: unknown field; secs: unknown field$/);
  });
});

describe('the codes of schema issues', () => {
  it('names no code for a rule it has none for: a text shorter than its minimum above 1, a list too short or too long, a number off its step', () => {
    expect(issuesOf(z.object({ code: z.string().min(3, 'at least 3 characters') }), { code: 'ab' })).toEqual([
      { field: 'code', reason: 'at least 3 characters' },
    ]);
    expect(issuesOf(z.object({ tags: z.array(z.string()).min(1, 'at least one tag') }), { tags: [] })).toEqual([{ field: 'tags', reason: 'at least one tag' }]);
    expect(issuesOf(z.object({ tags: z.array(z.string()).max(1, 'one tag at most') }), { tags: ['a', 'b'] })).toEqual([
      { field: 'tags', reason: 'one tag at most' },
    ]);
    expect(issuesOf(z.object({ step: z.number().multipleOf(5, 'a multiple of 5') }), { step: 7 })).toEqual([{ field: 'step', reason: 'a multiple of 5' }]);
  });

  it('takes a text matching the pattern and refuses one that does not, with the code given', () => {
    const id = matching(/^[a-z]+$/, 'lower-case letters only', 'id.format');
    expect(id.safeParse('abc').success).toBe(true);
    expect(issuesOf(z.object({ id }), { id: 'A1' })).toEqual([{ field: 'id', reason: 'lower-case letters only', code: 'id.format' }]);
  });
});

describe('InputError', () => {
  it('repeats a long input cut short, with its length, in the reason and the parameters', () => {
    const long = 'x'.repeat(10_000_000);
    const error = new InputError([issue('start', `"${long}" must be an ISO-8601 date-time`, 'instant.format', { text: long })]);
    expect(error.message).toBe(`start: "${'x'.repeat(60)}… (10,000,000 characters)" must be an ISO-8601 date-time`);
    expect(error.issues[0]?.params).toEqual({ text: `${'x'.repeat(60)}… (10,000,000 characters)` });
  });

  it("keeps a list of Klok's own choices whole, however long, while the input beside it is cut short", () => {
    const options = Array.from({ length: 30 }, (_, i) => `status_${i}`).join(', ');
    const long = 'y'.repeat(500);
    const error = new InputError([
      issue('status', 'not one of the choices', 'one_of', { options }),
      issue('type', `unknown type "${long}"; known: ${options}`, 'ticket.unknown_type', { type: long, known: options }),
    ]);
    expect(error.issues.map((i) => i.params)).toEqual([{ options }, { type: `${'y'.repeat(60)}… (500 characters)`, known: options }]);
    expect(options.length).toBeGreaterThan(60);
  });

  it('leaves an input of exactly the limit whole', () => {
    const sixty = 'z'.repeat(60);
    expect(new InputError([issue('start', `"${sixty}" is no date`, 'instant.format', { text: sixty })]).issues[0]?.params).toEqual({ text: sixty });
  });

  it('leaves a short input whole', () => {
    const error = new InputError([issue('start', '"tomorrow" must be an ISO-8601 date-time', 'instant.format', { text: 'tomorrow' })]);
    expect(error.message).toBe('start: "tomorrow" must be an ISO-8601 date-time');
    expect(error.issues[0]?.params).toEqual({ text: 'tomorrow' });
  });
});
