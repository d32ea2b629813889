import { describe, expect, it } from "vitest";
import { verifyIdentityToken } from "../../../worker/auth/identity";
import { signJwt, verifyJwt } from "../../../worker/auth/jwt";

const SECRET = "unit-test-secret";
const now = Date.UTC(2026, 10, 22, 12, 0, 0);
const inSeconds = (s: number) => Math.floor(now / 1000) + s;

describe("HS256 tokens", () => {
  it("round-trips claims signed with the same secret", async () => {
    const token = await signJwt({ sub: "cust_1", exp: inSeconds(60) }, SECRET);
    expect(await verifyJwt(token, SECRET, now)).toMatchObject({ sub: "cust_1" });
  });

  it("rejects a token signed with another secret, an expired one, or a tampered payload", async () => {
    const token = await signJwt({ sub: "cust_1", exp: inSeconds(60) }, SECRET);
    expect(await verifyJwt(token, "other-secret", now)).toBeNull();
    expect(await verifyJwt(await signJwt({ sub: "x", exp: inSeconds(-1) }, SECRET), SECRET, now)).toBeNull();
    const [header, , signature] = token.split(".");
    const forgedPayload = Buffer.from(JSON.stringify({ sub: "cust_2", exp: inSeconds(60) })).toString("base64url");
    expect(await verifyJwt(`${header}.${forgedPayload}.${signature}`, SECRET, now)).toBeNull();
  });

  it("refuses the 'none' algorithm and malformed input without throwing", async () => {
    const none = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(`{"exp":${inSeconds(60)}}`).toString("base64url")}.`;
    for (const bad of [none, "", "a.b", "a.b.c.d", "!!!.???.###"]) expect(await verifyJwt(bad, SECRET, now)).toBeNull();
  });
});

describe("identity tokens", () => {
  it("yields the shopper for a valid token", async () => {
    const token = await signJwt({ sub: "cust_alice", email: "Alice@Example.com", exp: inSeconds(3600) }, SECRET);
    expect(await verifyIdentityToken(token, SECRET, now)).toEqual({
      customerId: "cust_alice",
      email: "alice@example.com",
      expiresAt: inSeconds(3600) * 1000,
    });
  });

  it("refuses tokens that live longer than an hour or lack sub/email", async () => {
    expect(
      await verifyIdentityToken(
        await signJwt({ sub: "c", email: "c@x.io", exp: inSeconds(7200) }, SECRET),
        SECRET,
        now,
      ),
    ).toBeNull();
    expect(
      await verifyIdentityToken(await signJwt({ email: "c@x.io", exp: inSeconds(60) }, SECRET), SECRET, now),
    ).toBeNull();
    expect(await verifyIdentityToken(await signJwt({ sub: "c", exp: inSeconds(60) }, SECRET), SECRET, now)).toBeNull();
    expect(await verifyIdentityToken(undefined, SECRET, now)).toBeNull();
  });
});
