import { describe, expect, it } from 'vitest';
import { at } from '../test-support/instants';
import { InputError } from '../validation/issues';
import { checkCallSave, type CallSave } from './call-input';

// Mon 2 March 2026, 09:00 in Amsterdam; the call lasts 5 minutes.
const START = at('2026-03-02T09:00:00+01:00');
const times = { startedAt: START, endedAt: START + 300_000, now: START + 300_000 };
const valid: CallSave = {
  ticketId: 't1',
  reason: 'expedite',
  outcome: 'logged_only',
  note: 'asked for news',
  direction: 'in',
  caller: ' Kees ',
  phone: '030 200 1234',
};

function issuesOf(input: CallSave, t = times) {
  try {
    checkCallSave(input, t);
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => [i.field, i.code]);
    throw error;
  }
  return [];
}

describe('checkCallSave', () => {
  it('turns a valid call into its logged payload, the number in E.164', () => {
    expect(checkCallSave(valid, times)).toEqual({
      at: START + 300_000,
      ticketId: 't1',
      reason: 'expedite',
      outcome: 'logged_only',
      note: 'asked for news',
      direction: 'in',
      caller: 'Kees',
      phone: '+31302001234',
    });
  });

  it('refuses a call without a ticket: a call must concern an existing ticket', () => {
    expect(issuesOf({ ...valid, ticketId: ' ' })).toEqual([['ticketId', 'phone.ticket_required']]);
  });

  it('refuses a call without a reason or a note', () => {
    expect(issuesOf({ ...valid, reason: '', note: '' })).toEqual([
      ['callReason', 'phone.reason_required'],
      ['note', 'command.call_note_required'],
    ]);
  });

  it('refuses an unparseable number', () => {
    expect(issuesOf({ ...valid, phone: 'call me' })).toEqual([['phone', 'phone.invalid_number']]);
  });

  it('takes a call without a number', () => {
    expect(checkCallSave({ ...valid, phone: '' }, times)).not.toHaveProperty('phone');
  });

  it('refuses an end before the start, and takes an end at the start', () => {
    expect(issuesOf(valid, { ...times, endedAt: START - 1 })).toEqual([['endedAt', 'phone.end_before_start']]);
    expect(issuesOf(valid, { ...times, endedAt: START })).toEqual([]);
  });

  it('refuses a callback in the past or now, and one without a time', () => {
    const callback = { ...valid, outcome: 'callback_scheduled' as const };
    expect(issuesOf({ ...callback, callbackAt: times.now })).toEqual([['callbackAt', 'phone.callback_in_past']]);
    expect(issuesOf({ ...callback, callbackAt: null })).toEqual([['callbackAt', 'phone.callback_required']]);
    expect(checkCallSave({ ...callback, callbackAt: times.now + 1 }, times)).toMatchObject({ callbackAt: times.now + 1 });
  });

  it('asks where an outcome moves the ticket to', () => {
    expect(issuesOf({ ...valid, outcome: 'priority_changed' })).toEqual([['priority', 'phone.priority_required']]);
    expect(issuesOf({ ...valid, outcome: 'escalated' })).toEqual([['line', 'phone.line_required']]);
  });

  it('keeps only the detail its outcome uses', () => {
    const payload = checkCallSave({ ...valid, priority: 'high', line: 'second', callbackAt: times.now + 1 }, times);
    expect(payload).not.toHaveProperty('priority');
    expect(payload).not.toHaveProperty('line');
    expect(payload).not.toHaveProperty('callbackAt');
  });
});

describe('checkCallSave, more', () => {
  function reasonsOf(input: CallSave, t = times) {
    try {
      checkCallSave(input, t);
    } catch (error) {
      if (error instanceof InputError) return error.issues.map((i) => [i.field, i.reason]);
      throw error;
    }
    return [];
  }

  it('says in words what each refusal is about', () => {
    expect(reasonsOf({ ...valid, ticketId: '', reason: '', note: '' }, { ...times, endedAt: START - 1 })).toEqual([
      ['ticketId', 'a call must concern an existing ticket: register the ticket first, from the call'],
      ['callReason', 'say why the call was made'],
      ['note', 'say what the call was about'],
      ['endedAt', 'the call cannot end before it started'],
    ]);
    expect(reasonsOf({ ...valid, outcome: 'priority_changed' })).toEqual([['priority', 'choose the new priority']]);
    expect(reasonsOf({ ...valid, outcome: 'escalated' })).toEqual([['line', 'choose the line to escalate to']]);
    expect(reasonsOf({ ...valid, outcome: 'callback_scheduled', callbackAt: null })).toEqual([['callbackAt', 'say when to call back']]);
    expect(reasonsOf({ ...valid, outcome: 'callback_scheduled', callbackAt: times.now })).toEqual([['callbackAt', 'a callback cannot lie in the past']]);
  });

  it('refuses a note of spaces only, and a callback scheduled without any time given', () => {
    expect(issuesOf({ ...valid, note: '   ' })).toEqual([['note', 'command.call_note_required']]);
    const { callbackAt: _none, ...noTime } = { ...valid, outcome: 'callback_scheduled' as const, callbackAt: undefined };
    expect(issuesOf(noTime)).toEqual([['callbackAt', 'phone.callback_required']]);
  });

  it('takes a number of spaces only, and a caller of spaces only, as none given', () => {
    const payload = checkCallSave({ ...valid, phone: '   ', caller: '   ' }, times);
    expect(payload).not.toHaveProperty('phone');
    expect(payload).not.toHaveProperty('caller');
  });

  it('saves the note trimmed, with the customer, and the priority or line its outcome moves the ticket to', () => {
    expect(checkCallSave({ ...valid, note: '  asked for news  ', customerId: 'u1' }, times)).toMatchObject({ note: 'asked for news', customerId: 'u1' });
    expect(checkCallSave({ ...valid, outcome: 'priority_changed', priority: 'high' }, times)).toMatchObject({ outcome: 'priority_changed', priority: 'high' });
    expect(checkCallSave({ ...valid, outcome: 'escalated', line: 'second' }, times)).toMatchObject({ outcome: 'escalated', line: 'second' });
  });
});
