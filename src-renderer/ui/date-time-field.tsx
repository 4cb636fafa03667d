import { DateTime } from 'luxon';
import { useId } from 'react';

/** A labelled local date and time (the agent's own zone). */
export function DateTimeField({ label, value, onChange }: { label: string; value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="datetime-local" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export const toLocalInput = (ms: number): string => DateTime.fromMillis(ms).toFormat("yyyy-LL-dd'T'HH:mm");
/** A datetime-local value as epoch ms; NaN when empty or not a moment (the rules then name the field). */
export const fromLocalInput = (value: string): number => (value ? DateTime.fromISO(value).toMillis() : Number.NaN);
