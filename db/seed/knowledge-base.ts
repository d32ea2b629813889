import { createKnowledgeBase } from "../../kb";
import { articlesEn } from "./kb/articles-en";
import { articlesFr } from "./kb/articles-fr";
import { articlesPl } from "./kb/articles-pl";

export const demoArticles = [...articlesEn, ...articlesFr, ...articlesPl];

/** Seeds the demo help centre (en, fr, pl). Stable ids: running it again replaces the articles in place. */
export async function seedKnowledgeBase(d1: D1Database, now = Date.now()): Promise<void> {
  const kb = createKnowledgeBase({ db: d1 });
  for (const article of demoArticles) {
    await kb.ingest({
      id: article.id,
      title: article.title,
      markdown: article.markdown,
      lang: article.lang,
      source: article.source,
      updatedAt: now,
    });
  }
}
