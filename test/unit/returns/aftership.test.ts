import { afterEach, describe, expect, it } from "vitest";
import { afterShipProvider } from "../../../worker/returns/providers/aftership";
import { startFakeServer } from "./fake-http";

const order = { id: "ord_2001", name: "#2001", postalCode: "00-001" };
const customer = { id: "cust_bartek", email: "bartek@example.com" };

let server: Awaited<ReturnType<typeof startFakeServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** AfterShip Returns' `POST /returns/link`: 201 with `meta` and `data.url`, or an error envelope. */
const afterShip = () =>
  startFakeServer((request) => {
    if (request.headers["as-api-key"] !== "as-key") {
      return { status: 401, body: { meta: { code: 40101, type: "Unauthorized", message: "Invalid API key." } } };
    }
    const body = request.body as { order_number?: string };
    if (request.path !== "/returns/link" || body.order_number !== "2001") {
      return { status: 404, body: { meta: { code: 40401, type: "NotFound", message: "Order not found." } } };
    }
    return {
      status: 201,
      body: {
        meta: { code: 20100, type: "Created", message: "The request was successful." },
        data: { url: "https://maison-lumen.returnscenter.com/returns?token=rtok_2001" },
      },
    };
  });

describe("AfterShip Returns deep link", () => {
  it("creates the link with the order number, the verified email and the postal code", async () => {
    server = await afterShip();
    const provider = afterShipProvider({ apiKey: "as-key", baseUrl: server.url });
    const result = await provider.portalLink({ order, customer });
    expect(result).toEqual({ ok: true, url: "https://maison-lumen.returnscenter.com/returns?token=rtok_2001" });
    expect(server.received[0]).toMatchObject({
      method: "POST",
      path: "/returns/link",
      headers: { "as-api-key": "as-key", "content-type": "application/json" },
      body: { order_number: "2001", customer_email: "bartek@example.com", postal_code: "00-001" },
    });
  });

  it("passes AfterShip's error message on for the merchant's log", async () => {
    server = await afterShip();
    const provider = afterShipProvider({ apiKey: "bad", baseUrl: server.url });
    expect(await provider.portalLink({ order, customer })).toEqual({
      ok: false,
      error: "provider_error",
      detail: "AfterShip answered 401: Invalid API key.",
    });
  });

  it("reports an order AfterShip does not know", async () => {
    server = await afterShip();
    const provider = afterShipProvider({ apiKey: "as-key", baseUrl: `${server.url}/` });
    const result = await provider.portalLink({ order: { ...order, name: "#9999" }, customer });
    expect(result).toMatchObject({ ok: false, detail: "AfterShip answered 404: Order not found." });
  });

  it("refuses a url that is not https", async () => {
    server = await startFakeServer(() => ({
      status: 201,
      body: { meta: { code: 20100 }, data: { url: "javascript:x" } },
    }));
    const provider = afterShipProvider({ apiKey: "as-key", baseUrl: server.url });
    expect(await provider.portalLink({ order, customer })).toMatchObject({ ok: false });
  });
});
