// `npm run eval -- kb FILE`: retrieval quality of the knowledge base on the demo help centre with the embedded
// embedder. FILE is TSV `lang<TAB>question<TAB>expect` (`expect`: a regular expression, matched case-insensitively
// against the text of the top 3 chunks). Prints per-language results and, last, `hit@3=<0..1> n=<count>`.
import { join } from "node:path";
import { seedKnowledgeBase } from "../../db/seed/knowledge-base";
import { createKnowledgeBase } from "../../kb";
import type { Language } from "../../worker/protocol";
import { sqliteD1 } from "./sqlite-d1";
import { readTsv } from "./tsv";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run eval -- kb FILE.tsv   (columns: lang, question, expect)");
  process.exit(2);
}
const db = sqliteD1(join(import.meta.dirname, "../../db/migrations"));
await seedKnowledgeBase(db);
const kb = createKnowledgeBase({ db });

const rows = readTsv(file).filter((row) => row.question && row.expect);
const perLanguage = new Map<string, { hits: number; n: number }>();
const misses: string[] = [];
const started = performance.now();
for (const row of rows) {
  const lang = row.lang as Language;
  const results = await kb.search(row.question!, { lang, k: 3 });
  const expect = new RegExp(row.expect!, "i");
  const hit = results.some((r) => expect.test(`${r.heading ?? ""}\n${r.text}`));
  const stats = perLanguage.get(lang) ?? { hits: 0, n: 0 };
  stats.n += 1;
  if (hit) stats.hits += 1;
  else misses.push(`  [${lang}] ${row.question}  → ${results.map((r) => r.chunkId).join(", ") || "nothing"}`);
  perLanguage.set(lang, stats);
}
const elapsed = performance.now() - started;
for (const [lang, { hits, n }] of [...perLanguage].sort())
  console.log(`${lang}  hit@3=${(hits / n).toFixed(3)} n=${n}`);
if (misses.length) console.log(`\nmisses:\n${misses.join("\n")}`);
const total = [...perLanguage.values()].reduce((a, s) => ({ hits: a.hits + s.hits, n: a.n + s.n }), { hits: 0, n: 0 });
console.log(`\n${(elapsed / Math.max(rows.length, 1)).toFixed(2)} ms per question`);
console.log(`hit@3=${(total.hits / Math.max(total.n, 1)).toFixed(3)} n=${total.n}`);
