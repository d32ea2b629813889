import { readFileSync } from "node:fs";

/** Rows of a TSV file with a header, as objects keyed by column name. */
export function readTsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim());
  if (!header) return [];
  const columns = header.split("\t").map((c) => c.trim());
  return lines.map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(columns.map((column, i) => [column, (cells[i] ?? "").trim()]));
  });
}
