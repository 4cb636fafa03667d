import notoSansBold from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?inline';
import notoSans from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?inline';

/** Text made safe for HTML. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * Klok's one print page: a whole HTML document, A4, page numbers in the bottom margin (CSS
 * page-margin boxes, which Chromium prints: Electron's printToPDF and the browser's print alike),
 * in Noto Sans carried inside the document (a printer window without files or network prints the
 * same). `pageText` is the page-number text with `{page}` and `{pages}`; `body` is trusted HTML.
 */
export function printPage({ language, title, pageText, css, body }: { language: string; title: string; pageText: string; css: string; body: string }): string {
  const pages = pageText.replace('{page}', '" counter(page) "').replace('{pages}', '" counter(pages) "');
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
@font-face { font-family: "Klok Noto Sans"; font-weight: 400; src: url("${notoSans}") format("woff2"); }
@font-face { font-family: "Klok Noto Sans"; font-weight: 700; src: url("${notoSansBold}") format("woff2"); }
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-right { content: "${pages}"; font: 9pt "Klok Noto Sans", sans-serif; color: #555; } }
body { font: 10pt/1.4 "Klok Noto Sans", sans-serif; color: #111; margin: 0; }
h1 { font-size: 16pt; margin: 12mm 0 4mm; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; vertical-align: top; padding: 1.5mm 2mm; border-bottom: 0.3mm solid #ccc; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.num { text-align: right; white-space: nowrap; }
${css}
</style></head>
<body>
${body}
</body></html>
`;
}

/**
 * A report of one table on the print page: a title, a line of explanation, the columns and the
 * rows as the screen shows them (texts already formatted in the user's language).
 */
export function tableReportHtml(report: {
  language: string;
  title: string;
  explain: string;
  pageText: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}): string {
  const head = report.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = report.rows
    .map((r) => `<tr>${r.map((cell, i) => (i === 0 ? `<th>${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`)
    .join('\n');
  return printPage({
    language: report.language,
    title: report.title,
    pageText: report.pageText,
    css: 'td { white-space: nowrap; }',
    body: `<h1>${escapeHtml(report.title)}</h1>\n<p>${escapeHtml(report.explain)}</p>\n<table><thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`,
  });
}
