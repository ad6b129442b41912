/**
 * Spreadsheet formula neutralisation, shared by every export that writes user text into
 * cells (the good-practice register, the period report's XLSX and CSV).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Drops what XML 1.0 (and so XLSX) cannot hold: control characters but tab, LF and CR, and
 * unpaired surrogates. None of them has a place in a form's text. */
export function xmlSafe(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const control = c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d;
    if (control || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) continue;
    out += ch;
  }
  return out;
}

/**
 * User text made safe for a spreadsheet: a cell that starts like a formula (= + - @ tab CR)
 * gets a leading apostrophe, so no spreadsheet runs it when the file is opened.
 */
export function neutralise(value: string): string {
  const clean = xmlSafe(value);
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}
