import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage, TextField } from '../../ui/fields';
import { useToast } from '../../ui/toasts';
import { NumberField } from './form-fields';
import { useSetDeskProfile } from './mutations';

/** What every invoice specification of the desk says of the desk: its name and address, and the VAT a run starts from. */
export function InvoiceDetailsForm({ profile }: { profile: { name: string; address: string; vatPercent: number } }) {
  const { t } = useI18n();
  const save = useSetDeskProfile();
  const toast = useToast();
  const [name, setName] = useState(profile.name);
  const [address, setAddress] = useState(profile.address);
  const [vat, setVat] = useState(String(profile.vatPercent));
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { deskName: name.trim(), deskAddress: address.trim(), vatPercent: vat.trim() === '' ? Number.NaN : Number(vat) },
      { onSuccess: () => toast(t('invoiceDetails.saved')) },
    );
  };
  return (
    <details className="invoice-details">
      <summary>{t('invoiceDetails.title')}</summary>
      <form className="form inline-form" aria-label={t('invoiceDetails.title')} onSubmit={onSubmit}>
        <TextField label={t('invoiceDetails.name')} value={name} onChange={setName} />
        <TextField label={t('invoiceDetails.address')} value={address} onChange={setAddress} isMultiline />
        <NumberField label={t('invoiceDetails.vat')} value={vat} onChange={setVat} min={0} max={100} step={0.1} />
        <ErrorMessage error={save.error} />
        <div className="button-row">
          <button type="submit" disabled={save.isPending}>
            {t('invoiceDetails.save')}
          </button>
        </div>
      </form>
    </details>
  );
}
