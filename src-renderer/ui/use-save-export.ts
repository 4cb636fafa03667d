import { useMutation } from '@tanstack/react-query';
import { useDeskServices } from '../desk/desk-services';

/** Hands an export (a CSV report) to the shell: a save dialog in Electron, a download on the web. */
export function useSaveExport() {
  const { platform } = useDeskServices();
  return useMutation({ mutationFn: ({ name, csv }: { name: string; csv: string }) => platform.saveExport(name, csv) });
}
