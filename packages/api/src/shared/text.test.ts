import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textFieldErrors, textProblem } from "./text";

const NUL = "\u0000";
const LONE_HIGH = "\ud83d";
const LONE_LOW = "\ude00";

describe("text that cannot be stored", () => {
  it("is any text holding a NUL or an unpaired surrogate, wherever it sits", () => {
    const wellFormed = fc.string({ unit: "grapheme" }).map((s) => s.replaceAll(NUL, ""));
    fc.assert(
      fc.property(
        wellFormed,
        wellFormed,
        fc.constantFrom(NUL, LONE_HIGH, LONE_LOW),
        (before, after, bad) => {
          // "x" keeps a lone high surrogate from pairing with what follows.
          expect(textProblem(`${before}${bad}x${after}`)).not.toBeNull();
        },
      ),
    );
  });

  it("leaves every well-formed text alone, emoji and all scripts included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        expect(textProblem(s.replaceAll(NUL, ""))).toBeNull();
      }),
    );
    expect(textProblem("Łódź, Ωmega, 😀, ř")).toBeNull();
  });

  it("names each field that holds it, in nested input too", () => {
    expect(
      textFieldErrors({
        title: `A${NUL}B`,
        tags: ["ok", `x${LONE_LOW}`],
        participant: { name: `Ann${LONE_HIGH}` },
        note: "fine",
      }),
    ).toEqual({
      title: ["Remove the invisible NUL character (U+0000): it cannot be stored"],
      tags: [
        "Contains a broken character (an unpaired UTF-16 surrogate); retype or paste the text again",
      ],
      "participant.name": [
        "Contains a broken character (an unpaired UTF-16 surrogate); retype or paste the text again",
      ],
    });
  });
});
