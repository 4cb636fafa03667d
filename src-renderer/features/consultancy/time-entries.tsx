import { useState, type FormEvent } from 'react';
import type { Engagement, TimeEntry } from '../../../src-shared/consultancy/engagement';
import { editEntry, splitEntry } from '../../../src-shared/consultancy/engagement-commands';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, TextField } from '../../ui/fields';
import { formatLocalTime } from '../../ui/format';
import { NumberField, SubmitCancel, minutesOf } from './form-fields';
import { formatMinutes } from './money';
import { useEngagementCommand } from './mutations';

/** An engagement's time entries; unbilled ones can be edited and split, billed ones are locked. */
export function TimeEntries({ engagement }: { engagement: Engagement }) {
  const { t } = useI18n();
  if (engagement.entries.length === 0) return <p className="muted">{t('consultancy.entries.none')}</p>;
  return (
    <table className="entries-table">
      <caption>{t('consultancy.entries.caption', { title: engagement.title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('consultancy.entry.when')}</th>
          <th scope="col">{t('consultancy.entry.consultant')}</th>
          <th scope="col">{t('consultancy.entry.time')}</th>
          <th scope="col">{t('consultancy.entry.description')}</th>
          <th scope="col">{t('consultancy.entry.state')}</th>
          <th scope="col">{t('consultancy.entry.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {engagement.entries.map((entry) => (
          <EntryRow key={entry.id} engagement={engagement} entry={entry} />
        ))}
      </tbody>
    </table>
  );
}

function EntryRow({ engagement, entry }: { engagement: Engagement; entry: TimeEntry }) {
  const { t, locale } = useI18n();
  const [mode, setMode] = useState<'view' | 'edit' | 'split'>('view');
  const state = entry.billedBy
    ? t('consultancy.entry.billed')
    : entry.isRegularSupport
      ? t('consultancy.entry.regularSupportState')
      : entry.isProductUnusable
        ? t('consultancy.entry.productUnusableState')
        : engagement.purpose === 'query_support'
          ? t('consultancy.entry.queryState')
          : t('consultancy.entry.unbilled');
  return (
    <tr>
      <td>{formatLocalTime(entry.workedAt, locale)}</td>
      <td>{entry.consultant}</td>
      <td>{formatMinutes(t, entry.minutes)}</td>
      <td>{entry.description}</td>
      <td>{entry.correctionOf ? `${state} · ${t('consultancy.entry.correction')}` : state}</td>
      <td>
        {entry.billedBy ? null : mode === 'view' ? (
          <div className="button-row">
            <button type="button" aria-label={t('consultancy.entry.editNamed', { what: entry.description })} onClick={() => setMode('edit')}>
              {t('consultancy.entry.edit')}
            </button>
            {entry.minutes > 1 ? (
              <button type="button" aria-label={t('consultancy.entry.splitNamed', { what: entry.description })} onClick={() => setMode('split')}>
                {t('consultancy.entry.split')}
              </button>
            ) : null}
          </div>
        ) : (
          <EntryForm engagement={engagement} entry={entry} mode={mode} onDone={() => setMode('view')} />
        )}
      </td>
    </tr>
  );
}

function EntryForm({ engagement, entry, mode, onDone }: { engagement: Engagement; entry: TimeEntry; mode: 'edit' | 'split'; onDone: () => void }) {
  const { t } = useI18n();
  const command = useEngagementCommand();
  const [hours, setHours] = useState(mode === 'edit' ? String(Math.floor(entry.minutes / 60)) : '0');
  const [minutes, setMinutes] = useState(mode === 'edit' ? String(entry.minutes % 60) : '');
  const [description, setDescription] = useState(mode === 'edit' ? entry.description : '');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const total = minutesOf(hours, minutes);
    command.mutate(
      {
        engagementId: engagement.id,
        decide: (row, c) =>
          mode === 'edit'
            ? editEntry(row, entry.id, { minutes: total, description }, c.now)
            : splitEntry(row, entry.id, total, c.newId, description || undefined, c.now),
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="form inline-form" aria-label={t(mode === 'edit' ? 'consultancy.entry.edit' : 'consultancy.entry.split')} onSubmit={onSubmit}>
      <NumberField label={t('consultancy.entry.hours')} value={hours} onChange={setHours} min={0} max={24} />
      <NumberField label={t('consultancy.entry.minutes')} value={minutes} onChange={setMinutes} min={0} max={59} />
      <TextField
        label={t(mode === 'edit' ? 'consultancy.entry.description' : 'consultancy.entry.splitDescription')}
        value={description}
        onChange={setDescription}
      />
      <ErrorMessage error={command.error} />
      <SubmitCancel
        submitLabel={t(mode === 'edit' ? 'consultancy.entry.save' : 'consultancy.entry.split')}
        cancelLabel={t('consultancy.cancel')}
        isPending={command.isPending}
        onCancel={onDone}
      />
    </form>
  );
}
