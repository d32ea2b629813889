// `npm run kb -- import <file|dir|urls.txt>`: imports help-centre content through the admin API of a running
// Shopkeeper (SHOPKEEPER_URL, default http://127.0.0.1:8787; ADMIN_TOKEN from the environment or .dev.vars).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";

const MAX_BYTES = 5 * 1024 * 1024;
const KINDS = { ".md": "markdown", ".markdown": "markdown", ".txt": "text", ".html": "html", ".htm": "html" };

function adminToken() {
  if (process.env.ADMIN_TOKEN) return process.env.ADMIN_TOKEN;
  const devVars = join(process.cwd(), ".dev.vars");
  const match = existsSync(devVars) && readFileSync(devVars, "utf8").match(/^ADMIN_TOKEN\s*=\s*"?([^"\n]*)"?/m);
  return match ? match[1] : "";
}

/** Every source the argument names: a file, the supported files of a folder, or the URLs listed in a .txt file. */
function sources(target) {
  if (statSync(target).isDirectory()) {
    return readdirSync(target, { recursive: true })
      .map((name) => join(target, String(name)))
      .filter((path) => statSync(path).isFile())
      .sort()
      .map((path) => ({ kind: "file", path }));
  }
  const text = readFileSync(target, "utf8");
  const urls = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  if (extname(target) === ".txt" && urls.length && urls.every((u) => /^https?:\/\//.test(u))) {
    return urls.map((url) => ({ kind: "url", path: url }));
  }
  return [{ kind: "file", path: target }];
}

const titleOf = (kind, body, fallback) =>
  (kind === "html"
    ? body
        .match(/<title[^>]*>([^<]*)<\/title>|<h1[^>]*>([^<]*)<\/h1>/i)
        ?.slice(1)
        .find(Boolean)
    : body.match(/^#\s+(.+)$/m)?.[1]
  )?.trim() || fallback;

async function load(source) {
  if (source.kind === "url") {
    const res = await fetch(source.path);
    if (!res.ok) return { skip: `HTTP ${res.status}` };
    const type = res.headers.get("content-type") ?? "";
    const kind = type.includes("html")
      ? "html"
      : type.includes("markdown")
        ? "markdown"
        : type.startsWith("text/")
          ? "text"
          : null;
    if (!kind) return { skip: `unsupported content type ${type || "(none)"}` };
    return { kind, body: await res.text(), name: source.path };
  }
  const kind = KINDS[extname(source.path).toLowerCase()];
  if (!kind) return { skip: `unsupported file type ${extname(source.path) || "(none)"}` };
  if (statSync(source.path).size > MAX_BYTES) return { skip: "larger than 5 MB" };
  return { kind, body: readFileSync(source.path, "utf8"), name: basename(source.path, extname(source.path)) };
}

function progress(done, total, label) {
  const width = 24;
  const filled = Math.round((done / total) * width);
  process.stdout.write(
    `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${label.slice(0, 50).padEnd(50)}`,
  );
}

async function importAll(target) {
  const base = (process.env.SHOPKEEPER_URL ?? "http://127.0.0.1:8787").replace(/\/$/, "");
  const token = adminToken();
  const list = sources(target);
  const summary = { documents: 0, chunks: 0, skipped: [] };
  for (const [i, source] of list.entries()) {
    progress(i, list.length, source.path);
    const loaded = await load(source).catch((error) => ({ skip: error.message }));
    if (loaded.skip) {
      summary.skipped.push(`${source.path}: ${loaded.skip}`);
      continue;
    }
    if (!loaded.body.trim()) {
      summary.skipped.push(`${source.path}: empty`);
      continue;
    }
    const res = await fetch(`${base}/admin/api/kb/documents`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({
        title: titleOf(loaded.kind, loaded.body, loaded.name),
        [loaded.kind]: loaded.body,
        source: source.path,
      }),
    });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) summary.skipped.push(`${source.path}: ${body.error?.message ?? `HTTP ${res.status}`}`);
    else {
      summary.documents += 1;
      summary.chunks += body.chunks ?? 0;
    }
  }
  progress(list.length, list.length, "done");
  console.log(
    `\n\nImported ${summary.documents} documents (${summary.chunks} chunks); skipped ${summary.skipped.length}.`,
  );
  for (const line of summary.skipped) console.log(`  skipped ${line}`);
  return summary;
}

const [command, target] = process.argv.slice(2);
if (command !== "import" || !target || !existsSync(target)) {
  console.error("usage: npm run kb -- import <file|dir|urls.txt>");
  process.exit(2);
}
const summary = await importAll(target);
process.exit(summary.documents === 0 && summary.skipped.length > 0 ? 1 : 0);
