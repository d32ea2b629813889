import type { Language } from "../../protocol";

/** Per-language templates of the recommendations skill; values arrive formatted (prices, lists, titles). */
type RecommendationMessages = {
  picks: (list: string) => string;
  similar: (title: string, list: string) => string;
  withinBudget: (budget: string) => string;
  noMatch: string;
  overBudget: (budget: string) => string;
  closest: (categories: string) => string;
  unclear: (categories: string) => string;
  from: (price: string) => string;
  /** Shown when the budget was in another currency: "100 zł ≈ €23.00". */
  converted: (asked: string, store: string) => string;
  whyNeed: (labels: string, price: string) => string;
  whyLike: (title: string, labels: string, price: string) => string;
  whyPrice: (price: string) => string;
  inBudget: string;
};

const en: RecommendationMessages = {
  picks: (l) => `Here are my suggestions from our catalogue: ${l}.`,
  similar: (t, l) => `Since you're looking at the ${t}, you might like ${l}.`,
  withinBudget: (b) => `All within your budget of ${b}.`,
  noMatch: "I couldn't find anything like that in our catalogue.",
  overBudget: (b) => `I couldn't find anything that fits within ${b}.`,
  closest: (c) => `The closest we have: ${c}.`,
  unclear: (c) =>
    `Tell me what you're looking for — who it's for, what you need it for, or a budget — and I'll suggest something. We have ${c}.`,
  from: (p) => `from ${p}`,
  converted: (a, s) => `${a} ≈ ${s}`,
  whyNeed: (l, p) => `${l} — ${p}`,
  whyLike: (t, l, p) => `Like the ${t} you're looking at: ${l} — ${p}`,
  whyPrice: (p) => `${p}`,
  inBudget: "within your budget",
};

const fr: RecommendationMessages = {
  picks: (l) => `Voici mes suggestions dans notre catalogue : ${l}.`,
  similar: (t, l) => `Puisque vous regardez l'article « ${t} », ceci pourrait vous plaire : ${l}.`,
  withinBudget: (b) => `Le tout dans votre budget de ${b}.`,
  noMatch: "Je n'ai rien trouvé de tel dans notre catalogue.",
  overBudget: (b) => `Je n'ai rien trouvé qui tienne dans ${b}.`,
  closest: (c) => `Ce qui s'en rapproche le plus : ${c}.`,
  unclear: (c) =>
    `Dites-moi ce que vous cherchez — pour qui, pour quel usage, ou votre budget — et je vous ferai des suggestions. Nous proposons : ${c}.`,
  from: (p) => `à partir de ${p}`,
  converted: (a, s) => `${a} ≈ ${s}`,
  whyNeed: (l, p) => `${l} — ${p}`,
  whyLike: (t, l, p) => `Comme « ${t} » que vous regardez : ${l} — ${p}`,
  whyPrice: (p) => `${p}`,
  inBudget: "dans votre budget",
};

const pl: RecommendationMessages = {
  picks: (l) => `Oto moje propozycje z naszego katalogu: ${l}.`,
  similar: (t, l) => `Skoro oglądasz produkt „${t}”, może spodobać Ci się: ${l}.`,
  withinBudget: (b) => `Wszystko mieści się w budżecie ${b}.`,
  noMatch: "Nie znalazłem niczego takiego w naszym katalogu.",
  overBudget: (b) => `Nie znalazłem niczego, co zmieści się w budżecie ${b}.`,
  closest: (c) => `Najbliżej tego mamy: ${c}.`,
  unclear: (c) => `Napisz, czego szukasz — dla kogo, do czego albo jaki masz budżet — a coś zaproponuję. Mamy: ${c}.`,
  from: (p) => `od ${p}`,
  converted: (a, s) => `${a} ≈ ${s}`,
  whyNeed: (l, p) => `${l} — ${p}`,
  whyLike: (t, l, p) => `Podobne do „${t}”, który oglądasz: ${l} — ${p}`,
  whyPrice: (p) => `${p}`,
  inBudget: "w Twoim budżecie",
};

const de: RecommendationMessages = {
  picks: (l) => `Hier sind meine Vorschläge aus unserem Sortiment: ${l}.`,
  similar: (t, l) => `Da Sie sich „${t}“ ansehen, könnte Ihnen auch gefallen: ${l}.`,
  withinBudget: (b) => `Alles innerhalb Ihres Budgets von ${b}.`,
  noMatch: "Dazu habe ich in unserem Sortiment nichts gefunden.",
  overBudget: (b) => `Innerhalb von ${b} habe ich nichts Passendes gefunden.`,
  closest: (c) => `Am nächsten kommen: ${c}.`,
  unclear: (c) =>
    `Sagen Sie mir, was Sie suchen – für wen, wofür oder Ihr Budget –, dann mache ich Vorschläge. Wir führen: ${c}.`,
  from: (p) => `ab ${p}`,
  converted: (a, s) => `${a} ≈ ${s}`,
  whyNeed: (l, p) => `${l} – ${p}`,
  whyLike: (t, l, p) => `Wie „${t}“, das Sie sich ansehen: ${l} – ${p}`,
  whyPrice: (p) => `${p}`,
  inBudget: "innerhalb Ihres Budgets",
};

const es: RecommendationMessages = {
  picks: (l) => `Estas son mis sugerencias de nuestro catálogo: ${l}.`,
  similar: (t, l) => `Ya que estás viendo «${t}», quizá te guste: ${l}.`,
  withinBudget: (b) => `Todo dentro de tu presupuesto de ${b}.`,
  noMatch: "No he encontrado nada así en nuestro catálogo.",
  overBudget: (b) => `No he encontrado nada que entre en ${b}.`,
  closest: (c) => `Lo más parecido que tenemos: ${c}.`,
  unclear: (c) => `Cuéntame qué buscas —para quién, para qué o tu presupuesto— y te sugeriré algo. Tenemos: ${c}.`,
  from: (p) => `desde ${p}`,
  converted: (a, s) => `${a} ≈ ${s}`,
  whyNeed: (l, p) => `${l} — ${p}`,
  whyLike: (t, l, p) => `Como «${t}», que estás viendo: ${l} — ${p}`,
  whyPrice: (p) => `${p}`,
  inBudget: "dentro de tu presupuesto",
};

export const recommendationMessages: Record<Language, RecommendationMessages> = { en, fr, pl, de, es };
