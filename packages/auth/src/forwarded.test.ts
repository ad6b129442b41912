import { describe, expect, it } from "vitest";
import { addressKey, clientAddress, dropForwardedHeaders, isSameOrigin } from "./forwarded";

const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientAddress", () => {
  it("reached directly, reads the single entry Next's server wrote", () => {
    expect(clientAddress(xff("203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("never takes an entry the client wrote to the left of the trusted ones", () => {
    // Client sent "X-Forwarded-For: 6.6.6.6"; our one proxy appended the real peer.
    expect(clientAddress(xff("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    // Two proxies: the outer one saw the client, the inner one saw the outer proxy.
    expect(clientAddress(xff("6.6.6.6, 7.7.7.7, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // With no proxy of ours, a forged chain yields its rightmost entry, never the leftmost.
    expect(clientAddress(xff("6.6.6.6, 203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("reads the plain header object next-auth passes, and repeated headers as one list", () => {
    expect(clientAddress({ "x-forwarded-for": ["6.6.6.6", "203.0.113.7"] }, 1)).toBe("203.0.113.7");
    expect(clientAddress({ "x-real-ip": "6.6.6.6" }, 0)).toBe("unknown");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });

  it("takes the leftmost entry when there are fewer entries than configured hops", () => {
    expect(clientAddress(xff("203.0.113.7"), 2)).toBe("203.0.113.7");
  });
});

describe("addressKey", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    [" 203.0.113.7:51234 ", "203.0.113.7"],
    ["::ffff:127.0.0.1", "127.0.0.1"],
    ["::1", "0:0:0:0::/64"],
    ["[2001:db8:aa:bb:1:2:3:4]:443", "2001:db8:aa:bb::/64"],
    ["2001:DB8:aa:bb::9", "2001:db8:aa:bb::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["unknown", "unknown"],
  ])("%s → %s", (entry, key) => {
    expect(addressKey(entry)).toBe(key);
  });

  it("puts every address of one IPv6 /64 under one key", () => {
    expect(addressKey("2001:db8:1:2:ffff::1")).toBe(addressKey("2001:db8:1:2::abcd"));
    expect(addressKey("2001:db8:1:3::1")).not.toBe(addressKey("2001:db8:1:2::1"));
  });
});

describe("dropForwardedHeaders", () => {
  it("drops every X-Forwarded-* header when no proxy of ours is in front, and only then", () => {
    const forged = () =>
      new Headers({
        "x-forwarded-for": "6.6.6.6",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
        "x-forwarded-port": "443",
        host: "app.example",
      });
    const direct = forged();
    dropForwardedHeaders(direct, 0);
    expect([...direct.keys()]).toEqual(["host"]);
    const proxied = forged();
    dropForwardedHeaders(proxied, 1);
    expect(proxied.get("x-forwarded-for")).toBe("6.6.6.6");
  });
});

describe("isSameOrigin", () => {
  const req = (h: Record<string, string>) => new Headers(h);

  it("compares Origin with the Host header when reached directly", () => {
    expect(isSameOrigin(req({ origin: "http://app.example", host: "app.example" }), 0)).toBe(true);
    expect(isSameOrigin(req({ origin: "https://evil.example", host: "app.example" }), 0)).toBe(
      false,
    );
    expect(isSameOrigin(req({ origin: "null", host: "app.example" }), 0)).toBe(false);
  });

  it("ignores X-Forwarded-Host and -Proto unless a proxy of ours wrote them", () => {
    const forged = req({
      origin: "https://evil.example",
      host: "app.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    expect(isSameOrigin(forged, 0)).toBe(false);
  });

  it("behind proxies, uses what the nearest one wrote, scheme included", () => {
    const h = (origin: string, host: string, proto: string) =>
      req({ origin, host: "127.0.0.1:3000", "x-forwarded-host": host, "x-forwarded-proto": proto });
    expect(isSameOrigin(h("https://app.example", "app.example", "https"), 1)).toBe(true);
    expect(isSameOrigin(h("http://app.example", "app.example", "https"), 1)).toBe(false);
    expect(isSameOrigin(h("https://evil.example", "evil.example, app.example", "https"), 1)).toBe(
      false,
    );
    expect(isSameOrigin(h("https://127.0.0.1:3000", "app.example", "https"), 1)).toBe(false);
  });

  it("without Origin, trusts only the browser's Sec-Fetch-Site", () => {
    expect(isSameOrigin(req({ host: "app.example", "sec-fetch-site": "same-origin" }), 0)).toBe(
      true,
    );
    expect(isSameOrigin(req({ host: "app.example", "sec-fetch-site": "cross-site" }), 0)).toBe(
      false,
    );
    expect(isSameOrigin(req({ host: "app.example" }), 0)).toBe(false);
  });
});
