import { describe, expect, it } from "vitest";
import { chunkMarkdown } from "../../../kb/chunk";
import { findConflicts } from "../../../kb/conflicts";
import { embedText } from "../../../kb/embedders/embedded";
import { reciprocalRankFusion } from "../../../kb/fuse";
import { htmlToMarkdown } from "../../../kb/html";
import { dotQuantized, quantize } from "../../../kb/quantize";
import { ftsQuery } from "../../../kb/search";

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, v, i) => sum + v * b[i]!, 0);

describe("knowledge-base building blocks", () => {
  it("embeds deterministically, normalised, with related words closer than unrelated ones", () => {
    const a = embedText("How do I return my order?");
    expect(embedText("How do I return my order?")).toEqual(a);
    expect(cosine(a, a)).toBeCloseTo(1, 5);
    expect(cosine(a, embedText("returns of orders"))).toBeGreaterThan(cosine(a, embedText("espresso coffee beans")));
    expect(cosine(embedText("retourner un article"), embedText("retour des articles"))).toBeGreaterThan(0.3);
  });

  it("keeps cosine ranking after int8 quantisation", () => {
    const query = embedText("refund delay");
    const near = embedText("refunds are issued within 5 days");
    const far = embedText("we ship to Canada");
    const q = (v: Float32Array) => quantize(v);
    expect(dotQuantized(query, q(near).bytes, q(near).scale)).toBeCloseTo(cosine(query, near), 2);
    expect(dotQuantized(query, q(near).bytes, q(near).scale)).toBeGreaterThan(
      dotQuantized(query, q(far).bytes, q(far).scale),
    );
  });

  it("fuses ranked lists by reciprocal rank, deterministically", () => {
    expect(
      reciprocalRankFusion([
        ["a", "b", "c"],
        ["b", "d"],
      ]).map((r) => r.id),
    ).toEqual(["b", "a", "d", "c"]);
    expect(reciprocalRankFusion([["y"], ["x"]]).map((r) => r.id)).toEqual(["x", "y"]);
  });

  it("builds FTS queries no user input can break", () => {
    expect(ftsQuery('refund" OR * NEAR(')).toBe('{heading text} : ("refun"* OR "near"*)');
    expect(ftsQuery('refund" OR * NEAR(', "fr")).toBe('lang : "fr" AND {heading text} : ("refun"* OR "near"*)');
    expect(ftsQuery("?? !!")).toBeNull();
  });

  it("chunks at headings and strips page boilerplate from HTML", () => {
    expect(chunkMarkdown("# Returns\nIntro\n## Window\n30 days\n## Refunds\n5 days")).toEqual([
      { heading: "Returns", text: "Intro" },
      { heading: "Window", text: "30 days" },
      { heading: "Refunds", text: "5 days" },
    ]);
    const md = htmlToMarkdown(
      "<nav>Home | Shop</nav><script>track()</script><h2>Payment</h2><p>Visa &amp; PayPal</p><footer>© 2026</footer>",
    );
    expect(md).toBe("## Payment\n\nVisa & PayPal");
  });

  it("reports policy facts stated with different values, and only those", () => {
    const chunks = [
      { id: "a", text: "You can return items within 30 days of delivery." },
      { id: "b", text: "Retours acceptés dans les 14 jours suivant la livraison." },
      { id: "c", text: "Refunds within 5 business days of receiving the return." },
    ];
    expect(findConflicts(chunks)).toEqual([
      {
        fact: "return_window_days",
        label: "Return window (days)",
        values: [
          { value: "14", chunkIds: ["b"] },
          { value: "30", chunkIds: ["a"] },
        ],
      },
    ]);
    expect(findConflicts(chunks.slice(0, 1).concat(chunks.slice(2)))).toEqual([]);
  });
});
