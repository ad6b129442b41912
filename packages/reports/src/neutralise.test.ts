import { describe, expect, it } from "vitest";
import { cleanText, neutralise, xmlSafe } from "./neutralise";

describe("neutralise", () => {
  it("puts an apostrophe before every formula start, and only there", () => {
    const cases: [string, string][] = [
      ["=SUM(A1)", "'=SUM(A1)"],
      ["+31 20 555", "'+31 20 555"],
      ["-minus", "'-minus"],
      ["@cmd", "'@cmd"],
      ["\tindented", "'\tindented"],
      ["\rreturn", "'\rreturn"],
      ["'=already", "'=already"],
      [" =spaced", " =spaced"],
      ["", ""],
      ["Łódź", "Łódź"],
    ];
    for (const [raw, safe] of cases) expect(neutralise(raw), JSON.stringify(raw)).toBe(safe);
  });

  it("drops what XML cannot hold first, so a hidden control character cannot shield a formula", () => {
    expect(neutralise("\u0000=1")).toBe("'=1");
    expect(xmlSafe("a\u0000b\u0007c\nd\te\rf\ud800g\uffff")).toBe("abc\nd\te\rfg");
    expect(xmlSafe("Ω 😀 ł")).toBe("Ω 😀 ł");
  });

  it("cleans document text to LF line breaks", () => {
    expect(cleanText("a\r\nb\rc\u0007")).toBe("a\nb\nc");
  });
});
