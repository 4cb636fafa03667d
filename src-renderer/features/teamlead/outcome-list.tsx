import { useEffect, useRef } from 'react';
import type { DecidedOutcome } from '../../../src-shared/teamlead/attainment-table';
import { useI18n } from '../../i18n/i18n';
import { formatDuration, formatInstant } from '../../ui/format';

/** The tickets behind a figure: what the drill-down lists. */
export interface Drill {
  readonly title: string;
  readonly outcomes: readonly (DecidedOutcome & { readonly elapsedMs?: number })[];
  /** Show each ticket's business time to resolution (resolution in practice). */
  readonly showsTook: boolean;
}

/**
 * The tickets behind a figure, each opening in the detail (with its explained clocks). Takes the
 * focus when it opens, so a keyboard user lands on the list they asked for.
 */
export function OutcomeList({
  drill,
  customers,
  onSelect,
  onClose,
}: {
  drill: Drill;
  customers: ReadonlyMap<string, string>;
  onSelect: (ticketId: string) => void;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [drill]);
  return (
    <section aria-labelledby="attain-drill-heading" className="drill">
      <h4 id="attain-drill-heading" tabIndex={-1} ref={heading}>
        {drill.title}
      </h4>
      <table aria-labelledby="attain-drill-heading">
        <thead>
          <tr>
            <th scope="col">{t('board.col.ticket')}</th>
            <th scope="col">{t('board.col.customer')}</th>
            <th scope="col">{t('lead.col.target')}</th>
            <th scope="col">{t('attain.drill.outcome')}</th>
            <th scope="col">{t('attain.drill.when')}</th>
            {drill.showsTook ? <th scope="col">{t('practice.col.took')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {drill.outcomes.map((o) => (
            <tr key={`${o.ticketId}|${o.timer}`}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onSelect(o.ticketId)}>
                  {o.number}
                </button>
              </th>
              <td>{customers.get(o.customerId) ?? ''}</td>
              <td>{t(`timer.${o.timer}`)}</td>
              <td>{t(`attain.outcome.${o.outcome}`)}</td>
              <td>{formatInstant(o.at, o.zone, locale)}</td>
              {drill.showsTook ? <td>{formatDuration(o.elapsedMs ?? 0, false)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        {t('attain.drill.close')}
      </button>
    </section>
  );
}
