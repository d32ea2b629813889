/**
 * Finds chunks that state different values for the same policy fact — e.g. a 30-day and a 14-day return window —
 * so the merchant can fix the content before shoppers are told both. Facts are recognised in every language the
 * demo speaks; a fact's value is normalised (numbers only) so "30 days" and "30 jours" agree.
 */
type Fact = { id: string; label: string; topic: RegExp; value: RegExp };

const FACTS: Fact[] = [
  {
    id: "return_window_days",
    label: "Return window (days)",
    topic: /return|retour|zwrot|rücksend|devol/i,
    // "within 30 days of delivery" — not "refunds within 5 business days of receiving the return".
    value:
      /(?:within|dans les|w ciągu|innerhalb von|dentro de los)\s*(\d+)\s*(?:days?|jours?|dni|tagen?|días)\s*(?:of|suivant|od|nach|desde|tras)\s*(?:the\s*)?(?:delivery|la livraison|dostaw|lieferung|la entrega)/i,
  },
  {
    id: "free_shipping_threshold",
    label: "Free shipping threshold (€)",
    topic: /free|gratuit|bezpłat|kostenlos|gratis/i,
    value: /(?:over|dès|powyżej|ab|más de)\s*€?\s*(\d+)/i,
  },
  {
    id: "points_per_euro",
    label: "Loyalty points per €1",
    topic: /point|punkt|punto/i,
    value: /(\d+)\s*(?:points?|punkt\w*|puntos?)\s*(?:for every|per|pour chaque|par|za każde)/i,
  },
];

/** A value the store is configured with (e.g. the return window the eligibility engine applies), by fact id. */
export type ConfiguredFacts = Partial<Record<string, { value: string; setting: string }>>;

export type Conflict = {
  fact: string;
  label: string;
  /** Each value stated, with the chunks stating it; `setting` marks the value the store actually applies. */
  values: { value: string; chunkIds: string[]; setting?: string }[];
};

/**
 * Facts stated with different values across chunks — or, the costliest kind, content that contradicts what the
 * store actually applies (an article promising 30 days when returns are checked against 14).
 */
export function findConflicts(chunks: { id: string; text: string }[], configured: ConfiguredFacts = {}): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const fact of FACTS) {
    const byValue = new Map<string, string[]>();
    for (const chunk of chunks) {
      if (!fact.topic.test(chunk.text)) continue;
      const value = chunk.text.match(fact.value)?.[1];
      if (value) byValue.set(value, [...(byValue.get(value) ?? []), chunk.id]);
    }
    const applied = configured[fact.id];
    const contradicts = applied && byValue.size > 0 && [...byValue.keys()].some((v) => v !== applied.value);
    if (byValue.size > 1 || contradicts) {
      const values: Conflict["values"] = [...byValue].map(([value, chunkIds]) => ({ value, chunkIds }));
      if (applied) {
        const stated = values.find((v) => v.value === applied.value);
        if (stated) stated.setting = applied.setting;
        else values.push({ value: applied.value, chunkIds: [], setting: applied.setting });
      }
      conflicts.push({ fact: fact.id, label: fact.label, values: values.sort((a, b) => (a.value < b.value ? -1 : 1)) });
    }
  }
  return conflicts;
}
