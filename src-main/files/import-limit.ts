/** The largest file Klok reads as a desk import: 200 MB (a desk of years is a few MB). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const MB = 1024 * 1024;

/**
 * Why a file of `size` bytes is not read as an import, or null when it may be: the file is too
 * large, with its size and the limit in whole megabytes (its size rounded up, so a file just over
 * the limit never reads "200 MB, more than 200 MB").
 */
export function importSizeProblem(size: number): { readonly reason: 'too_large'; readonly sizeMb: number; readonly limitMb: number } | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return { reason: 'too_large', sizeMb: Math.ceil(size / MB), limitMb: MAX_IMPORT_BYTES / MB };
}
