import Papa from 'papaparse';
import { BOM } from './csv';

/**
 * Rows of a CSV text, read by Papa Parse: byte-order mark stripped, quoted fields with `""` and line
 * breaks, CRLF, LF or CR. Lenient where exports are sloppy: a quote inside an unquoted field is kept as
 * text (Brand Analytics writes `Brand=["Acme"]` unquoted), an unterminated quote runs to the end, and
 * `;` or tab is used when the first rows split more evenly on it (Papa reads whole rows, not a byte count).
 */
export function parseCsv(text: string, delimiter?: string): string[][] {
  const bare = text.startsWith(BOM) ? text.slice(1) : text;
  if (bare === '') return [];
  // One line break for Papa, which takes the first it meets for the whole file (a line break inside a
  // quoted cell becomes LF too).
  const s = bare.includes('\r') ? bare.replace(/\r\n?/g, '\n') : bare;
  const sep = delimiter ?? sniffDelimiter(s);
  const rows = Papa.parse<string[]>(unpadQuotes(s, sep), { delimiter: sep, newline: '\n' }).data;
  if (s.endsWith('\n') && rows.at(-1)?.join('') === '') rows.pop();
  return rows;
}

function sniffDelimiter(s: string): string {
  return Papa.parse(s, { preview: 10, newline: '\n', delimitersToGuess: [',', ';', '\t'] }).meta.delimiter;
}

/**
 * Papa Parse opens a quoted field only right at its start (mholt/PapaParse#941): `a, "b,c"` would split
 * inside the quotes. Hand-edited files and some exporters write a blank after the delimiter, so blanks
 * between a field's start and its opening quote are dropped. Quoted fields are skipped whole, their text
 * kept as it is; files without a blank before a quote are not walked at all.
 */
function unpadQuotes(s: string, sep: string): string {
  const padded = new RegExp(`(?:^|\\n|${sep.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}) +"`);
  if (!padded.test(s)) return s;
  const parts: string[] = [];
  let copied = 0;
  let nextSep = -1;
  let nextLine = -1;
  let i = 0; // always at the start of a field
  while (i < s.length) {
    let j = i;
    while (s.charCodeAt(j) === 32) j++;
    if (s[j] === '"') {
      if (j > i) {
        parts.push(s.slice(copied, i));
        copied = j;
      }
      i = closingQuote(s, j + 1) + 1;
      if (i === 0) break;
    }
    // The field runs to the next delimiter or line break; both are searched again only once passed.
    if (nextSep < i) nextSep = s.indexOf(sep, i);
    if (nextLine < i) nextLine = s.indexOf('\n', i);
    if (nextSep === -1 && nextLine === -1) break;
    i = nextLine === -1 || (nextSep !== -1 && nextSep < nextLine) ? nextSep + sep.length : nextLine + 1;
  }
  parts.push(s.slice(copied));
  return parts.join('');
}

/** Index of the quote closing a quoted field whose text starts at `from` (`""` is a quote in it), or -1. */
function closingQuote(s: string, from: number): number {
  for (let q = s.indexOf('"', from); q !== -1; q = s.indexOf('"', q + 2)) if (s[q + 1] !== '"') return q;
  return -1;
}
