import { DateTime } from 'luxon';
import { useId } from 'react';

/** A labelled number input (hours, minutes, a percentage). */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  min?: number;
  max?: number;
  step?: number;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="decimal" value={value} min={min} max={max} step={step ?? 1} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

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

export function CheckboxField({ label, isChecked, onChange }: { label: string; isChecked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <div className="field checkbox">
      <input id={id} type="checkbox" checked={isChecked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export const toLocalInput = (ms: number): string => DateTime.fromMillis(ms).toFormat("yyyy-LL-dd'T'HH:mm");
/** A datetime-local value as epoch ms; NaN when empty or not a moment (the rules then name the field). */
export const fromLocalInput = (value: string): number => (value ? DateTime.fromISO(value).toMillis() : Number.NaN);

/** Hours and minutes typed in two fields as whole minutes; NaN when either is not a number. */
export function minutesOf(hours: string, minutes: string): number {
  const h = hours.trim() === '' ? 0 : Number(hours);
  const m = minutes.trim() === '' ? 0 : Number(minutes);
  return h * 60 + m;
}

/** A form's submit and cancel buttons: submit waits while the command runs. */
export function SubmitCancel({
  submitLabel,
  cancelLabel,
  isPending,
  onCancel,
}: {
  submitLabel: string;
  cancelLabel: string;
  isPending: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="button-row">
      <button type="submit" disabled={isPending}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
