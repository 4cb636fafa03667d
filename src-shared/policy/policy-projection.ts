import type { CalendarSpec } from '../calendar/calendar-spec';
import type { DeskEvent } from '../desk-log/desk-event';
import type { AdoptedVersion, DeskPolicy } from './desk-policy';
import { presetVersion } from './desk-policy';
import type { Policy } from './policy-types';

/**
 * A desk policy from its stream (in log order): every `policy.adopted` is the next version,
 * numbered after the preset's 1 when the policy has a preset. The policy takes the stream's id.
 */
export function policyFromLog(id: string, events: readonly DeskEvent[]): DeskPolicy | null {
  const first = presetVersion(id) ? 2 : 1;
  const versions: AdoptedVersion[] = events
    .filter((e) => e.kind === 'policy.adopted')
    .map((e, i) => {
      const p = e.payload;
      return {
        versionId: e.id,
        number: first + i,
        adoptedAt: p['at'] as number,
        by: e.by,
        ...(typeof p['note'] === 'string' ? { note: p['note'] } : {}),
        policy: { ...(p['policy'] as unknown as Policy), id },
        calendars: p['calendars'] as Record<string, CalendarSpec>,
      };
    });
  return versions.length > 0 ? { id, versions } : null;
}
