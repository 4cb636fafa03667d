import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError, issuesFromZod, parseOrThrow } from './issues';

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
      expect(issuesOf(due, { start: 'x', minutes: 5, minuets: 5 })).toEqual([{ field: 'minuets', reason: 'unknown field' }]);
    });

    it('names the field under its path, inside a list, after the prefix', () => {
      const value = { events: [{ kind: 'created' }, { kind: 'noted' }, { kind: 'status_changed', stauts: 'closed' }] };
      expect(issuesOf(ticket, value, 'ticket')).toEqual([{ field: 'ticket.events[2].stauts', reason: 'unknown field' }]);
    });

    it('gives one issue per unknown field, in the order they came', () => {
      expect(issuesOf(due, { start: 'x', minutes: 5, minuets: 5, secs: 1 })).toEqual([
        { field: 'minuets', reason: 'unknown field' },
        { field: 'secs', reason: 'unknown field' },
      ]);
    });
  });

  describe('given any other problem', () => {
    it("names the field and keeps the schema's reason", () => {
      expect(issuesOf(due, { start: 'x', minutes: 'five' }, 'query')).toEqual([{ field: 'query.minutes', reason: 'must be a number' }]);
    });

    it('names the root "(root)" when the whole value is wrong and there is no prefix', () => {
      expect(issuesOf(z.undefined({ message: 'takes no argument' }), { a: 1 })).toEqual([{ field: '(root)', reason: 'takes no argument' }]);
    });
  });
});

describe('parseOrThrow', () => {
  it('throws an InputError whose message lists every issue', () => {
    const parse = () => parseOrThrow(due, { start: 'x', minutes: 5, minuets: 5, secs: 1 }, '');
    expect(parse).toThrow(InputError);
    expect(parse).toThrow(/^minuets: unknown field; secs: unknown field$/);
  });
});
