/** Small text helpers shared by the skills' templates and matchers. */

/** "refund to …" → "Refund to …" (first letter only; the rest keeps its case). */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A literal for `new RegExp(...)`: every character that means something in a pattern is escaped. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
