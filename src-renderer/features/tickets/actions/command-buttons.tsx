import type { AllowedCommands } from '../../../../src-shared/ticket/allowed-commands';
import type { CommandKind } from '../../../../src-shared/ticket/ticket-commands';
import { useI18n } from '../../../i18n/i18n';
import type { MessageKey } from '../../../i18n/messages-en';
import { ErrorMessage } from '../../../ui/fields';
import { useCommand } from './use-command';

type ButtonCommand = Extract<CommandKind, 'respond' | 'send_update' | 'give_workaround' | 'resolve' | 'reopen' | 'close_administratively'>;

const BUTTONS: readonly { kind: ButtonCommand; label: MessageKey }[] = [
  { kind: 'respond', label: 'action.respond' },
  { kind: 'send_update', label: 'action.sendUpdate' },
  { kind: 'give_workaround', label: 'action.workaround' },
  { kind: 'resolve', label: 'action.resolve' },
  { kind: 'reopen', label: 'action.reopen' },
  { kind: 'close_administratively', label: 'action.closeAdmin' },
];

/** The one-click commands the ticket allows now (respond, resolve, reopen, …). */
export function CommandButtons({ ticketId, allowed }: { ticketId: string; allowed: AllowedCommands }) {
  const { t } = useI18n();
  const { run, error, isBusy } = useCommand(ticketId);
  const shown = BUTTONS.filter((b) => allowed.commands.has(b.kind));
  return (
    <div className="action-family">
      <div className="button-row">
        {shown.map((b) => (
          <button key={b.kind} type="button" disabled={isBusy} onClick={() => run({ kind: b.kind })}>
            {t(b.label)}
          </button>
        ))}
      </div>
      <ErrorMessage error={error}>{t('error.prefix', { error: '' })}</ErrorMessage>
    </div>
  );
}
