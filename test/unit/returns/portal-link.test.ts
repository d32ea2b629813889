import { describe, expect, it } from "vitest";
import { issueConversationToken } from "../../../worker/auth/conversation-token";
import { signJwt } from "../../../worker/auth/jwt";
import { PORTAL_LINK_TTL_MS, signPortalLink, verifyPortalLink } from "../../../worker/returns/portal-link";

const SECRET = "test-link-secret-0123456789abcdef0123456789";
const NOW = Date.UTC(2026, 10, 20, 12);
const ALICE_1001 = { customerId: "cust_alice", orderId: "ord_1001", orderName: "#1001" };

describe("built-in portal links", () => {
  it("opens exactly the one order of the one customer it was issued for", async () => {
    const { url, expiresAt } = await signPortalLink(ALICE_1001, {
      baseUrl: "https://support.shop.example",
      secret: SECRET,
      now: NOW,
    });
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe("https://support.shop.example/returns");
    expect(expiresAt).toBe(NOW + PORTAL_LINK_TTL_MS);
    expect(await verifyPortalLink(parsed.searchParams.get("token"), SECRET, NOW + 1000)).toEqual({
      ...ALICE_1001,
      expiresAt,
    });
  });

  it("stops working once it expires", async () => {
    const { token } = await signPortalLink(ALICE_1001, { baseUrl: "https://s.example", secret: SECRET, now: NOW });
    expect(await verifyPortalLink(token, SECRET, NOW + PORTAL_LINK_TTL_MS - 1000)).not.toBeNull();
    expect(await verifyPortalLink(token, SECRET, NOW + PORTAL_LINK_TTL_MS)).toBeNull();
  });

  it("rejects a link signed with another secret or with an edited order", async () => {
    const { token } = await signPortalLink(ALICE_1001, { baseUrl: "https://s.example", secret: SECRET, now: NOW });
    expect(await verifyPortalLink(token, "another-secret-0123456789abcdef012345", NOW)).toBeNull();
    const [header, payload, signature] = token.split(".");
    const claims = JSON.parse(Buffer.from(payload!, "base64url").toString());
    const edited = Buffer.from(JSON.stringify({ ...claims, ord: "ord_2001" })).toString("base64url");
    expect(await verifyPortalLink(`${header}.${edited}.${signature}`, SECRET, NOW)).toBeNull();
  });

  it("does not accept a conversation token or any other token signed with the same secret", async () => {
    const { token } = await issueConversationToken("conv_x", SECRET, NOW);
    expect(await verifyPortalLink(token, SECRET, NOW)).toBeNull();
    const noOrder = await signJwt(
      { aud: "shopkeeper:returns-portal", sub: "cust_alice", exp: NOW / 1000 + 60 },
      SECRET,
    );
    expect(await verifyPortalLink(noOrder, SECRET, NOW)).toBeNull();
  });

  it("treats a missing or garbage token as no access", async () => {
    expect(await verifyPortalLink(null, SECRET, NOW)).toBeNull();
    expect(await verifyPortalLink("", SECRET, NOW)).toBeNull();
    expect(await verifyPortalLink("not.a.token", SECRET, NOW)).toBeNull();
  });

  it("refuses to sign without a secret", async () => {
    await expect(signPortalLink(ALICE_1001, { baseUrl: "https://s.example", secret: "" })).rejects.toThrow(
      /LINK_SECRET/,
    );
  });
});
