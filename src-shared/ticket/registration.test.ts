import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { planOf } from '../test-support/ticket';
import { InputError, type InputIssue } from '../validation/issues';
import { createdEventFor, type Registration } from './registration';

const scope = planOf('scope4mation', 'support');
const konneqt = planOf('konneqt', 'enterprise');
const ctx = { id: 'ev-1', at: at('2026-03-02T09:00:00+01:00'), number: 'T-1001', customerId: 'c-1', by: 'Ann', workstation: 'ws-1' };
const form: Registration = {
  contractId: 'k-1',
  title: 'Login fails',
  description: 'Since this morning',
  type: 'bug',
  environment: 'production',
  channel: 'email',
  priority: 'normal',
};

function issuesOf(input: Registration, plan = scope): readonly InputIssue[] {
  try {
    createdEventFor(input, plan, ctx);
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('createdEventFor', () => {
  it('builds the created event from the form and the context', () => {
    expect(createdEventFor(form, scope, ctx)).toEqual({
      id: 'ev-1',
      kind: 'created',
      at: at('2026-03-02T09:00:00+01:00'),
      by: 'Ann',
      workstation: 'ws-1',
      number: 'T-1001',
      title: 'Login fails',
      description: 'Since this morning',
      customerId: 'c-1',
      contractId: 'k-1',
      type: 'bug',
      environment: 'production',
      channel: 'email',
      priority: 'normal',
    });
  });

  it('trims the title and leaves an absent description empty', () => {
    const { description: _, ...withoutDescription } = form;
    expect(createdEventFor({ ...withoutDescription, title: '  Login fails  ' }, scope, ctx)).toMatchObject({ title: 'Login fails', description: '' });
  });

  it('gives a ticket without a priority the plan default: Normal in production, Low elsewhere (Scope4mation)', () => {
    const { priority: _, ...noPriority } = form;
    expect(createdEventFor(noPriority, scope, ctx).priority).toBe('normal');
    expect(createdEventFor({ ...noPriority, environment: 'test' }, scope, ctx).priority).toBe('low');
    expect(createdEventFor({ ...noPriority, priority: '' }, scope, ctx).priority).toBe('normal');
  });

  it('registers a type without priorities (a Konneqt query) without one', () => {
    const event = createdEventFor({ ...form, type: 'query', priority: undefined }, konneqt, ctx);
    expect(event.type).toBe('query');
    expect('priority' in event).toBe(false);
  });

  it('takes High, which must be phoned in, from a phone call only', () => {
    expect(createdEventFor({ ...form, priority: 'high', channel: 'phone' }, scope, ctx)).toMatchObject({ priority: 'high', channel: 'phone' });
    expect(issuesOf({ ...form, priority: 'high' })).toEqual([
      {
        field: 'priority',
        reason: 'High must be phoned in: register it from the phone call (channel Phone)',
        code: 'registration.must_phone',
        params: { policy: 'scope4mation', plan: 'support', priority: 'high' },
      },
    ]);
  });

  it('refuses a type the policy does not have', () => {
    expect(issuesOf({ ...form, type: 'complaint' })).toEqual([
      {
        field: 'type',
        reason: '"complaint" is not a type of Scope4mation basic SLA',
        code: 'registration.unknown_type',
        params: { policy: 'scope4mation', plan: 'support', type: 'complaint' },
      },
    ]);
  });

  it('refuses a priority the plan has not got for the type, listing the ones it has', () => {
    expect(issuesOf({ ...form, priority: 'p1' })).toEqual([
      {
        field: 'priority',
        reason: '"p1" is not a priority for Bug; choose one of low, normal, high, saas_unavailable',
        code: 'registration.unknown_priority',
        params: { policy: 'scope4mation', plan: 'support', type: 'bug', priority: 'p1' },
      },
    ]);
  });

  it('refuses any priority for a type that carries none (a Konneqt query), saying so rather than listing no choices', () => {
    expect(issuesOf({ ...form, type: 'query', priority: 'p1' }, konneqt)).toEqual([
      {
        field: 'priority',
        reason: 'Query (general question) carries no priority: leave it empty',
        code: 'registration.no_priority',
        params: { policy: 'konneqt', plan: 'enterprise', type: 'query', priority: 'p1' },
      },
    ]);
  });

  it('refuses an incomplete form, naming each field in words', () => {
    expect(issuesOf({ ...form, contractId: '', title: '   ', type: '' })).toEqual([
      { field: 'contractId', reason: 'choose a customer and contract', code: 'empty' },
      { field: 'title', reason: 'must not be empty', code: 'empty' },
      { field: 'type', reason: 'choose a type', code: 'empty' },
    ]);
  });

  it('refuses a title over 300 characters and a description over 20,000', () => {
    expect(createdEventFor({ ...form, title: 'x'.repeat(300), description: 'y'.repeat(20_000) }, scope, ctx).title).toHaveLength(300);
    expect(issuesOf({ ...form, title: 'x'.repeat(301), description: 'y'.repeat(20_001) })).toEqual([
      { field: 'title', reason: 'must be at most 300 characters', code: 'too_long', params: { maximum: 300 } },
      { field: 'description', reason: 'must be at most 20,000 characters', code: 'too_long', params: { maximum: 20_000 } },
    ]);
  });

  it('refuses an environment or channel it does not know, listing the choices, and a field it does not know', () => {
    const input = { ...form, environment: 'staging', channel: 'fax', severity: 'high' } as unknown as Registration;
    expect(issuesOf(input)).toEqual([
      { field: 'environment', reason: 'must be one of production, acceptance, test', code: 'one_of', params: { options: 'production, acceptance, test' } },
      { field: 'channel', reason: 'must be one of portal, email, phone, monitoring', code: 'one_of', params: { options: 'portal, email, phone, monitoring' } },
      { field: 'severity', reason: 'unknown field', code: 'unknown_field' },
    ]);
  });
});
