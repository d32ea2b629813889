import { afterEach, describe, expect, it } from "vitest";
import { loopApiProvider, loopPartnerLink } from "../../../worker/returns/providers/loop";
import { startFakeServer } from "./fake-http";

const order = { id: "ord_1001", name: "#1001", postalCode: "75011" };
const customer = { id: "cust_alice", email: "alice@example.com" };

let server: Awaited<ReturnType<typeof startFakeServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Loop's `POST /order/link`: 200 with the portal url for a known order, 404 otherwise. */
const loopApi = () =>
  startFakeServer((request) => {
    const body = request.body as { name?: string; zip?: string };
    if (request.headers["x-authorization"] !== "loop-key") return { status: 401, body: { message: "Unauthorized" } };
    if (request.path !== "/order/link" || body.name !== "#1001") return { status: 404, body: { message: "Not found" } };
    return { status: 200, body: { url: `https://maison-lumen.loopreturns.com/#/link/tok_${body.zip}` } };
  });

describe("Loop deep link (API key)", () => {
  it("asks Loop for the order's link with the order name and the shipping postal code", async () => {
    server = await loopApi();
    const loop = loopApiProvider({ apiKey: "loop-key", lookup: "postal_code", baseUrl: server.url });
    const result = await loop.portalLink({ order, customer });
    expect(result).toEqual({ ok: true, url: "https://maison-lumen.loopreturns.com/#/link/tok_75011" });
    expect(server.received).toHaveLength(1);
    expect(server.received[0]).toMatchObject({
      method: "POST",
      path: "/order/link",
      headers: { "x-authorization": "loop-key", "content-type": "application/json" },
      body: { name: "#1001", zip: "75011" },
    });
  });

  it("sends the verified email instead when the shop looks orders up by email", async () => {
    server = await loopApi();
    const loop = loopApiProvider({ apiKey: "loop-key", lookup: "email", baseUrl: server.url });
    await loop.portalLink({ order, customer });
    expect(server.received[0]!.body).toEqual({ name: "#1001", zip: "alice@example.com" });
  });

  it("reports Loop's refusal instead of offering a broken link", async () => {
    server = await loopApi();
    const loop = loopApiProvider({ apiKey: "wrong", lookup: "postal_code", baseUrl: server.url });
    expect(await loop.portalLink({ order, customer })).toEqual({
      ok: false,
      error: "provider_error",
      detail: "Loop answered 401",
    });
  });

  it("never offers a url outside Loop's hosts", async () => {
    server = await startFakeServer(() => ({ status: 200, body: { url: "https://evil.example/#/link/x" } }));
    const loop = loopApiProvider({ apiKey: "loop-key", lookup: "postal_code", baseUrl: server.url });
    expect(await loop.portalLink({ order, customer })).toMatchObject({ ok: false, detail: "Loop sent no usable url" });
  });

  it("reports an unreachable Loop as a provider error, without throwing", async () => {
    server = await loopApi();
    const url = server.url;
    await server.close();
    server = undefined;
    const loop = loopApiProvider({ apiKey: "loop-key", lookup: "postal_code", baseUrl: url });
    expect(await loop.portalLink({ order, customer })).toMatchObject({ ok: false, error: "provider_error" });
  });
});

describe("Loop partner deep link", () => {
  it("signs the sorted query with HMAC-SHA256 exactly as Loop's published example", async () => {
    const url = new URL(
      await loopPartnerLink({
        orderName: "#1000",
        partner: "your-company",
        shopDomain: "example.myshopify.com",
        secret: "loop_shared_secret",
      }),
    );
    expect(url.origin + url.pathname).toBe("https://api.loopreturns.com/api/v1/app/deep-link");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      order: "1000",
      partner: "your-company",
      shop_domain: "example.myshopify.com",
      hmac: "147b8b7f3c62051c449cf490c279cc07bedeef64bd5baecb38f3646756a796d9",
    });
  });
});
