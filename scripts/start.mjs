// `npm start`: the product on its embedded defaults — demo store in local D1, offline model, no keys, no network.
import { startDevServer } from "./lib/dev-server.mjs";

const port = Number(process.env.PORT ?? 8787);
const server = await startDevServer({ port, inheritOutput: true });
console.log(`
Shopkeeper is running.
  Demo storefront   ${server.url}/
  Returns portal    ${server.url}/returns
  Email outbox      ${server.url}/dev/outbox   (emails the demo "sends")
  Web chat API      ${server.url}/v1/conversations
  Merchant API      ${server.url}/admin/api/skills   (Authorization: Bearer dev-admin-token)
  Health            ${server.url}/healthz
Press Ctrl+C to stop.
`);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.stop();
    process.exit(0);
  });
}
server.child.on("exit", (code) => process.exit(code ?? 0));
