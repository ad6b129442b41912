import { decode, encode, type JWTDecodeParams } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";
import { createSessionTokenReader } from "./session-token";

const SECRET = "a-test-secret-that-is-long-enough-for-next-auth";
const SID = "0b9c7d4e-2f41-4d7a-9a43-0f6f1f1d2e3a";

const counted = () => vi.fn((params: JWTDecodeParams) => decode(params));

describe("createSessionTokenReader", () => {
  it("reads the session id of a real next-auth cookie, decrypting it once per process", async () => {
    const token = await encode({ token: { sid: SID }, secret: SECRET, maxAge: 3600 });
    const calls = counted();
    const read = createSessionTokenReader(SECRET, { decode: calls });
    expect(await read(token)).toBe(SID);
    expect(await read(token)).toBe(SID);
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it("refuses a forged or altered cookie every time, and one made with another secret", async () => {
    const token = await encode({ token: { sid: SID }, secret: SECRET, maxAge: 3600 });
    const calls = counted();
    const read = createSessionTokenReader(SECRET, { decode: calls });
    const altered = `${token.slice(0, -4)}AAAA`;
    expect(await read(altered)).toBeNull();
    expect(await read(altered)).toBeNull();
    expect(calls).toHaveBeenCalledTimes(2);
    const foreign = await encode({ token: { sid: SID }, secret: `${SECRET}-other`, maxAge: 3600 });
    expect(await read(foreign)).toBeNull();
    expect(await read(undefined)).toBeNull();
    expect(await read("not-a-jwe")).toBeNull();
  });

  it("refuses a remembered cookie once it has expired, as decrypting it would", async () => {
    const token = await encode({ token: { sid: SID }, secret: SECRET, maxAge: 60 });
    let clock = Date.now();
    const read = createSessionTokenReader(SECRET, { now: () => clock });
    expect(await read(token)).toBe(SID);
    clock += 60_000 + 16_000;
    expect(await read(token)).toBeNull();
  });

  it("a cookie without a session id reads as no session", async () => {
    const token = await encode({ token: { name: "someone" }, secret: SECRET, maxAge: 3600 });
    const read = createSessionTokenReader(SECRET);
    expect(await read(token)).toBeNull();
    expect(await read(token)).toBeNull();
  });
});
