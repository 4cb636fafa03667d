import { checkDeskEvents } from '../desk-log/desk-event-schema';
import type { DeskEvent } from '../desk-log/desk-event';
import { HLC_ZERO, type Hlc } from '../desk-log/hlc';
import { streamsOf } from '../desk-log/project-desk';
import { stampEvents, type EventDraft } from '../desk-log/stamp-events';
import type { BillingRun, Engagement } from './engagement';
import { billingRunFromLog, engagementFromLog } from './engagement-projection';

/**
 * A desk log in memory for consultancy tests (tests only): drafts are stamped, checked against
 * their kinds' schemas like every write, and folded by the projections' reducers.
 */
export class ConsultancyTestDesk {
  readonly events: DeskEvent[] = [];
  private clock: Hlc = HLC_ZERO;
  private ids = 0;

  newId = (): string => `id-${++this.ids}`;

  write(drafts: EventDraft | readonly EventDraft[], now: number, by = 'Ann'): void {
    const list = Array.isArray(drafts) ? drafts : [drafts as EventDraft];
    const { events, clock } = stampEvents(list, { deskId: 'desk-1', workstation: 'ws-1', by, newId: this.newId }, this.clock, now);
    this.clock = clock;
    this.events.push(...checkDeskEvents(events));
  }

  engagement(id: string): Engagement {
    const row = engagementFromLog(id, streamsOf(this.events).get('engagement')?.get(id) ?? []);
    if (!row) throw new Error(`no engagement ${id}`);
    return row;
  }

  engagements(): Engagement[] {
    return [...(streamsOf(this.events).get('engagement')?.keys() ?? [])].map((id) => this.engagement(id));
  }

  run(id: string): BillingRun {
    const row = billingRunFromLog(id, streamsOf(this.events).get('billing_run')?.get(id) ?? []);
    if (!row) throw new Error(`no run ${id}`);
    return row;
  }
}
