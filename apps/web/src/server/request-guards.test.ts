import { describe, expect, it } from "vitest";
import { checkMutationRequest } from "./request-guards";

const post = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/trpc/x", { method: "POST", headers });

describe("checkMutationRequest", () => {
  it("lets reads through untouched", () => {
    expect(checkMutationRequest(new Request("http://localhost:3000/api/trpc/x"))).toBeNull();
  });

  it("accepts a same-origin JSON POST", () => {
    const req = post({
      "content-type": "application/json",
      origin: "http://localhost:3000",
      host: "localhost:3000",
    });
    expect(checkMutationRequest(req)).toBeNull();
  });

  it("refuses a POST that is not JSON (a form or text/plain from another site)", () => {
    const req = post({
      "content-type": "text/plain",
      origin: "http://localhost:3000",
      host: "localhost:3000",
    });
    expect(checkMutationRequest(req)).toMatch(/JSON/);
  });

  it("refuses another origin, a malformed origin, and a request with no origin information", () => {
    const base = { "content-type": "application/json", host: "localhost:3000" };
    expect(checkMutationRequest(post({ ...base, origin: "https://evil.example" }))).toMatch(
      /Cross-site/,
    );
    expect(checkMutationRequest(post({ ...base, origin: "null" }))).toMatch(/Cross-site/);
    expect(checkMutationRequest(post(base))).toMatch(/Cross-site/);
    expect(checkMutationRequest(post({ ...base, "sec-fetch-site": "cross-site" }))).toMatch(
      /Cross-site/,
    );
    expect(checkMutationRequest(post({ ...base, "sec-fetch-site": "same-origin" }))).toBeNull();
  });

  it("does not let the client name the site with X-Forwarded-Host or -Proto", () => {
    // TRUSTED_PROXY_HOPS is unset here: no proxy of ours wrote these headers.
    const req = post({
      "content-type": "application/json",
      origin: "https://evil.example",
      host: "localhost:3000",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    expect(checkMutationRequest(req)).toMatch(/Cross-site/);
  });
});
