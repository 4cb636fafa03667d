import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useNow } from '../../clock/app-clock';
import { useI18n } from '../../i18n/i18n';
import type { BoardEntry } from './board-entries';
import { BoardRow } from './board-row';
import type { TriageKey } from './triage';

const ROW_HEIGHT = 44;

interface QueueProps {
  readonly entries: readonly BoardEntry[];
  readonly selectedId: string | null;
  /** The selected ticket's place in `entries` (-1: not there). */
  readonly selectedIndex: number;
  readonly onSelect: (id: string) => void;
  readonly onTriage: (key: TriageKey) => void;
  readonly onCloseAdministratively: (id: string) => void;
}

/** The queue with its one-second tick: only this subtree re-renders every second. */
export function LiveQueueView(props: QueueProps) {
  const now = useNow(1000);
  return <QueueView {...props} now={now} />;
}

/**
 * The queue, most urgent first, as a virtualised grid: only the rows in view exist, and the
 * one-second tick re-renders only them. Arrow keys, Home/End and Page keys move the selection;
 * Enter opens the ticket, R responds, E escalates, P jumps to its priority.
 */
export function QueueView({ entries, selectedId, selectedIndex, onSelect, onTriage, onCloseAdministratively, now }: QueueProps & { now: number }) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 1200, height: 800 },
  });
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const move = (index: number) => {
    const target = entries[Math.max(0, Math.min(entries.length - 1, index))];
    if (target) onSelect(target.row.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(selectedIndex + 1),
      ArrowUp: () => move(selectedIndex - 1),
      Home: () => move(0),
      End: () => move(entries.length - 1),
      PageDown: () => move(selectedIndex + page),
      PageUp: () => move(selectedIndex - page),
      Enter: () => onTriage('open'),
      r: () => onTriage('respond'),
      e: () => onTriage('escalate'),
      p: () => onTriage('priority'),
    };
    const action = keys[event.key];
    if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      action();
    }
  };

  return (
    <div
      role="grid"
      aria-label={t('board.label')}
      aria-rowcount={entries.length + 1}
      aria-activedescendant={selectedId ? `ticket-row-${selectedId}` : undefined}
      aria-describedby="queue-keys"
      aria-keyshortcuts="ArrowUp ArrowDown Home End PageUp PageDown Enter R E P"
      tabIndex={0}
      className="queue"
      onKeyDown={onKeyDown}
    >
      <p id="queue-keys" className="sr-only">
        {t('board.keys')}
      </p>
      <div role="row" aria-rowindex={1} className="board-row board-head">
        <span role="columnheader">{t('board.col.ticket')}</span>
        <span role="columnheader">{t('board.col.title')}</span>
        <span role="columnheader">{t('board.col.customer')}</span>
        <span role="columnheader">{t('board.col.priority')}</span>
        <span role="columnheader">{t('board.col.status')}</span>
        <span role="columnheader">{t('board.col.next')}</span>
        <span role="columnheader">{t('board.col.remaining')}</span>
      </div>
      <div ref={scrollRef} className="queue-scroll">
        {entries.length === 0 ? <p className="muted">{t('board.empty')}</p> : null}
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index];
            return entry ? (
              <BoardRow
                key={entry.row.id}
                entry={entry}
                now={now}
                index={item.index}
                isSelected={entry.row.id === selectedId}
                onSelect={onSelect}
                onCloseAdministratively={onCloseAdministratively}
                top={item.start}
              />
            ) : null;
          })}
        </div>
      </div>
    </div>
  );
}
