import { InputError, issue } from '../../src-shared/validation/issues';

/** The largest desk file Klok reads (a desk of about a million events is some 300 MB). */
export const MAX_DESK_FILE_BYTES = 1_000_000_000;

/**
 * The text of a desk file, decoded strictly as UTF-8 (a byte-order mark is allowed). A file in
 * another encoding is refused rather than read with replacement characters, which would change
 * names and notes without anyone noticing.
 */
export function decodeDeskFile(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_DESK_FILE_BYTES) {
    const megabytes = MAX_DESK_FILE_BYTES / 1_000_000;
    throw new InputError([issue('file', `is larger than ${megabytes} MB`, 'desk.too_large', { megabytes })]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError([issue('file', 'is not UTF-8 text (save it as UTF-8 and import it again)', 'desk.not_utf8')]);
  }
}
