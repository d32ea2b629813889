import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Local stand-ins for the two returns platforms, speaking their link APIs: Loop `POST /order/link`
 * (`X-Authorization`, `{ name, zip }` → `{ url }`) and AfterShip Returns `POST /returns/link` (`as-api-key`,
 * `{ order_number, customer_email }` → `201 { meta, data: { url } }`).
 */
export async function startFakeReturnsProviders(): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    let raw = "";
    for await (const part of req) raw += part;
    const body = JSON.parse(raw || "{}");
    res.setHeader("content-type", "application/json");
    if (req.url === "/loop/order/link" && req.headers["x-authorization"] === "loop-test-key") {
      res.writeHead(200).end(
        JSON.stringify({
          url: `https://demo-shop.loopreturns.com/#/link/${String(body.name).replace("#", "")}-${body.zip}`,
        }),
      );
    } else if (req.url === "/aftership/returns/link" && req.headers["as-api-key"] === "aftership-test-key") {
      res.writeHead(201).end(
        JSON.stringify({
          meta: { code: 201 },
          data: { url: `https://demo-shop.returnscenter.com/returns?order=${body.order_number}` },
        }),
      );
    } else {
      res.writeHead(401).end(JSON.stringify({ meta: { code: 401, message: "Unauthorized" } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
