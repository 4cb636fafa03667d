import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/fields';
import { useToast } from '../../ui/toasts';
import { useLoadDemoDesk } from './mutations';

/** A failure is shown by the mutation's error while this view stands; nothing more to do. */
const ignoreShownError = () => undefined;

/** What a new, empty store shows: an offer, never a silent demo. */
// Loading the demo desk replaces this view with the board, so the confirmation must not depend on
// this component still being mounted: mutateAsync's promise settles either way (mutate's own
// onSuccess would be dropped with the component).
export function EmptyDesk({ onImport, onAddCustomer }: { onImport: () => void; onAddCustomer: () => void }) {
  const { t } = useI18n();
  const loadDemo = useLoadDemoDesk();
  const toast = useToast();
  return (
    <section className="empty-desk" aria-labelledby="empty-desk-title">
      <h2 id="empty-desk-title">{t('desk.empty.title')}</h2>
      <p>{t('desk.empty.body')}</p>
      <div className="button-row">
        <button
          type="button"
          disabled={loadDemo.isPending}
          onClick={() => void loadDemo.mutateAsync().then((n) => toast(t('desk.demoLoaded', { tickets: n })), ignoreShownError)}
        >
          {t('desk.loadDemo')}
        </button>
        <button type="button" onClick={onImport}>
          {t('desk.import')}
        </button>
        <button type="button" onClick={onAddCustomer}>
          {t('customers.add')}
        </button>
      </div>
      <ErrorMessage error={loadDemo.error} />
    </section>
  );
}
