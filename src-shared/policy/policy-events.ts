import { z } from 'zod';
import type { KindDef } from '../desk-log/event-kinds';
import { instant, note } from '../desk-log/payload-fields';
import { InputError } from '../validation/issues';
import { checkPolicyVersion } from './desk-policy';

/** "policy.plans[0].calendar" → ["policy", "plans", 0, "calendar"]: an issue's field as a schema path. */
function fieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] as string)));
}

/**
 * The policy stream's one event (the stream is the policy's id): a version adopted. The payload
 * carries the whole policy and the calendars it uses, checked as the editor checks them, so a
 * version that does not compile never enters the log (from a desk file or the sync server either).
 */
const adopted = z
  .object({ at: instant, policy: z.record(z.string(), z.unknown()), calendars: z.record(z.string(), z.record(z.string(), z.unknown())), note })
  .strict()
  .superRefine((p, ctx) => {
    try {
      checkPolicyVersion(String(p.policy['id']), p.policy, p.calendars);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      for (const i of error.issues)
        ctx.addIssue({ code: 'custom', path: fieldPath(i.field), message: i.reason, params: i.code ? { code: i.code, ...i.params } : {} });
    }
  });

export const POLICY_KINDS = {
  'policy.adopted': { projection: 'policy', v: 1, payload: adopted },
} satisfies Record<string, KindDef>;
