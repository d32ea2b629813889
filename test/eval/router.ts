// `npm run eval -- router FILE`: routes every utterance with no context and prints a confusion table,
// per-route accuracy and, last, `accuracy=<0..1> n=<count>`.
import { routeMessage } from "../../worker/agent/router";
import { readTsv } from "./tsv";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run eval -- router FILE.tsv   (columns: skill, utterance)");
  process.exit(2);
}
const rows = readTsv(file).filter((row) => row.skill && row.utterance);
const labels = new Set<string>();
const confusion = new Map<string, Map<string, number>>();
let correct = 0;
const started = performance.now();
for (const row of rows) {
  const predicted = routeMessage(row.utterance!).route;
  labels.add(row.skill!).add(predicted);
  const line = confusion.get(row.skill!) ?? new Map<string, number>();
  line.set(predicted, (line.get(predicted) ?? 0) + 1);
  confusion.set(row.skill!, line);
  if (predicted === row.skill) correct += 1;
}
const elapsed = performance.now() - started;

const order = [...labels].sort();
const short = (label: string) => label.slice(0, 8);
console.log(`${"expected \\ got".padEnd(26)}${order.map((l) => short(l).padStart(9)).join("")}   accuracy`);
for (const expected of order) {
  const line = confusion.get(expected);
  if (!line) continue;
  const total = [...line.values()].reduce((a, b) => a + b, 0);
  const cells = order.map((l) => String(line.get(l) ?? "·").padStart(9)).join("");
  console.log(`${expected.padEnd(26)}${cells}   ${((line.get(expected) ?? 0) / total).toFixed(2)} (${total})`);
}
console.log(`\n${(elapsed / Math.max(rows.length, 1)).toFixed(3)} ms per message`);
console.log(`accuracy=${(correct / Math.max(rows.length, 1)).toFixed(3)} n=${rows.length}`);
