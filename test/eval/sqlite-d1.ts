import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";

/**
 * Just enough of the D1 API over Node's built-in SQLite (FTS5 included) to run the knowledge base outside workerd,
 * for offline evaluation. Not a general D1 emulator.
 */
class Statement {
  constructor(
    private readonly db: DatabaseSync,
    readonly sql: string,
    private readonly params: unknown[] = [],
  ) {}
  bind(...params: unknown[]) {
    return new Statement(this.db, this.sql, params);
  }
  private args() {
    return this.params.map((p) => (p === undefined ? null : p)) as never[];
  }
  async all<T>() {
    return { results: this.db.prepare(this.sql).all(...this.args()) as T[], success: true, meta: {} };
  }
  async first<T>() {
    return (this.db.prepare(this.sql).get(...this.args()) as T) ?? null;
  }
  async run() {
    this.db.prepare(this.sql).run(...this.args());
    return { success: true, meta: {}, results: [] };
  }
  async raw() {
    const stmt = this.db.prepare(this.sql);
    return (stmt.all(...this.args()) as Record<string, unknown>[]).map((row) => Object.values(row));
  }
}

export function sqliteD1(migrationsDir: string): D1Database {
  const db = new DatabaseSync(":memory:");
  for (const file of readdirSync(migrationsDir)
    .filter((f) => f.endsWith(".sql"))
    .sort()) {
    for (const statement of readFileSync(join(migrationsDir, file), "utf8").split("--> statement-breakpoint")) {
      if (statement.trim()) db.exec(statement);
    }
  }
  const d1 = {
    prepare: (sql: string) => new Statement(db, sql),
    async batch(statements: Statement[]) {
      db.exec("BEGIN");
      try {
        const results = [];
        for (const statement of statements) results.push(await statement.all());
        db.exec("COMMIT");
        return results;
      } catch (error) {
        db.exec("ROLLBACK");
        throw error;
      }
    },
    async exec(sql: string) {
      db.exec(sql);
      return { count: 0, duration: 0 };
    },
  };
  return d1 as unknown as D1Database;
}
