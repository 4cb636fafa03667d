import Papa from 'papaparse';

/**
 * The two CSV profiles: RFC 4180 for machines (comma, decimal point, CRLF, no BOM), and the one
 * Excel reads in Dutch locales (semicolon, decimal comma, a UTF-8 BOM).
 */
export type CsvProfile = 'rfc4180' | 'nl-excel';

export type CsvCell = string | number;

const BOM = '\uFEFF';

/**
 * A table as CSV through papaparse: quoted where needed, CRLF line ends, and every cell that
 * starts with `=`, `+`, `-`, `@` (or a tab or carriage return) neutralised with a leading `'`,
 * so a spreadsheet never runs it as a formula. Numbers are written with `decimals` decimals in the
 * profile's decimal mark.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], profile: CsvProfile, decimals = 2): string {
  const isDutch = profile === 'nl-excel';
  const cell = (v: CsvCell): string => (typeof v === 'number' ? (isDutch ? v.toFixed(decimals).replace('.', ',') : v.toFixed(decimals)) : v);
  const text = Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map(cell)) },
    { delimiter: isDutch ? ';' : ',', newline: '\r\n', quotes: false, escapeFormulae: true },
  );
  return isDutch ? `${BOM}${text}` : text;
}

/** Reads a CSV of either profile back into rows of text (the header first). */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: '', newline: '\r\n', skipEmptyLines: true });
  return parsed.data;
}
