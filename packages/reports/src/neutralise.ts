/**
 * What user text becomes on its way into a file, in one place for every export. The XLSX
 * and CSV writers of this package call `neutralise` on every text cell themselves, so no
 * export can forget it; the PDF and Word writers call `cleanText`.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

// Anything xmlSafe may drop; text without any (nearly all) is returned as it is, unscanned.
// Surrogates, paired or not, send the text to the careful path.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const MAYBE_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Drops what XML 1.0 (and so XLSX and DOCX) cannot hold: control characters but tab, LF
 * and CR, unpaired surrogates and the non-characters U+FFFE and U+FFFF. None of them has a
 * place in a form's text. */
export function xmlSafe(s: string): string {
  if (!MAYBE_UNSAFE.test(s)) return s;
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
 * gets a leading apostrophe, so no spreadsheet runs it, not even after the sheet is saved as
 * CSV or a cell is edited and confirmed.
 */
export function neutralise(value: string): string {
  const clean = xmlSafe(value);
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

/** Text for a PDF or a Word document: what XML cannot hold dropped, line breaks as LF. */
export function cleanText(value: string): string {
  return xmlSafe(value).replace(/\r\n?/g, "\n");
}
