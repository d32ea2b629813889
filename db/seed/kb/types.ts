import type { Language } from "../../../worker/protocol";

/** A help-centre article of the demo store (DESIGN §11). Stable ids: re-seeding replaces, never duplicates. */
export type DemoArticle = { id: string; lang: Language; title: string; source: string; markdown: string };
