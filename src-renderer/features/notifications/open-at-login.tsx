import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeskServices } from '../../desk/desk-services';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/fields';
import { CheckboxField } from '../consultancy/form-fields';
import { notificationKeys } from './queries';

/** "Start Klok when I log in": the desktop app only (a browser cannot start itself). */
export function OpenAtLogin() {
  const { t } = useI18n();
  const { platform } = useDeskServices();
  const client = useQueryClient();
  const setting = platform.openAtLogin;
  const current = useQuery({ queryKey: [...notificationKeys.all, 'open-at-login'], queryFn: () => setting?.get() ?? false, enabled: setting !== null });
  const change = useMutation({
    mutationFn: (isOn: boolean) => setting?.set(isOn) ?? Promise.resolve(false),
    onSuccess: (isOn) => client.setQueryData([...notificationKeys.all, 'open-at-login'], isOn),
  });
  if (setting === null || current.data === undefined) return null;
  return (
    <section aria-label={t('settings.desktop')}>
      <CheckboxField label={t('settings.openAtLogin')} isChecked={current.data} onChange={(isOn) => change.mutate(isOn)} />
      <ErrorMessage error={change.error} />
    </section>
  );
}
