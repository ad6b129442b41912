import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./redirect";

const HOME = "/projects";

/** Forms that leave the site in some browser or after one more decoding, or are not paths. */
const TRICKY_CALLBACK_URLS = [
  "/\\evil.example/x",
  "/\\/evil.example/",
  "\\\\evil.example",
  "/\tevil.example",
  "/\t/evil.example/",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/ /evil.example",
  "/\u3000/evil.example",
  "/%5Cevil.example",
  "/%5cevil.example",
  "/%2F%2Fevil.example",
  "/%2fevil.example",
  "/%252F%252Fevil.example",
  "/%09/evil.example",
  "/%0A/evil.example",
  "/x%00",
  "/.//evil.example",
  "/..//evil.example",
  "/%2E%2E//evil.example",
  "//evil.example",
  "///evil.example",
  "https://evil.example",
  "http:evil.example",
  "HTTPS://evil.example/projects",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  " /projects",
  "/projects\n",
  "/projects ",
  "projects",
  "",
  "/%zz",
];

describe("safeCallbackPath", () => {
  it.each(TRICKY_CALLBACK_URLS)("%j lands on the home page", (raw) => {
    expect(safeCallbackPath(raw, HOME)).toBe(HOME);
  });

  it.each([
    ["/projects", "/projects"],
    [
      "/projects/abc/documents?folder=x&q=a%20b#top",
      "/projects/abc/documents?folder=x&q=a%20b#top",
    ],
    ["/sign-in?notice=reset", "/sign-in?notice=reset"],
    ["/projects/./abc/../def", "/projects/def"],
    ["/", "/"],
  ])("keeps the same-site path %j", (raw, path) => {
    expect(safeCallbackPath(raw, HOME)).toBe(path);
  });

  it("refuses what is not a string", () => {
    expect(safeCallbackPath(undefined, HOME)).toBe(HOME);
    expect(safeCallbackPath(["/projects"], HOME)).toBe(HOME);
    expect(safeCallbackPath(`/${"a".repeat(3000)}`, HOME)).toBe(HOME);
  });
});
