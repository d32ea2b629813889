import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The CLI against a local stand-in of the admin API (and of a help centre for URL lists).
const received: { auth?: string; body: Record<string, string> }[] = [];
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/help/shipping") {
      res.writeHead(200, { "content-type": "text/html" });
      return res.end("<html><title>Shipping</title><nav>menu</nav><h1>Shipping</h1><p>3–5 days.</p></html>");
    }
    if (req.url === "/help/logo.png") {
      res.writeHead(200, { "content-type": "image/png" });
      return res.end("png");
    }
    let data = "";
    req.on("data", (chunk) => (data += chunk));
    req.on("end", () => {
      const body = JSON.parse(data);
      received.push({ auth: req.headers.authorization, body });
      if (body.title === "Rejected") {
        res.writeHead(400, { "content-type": "application/json" });
        return res.end(JSON.stringify({ error: { message: "'title' is required." } }));
      }
      res.writeHead(201, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: `doc_${received.length}`, chunks: 2 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

/** Runs the CLI asynchronously: the fake server lives in this process and must keep answering meanwhile. */
function runImport(target: string): Promise<{ status: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["scripts/kb.mjs", "import", target],
      { encoding: "utf8", env: { ...process.env, SHOPKEEPER_URL: base, ADMIN_TOKEN: "t0ken" } },
      (error, stdout) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout }),
    );
  });
}

describe("npm run kb -- import", () => {
  it("imports a folder's markdown, text and HTML, skips what it cannot read and says why", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-import-"));
    writeFileSync(join(dir, "returns.md"), "# Returns\n\nWithin 30 days.");
    writeFileSync(join(dir, "care.txt"), "Wash at 30 degrees.");
    writeFileSync(join(dir, "faq.html"), "<title>FAQ</title><h1>FAQ</h1><p>Hello</p>");
    writeFileSync(join(dir, "manual.pdf"), "%PDF-1.4");
    writeFileSync(join(dir, "empty.md"), "   ");
    received.length = 0;
    const result = await runImport(dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Imported 3 documents \(6 chunks\); skipped 2/);
    expect(result.stdout).toMatch(/manual\.pdf: unsupported file type \.pdf/);
    expect(result.stdout).toMatch(/empty\.md: empty/);
    expect(received.map((r) => r.body.title).sort()).toEqual(["FAQ", "Returns", "care"]);
    expect(received.every((r) => r.auth === "Bearer t0ken")).toBe(true);
    expect(received.find((r) => r.body.title === "Returns")?.body.markdown).toContain("Within 30 days");
  });

  it("imports the pages a URL list names", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-urls-"));
    writeFileSync(join(dir, "urls.txt"), `# help centre\n${base}/help/shipping\n${base}/help/logo.png\n`);
    received.length = 0;
    const result = await runImport(join(dir, "urls.txt"));
    expect(result.stdout).toMatch(/Imported 1 documents/);
    expect(result.stdout).toMatch(/logo\.png: unsupported content type image\/png/);
    expect(received[0]?.body).toMatchObject({ title: "Shipping", source: `${base}/help/shipping` });
    expect(received[0]?.body.html).toContain("3–5 days");
  });
});
