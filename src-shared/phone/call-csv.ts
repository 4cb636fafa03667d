import Papa from 'papaparse';

/**
 * The two CSV profiles: RFC 4180 for machines (comma, decimal point, CRLF, no BOM), and the one
 * Excel reads in Dutch locales (semicolon, decimal comma, a UTF-8 BOM).
 */
export type CsvProfile = 'rfc4180' | 'nl-excel';

export type CsvCell = string | number;

const BOM = '\uFEFF';

/** A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) with a leading `'` instead. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A table as CSV through papaparse: quoted where needed, CRLF line ends, and every text cell that
 * starts with `=`, `+`, `-`, `@` (or a tab or carriage return) neutralised with a leading `'`,
 * so a spreadsheet never runs it as a formula. Numbers are written by Klok and stay numbers (a
 * credit of -1000.00 is not neutralised), with `decimals` decimals (one for all columns, or one
 * per column) in the profile's decimal mark.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], profile: CsvProfile, decimals: number | readonly number[] = 2): string {
  const isDutch = profile === 'nl-excel';
  const places = (column: number): number => (typeof decimals === 'number' ? decimals : (decimals[column] ?? 2));
  const cell = (v: CsvCell, column: number): string => {
    if (typeof v !== 'number') return neutralise(v);
    const text = v.toFixed(places(column));
    return isDutch ? text.replace('.', ',') : text;
  };
  const text = Papa.unparse(
    { fields: [...header], data: rows.map((r) => r.map(cell)) },
    { delimiter: isDutch ? ';' : ',', newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return isDutch ? `${BOM}${text}` : text;
}

/** Reads a CSV of either profile back into rows of text (the header first). */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const parsed = Papa.parse<string[]>(body, { delimiter: '', newline: '\r\n', skipEmptyLines: true });
  return parsed.data;
}
