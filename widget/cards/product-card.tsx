import type { ProductCard as Products } from "../../worker/protocol";
import { safeUrl } from "../app/markdown";
import { type CardProps, money } from "./shared";

export function ProductCard({ data, locale }: CardProps<Products>) {
  return (
    <section class="sk-card sk-products">
      {data.products.map((p) => {
        const url = safeUrl(p.url);
        return (
          <article>
            <strong>
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {p.title}
                </a>
              ) : (
                p.title
              )}
            </strong>
            <span> · {money(p.price, locale)}</span>
            <p>{p.why}</p>
          </article>
        );
      })}
    </section>
  );
}
