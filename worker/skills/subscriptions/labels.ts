import type { Frequency } from "../../commerce/types";
import type { Language } from "../../protocol";
import type { Duration } from "./schedule";

/** "2 months", "co 4 tygodnie", "toutes les 6 semaines": amounts of time with each language's plural rules. */
type Forms = { one: string; few?: string; other: string };

const UNITS: Record<Language, Record<Duration["unit"], Forms>> = {
  en: {
    day: { one: "day", other: "days" },
    week: { one: "week", other: "weeks" },
    month: { one: "month", other: "months" },
  },
  fr: {
    day: { one: "jour", other: "jours" },
    week: { one: "semaine", other: "semaines" },
    month: { one: "mois", other: "mois" },
  },
  pl: {
    day: { one: "dzień", few: "dni", other: "dni" },
    week: { one: "tydzień", few: "tygodnie", other: "tygodni" },
    month: { one: "miesiąc", few: "miesiące", other: "miesięcy" },
  },
  de: {
    day: { one: "Tag", other: "Tage" },
    week: { one: "Woche", other: "Wochen" },
    month: { one: "Monat", other: "Monate" },
  },
  es: {
    day: { one: "día", other: "días" },
    week: { one: "semana", other: "semanas" },
    month: { one: "mes", other: "meses" },
  },
};

/** How "every …" reads for one period and for several. */
const EVERY: Record<Language, { one: Record<Duration["unit"], string>; several: (amount: string) => string }> = {
  en: { one: { day: "every day", week: "every week", month: "every month" }, several: (a) => `every ${a}` },
  fr: {
    one: { day: "tous les jours", week: "toutes les semaines", month: "tous les mois" },
    several: (a) => (/semaine/.test(a) ? `toutes les ${a}` : `tous les ${a}`),
  },
  pl: { one: { day: "codziennie", week: "co tydzień", month: "co miesiąc" }, several: (a) => `co ${a}` },
  de: { one: { day: "jeden Tag", week: "jede Woche", month: "jeden Monat" }, several: (a) => `alle ${a}` },
  es: { one: { day: "cada día", week: "cada semana", month: "cada mes" }, several: (a) => `cada ${a}` },
};

const plurals = new Map<Language, Intl.PluralRules>();

function unitWord(unit: Duration["unit"], count: number, language: Language): string {
  let rules = plurals.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    plurals.set(language, rules);
  }
  const forms = UNITS[language][unit];
  const category = rules.select(count);
  return category === "one" ? forms.one : category === "few" && forms.few ? forms.few : forms.other;
}

export function durationLabel(duration: Duration, language: Language): string {
  return `${duration.count} ${unitWord(duration.unit, duration.count, language)}`;
}

export function frequencyLabel(frequency: Frequency, language: Language): string {
  const every = EVERY[language];
  return frequency.count === 1 ? every.one[frequency.unit] : every.several(durationLabel(frequency, language));
}
