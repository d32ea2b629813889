// `npm run eval -- router FILE` (or `tsx test/eval/router.ts FILE`): routes every utterance of a TSV file with no
// conversation context and prints a confusion table (rows = expected, columns = predicted), per-route accuracy,
// the time per message and, last, `accuracy=<0..1> n=<count>`.
import { routeMessage } from "../../worker/agent/router";
import { readTsv } from "./tsv";

const file = process.argv[2];
if (!file) {
  console.error("usage: npm run eval -- router FILE.tsv   (columns: skill, utterance; others ignored)");
  process.exit(2);
}

const SHORT: Record<string, string> = {
  returns: "return",
  order_tracking: "track",
  order_modification: "modify",
  subscriptions: "subscr",
  loyalty: "loyal",
  discounts: "discnt",
  general_qa: "qa",
  product_recommendations: "recomm",
  handoff: "handoff",
  none: "none",
};
const short = (label: string) => SHORT[label] ?? label.slice(0, 7);

const rows = readTsv(file).filter((row) => row.skill && row.utterance);
const predictions = rows.map((row) => routeMessage(row.utterance!).route as string);
// Timed on a second pass so the figure is the steady per-message cost, not the JIT warming up.
const started = performance.now();
for (const row of rows) routeMessage(row.utterance!);
const perMessage = (performance.now() - started) / Math.max(rows.length, 1);

const confusion = new Map<string, Map<string, number>>();
rows.forEach((row, i) => {
  const line = confusion.get(row.skill!) ?? new Map<string, number>();
  line.set(predictions[i]!, (line.get(predictions[i]!) ?? 0) + 1);
  confusion.set(row.skill!, line);
});
const order = Object.keys(SHORT).filter((label) => confusion.has(label) || predictions.includes(label));
for (const label of new Set([...confusion.keys(), ...predictions])) if (!order.includes(label)) order.push(label);

const width = 8;
console.log(`${"expected \\ predicted".padEnd(26)}${order.map((l) => short(l).padStart(width)).join("")}   accuracy`);
let correct = 0;
for (const expected of order) {
  const line = confusion.get(expected);
  if (!line) continue;
  const total = [...line.values()].reduce((a, b) => a + b, 0);
  const hits = line.get(expected) ?? 0;
  correct += hits;
  const cells = order.map((l) => String(line.get(l) ?? "·").padStart(width)).join("");
  console.log(`${expected.padEnd(26)}${cells}   ${(hits / total).toFixed(2)} (${hits}/${total})`);
}
console.log(`\n${perMessage.toFixed(3)} ms per message`);
console.log(`accuracy=${(correct / Math.max(rows.length, 1)).toFixed(3)} n=${rows.length}`);
