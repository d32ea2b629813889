// Builds the storefront widget into widget/dist (served by the Worker as static assets):
//   shopkeeper.js      — the loader merchants embed (no framework)
//   chat/index.html    — the chat app that runs in the iframe (Preact), with app.js and app.css
//   _headers           — a strict Content-Security-Policy for the chat app
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

const root = new URL("..", import.meta.url).pathname;
const dist = join(root, "widget/dist");
mkdirSync(join(dist, "chat"), { recursive: true });

const common = { bundle: true, minify: true, target: "es2020", legalComments: "none", logLevel: "warning" };

await build({
  ...common,
  entryPoints: [join(root, "widget/loader.ts")],
  outfile: join(dist, "shopkeeper.js"),
  format: "iife",
});
await build({
  ...common,
  entryPoints: [join(root, "widget/app/main.tsx")],
  outfile: join(dist, "chat/app.js"),
  format: "esm",
  jsx: "automatic",
  jsxImportSource: "preact",
});
await build({ ...common, entryPoints: [join(root, "widget/app/styles.css")], outfile: join(dist, "chat/app.css") });
copyFileSync(join(root, "widget/app/index.html"), join(dist, "chat/index.html"));

// The chat app never needs inline script, eval or third-party hosts: even if text slipped past the renderer,
// the browser would refuse to run it or to load anything from elsewhere.
writeFileSync(
  join(dist, "_headers"),
  `/chat/*
  Content-Security-Policy: default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'
  Referrer-Policy: no-referrer
  X-Content-Type-Options: nosniff
/shopkeeper.js
  Cache-Control: public, max-age=300
  Access-Control-Allow-Origin: *
`,
);
