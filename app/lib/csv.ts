/*
 * CSV for spreadsheets, the way Dutch Excel opens it: `;` between fields (a comma is the
 * decimal sign in Dutch), CRLF between records, a UTF-8 byte order mark so Excel reads
 * "Bijeenkomst in café" correctly. Quoting follows RFC 4180.
 */

export const CSV_SEPARATOR = ";";
export const CSV_BOM = "\uFEFF";

const NEEDS_QUOTES = /[;"\r\n]/;
/** A cell starting with one of these is run as a formula by spreadsheets (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field, safe to open in a spreadsheet: text that a spreadsheet would run as a formula
 * gets a leading single quote (OWASP's advice), then the field is quoted when it holds the
 * separator, a quote or a line break, with quotes doubled.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records as CSV text: fields joined by `;`, every record ended by CRLF, BOM in front. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(CSV_SEPARATOR) + "\r\n").join("");
}
