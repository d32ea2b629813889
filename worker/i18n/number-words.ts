/**
 * Small numbers as shoppers spell them ("two months", "deux mois", "dwa miesiące", "zwei Monate", "dos meses"),
 * keyed by folded form (lower case, no accents). Only 1–12: larger amounts are written in digits. Articles ("a",
 * "un", "ein") are left out on purpose: "change it to a larger size" holds no quantity.
 */
const WORDS: [number, string][] = [
  [1, "one jeden jedna jedno jednego eins uno"],
  [2, "two deux dwa dwie dwoch zwei dos"],
  [3, "three trois trzy trzech drei tres"],
  [4, "four quatre cztery czterech vier cuatro"],
  [5, "five cinq piec pieciu funf fuenf cinco"],
  [6, "six szesc szesciu sechs seis"],
  [7, "seven sept siedem sieben siete"],
  [8, "eight huit osiem acht ocho"],
  [9, "nine neuf dziewiec neun nueve"],
  [10, "ten dix dziesiec zehn diez"],
  [11, "eleven onze jedenascie elf once"],
  [12, "twelve douze dwanascie zwolf doce"],
];

const BY_WORD = new Map(WORDS.flatMap(([value, words]) => words.split(" ").map((word) => [word, value] as const)));

/** The value of a digit string or a spelled small number, else undefined. */
export function numberValue(token: string): number | undefined {
  if (/^\d{1,3}$/.test(token)) return Number(token);
  return BY_WORD.get(token);
}

/** Alternation of every spelled number, for building patterns such as "<number> weeks". */
export const NUMBER_WORD_PATTERN = [...BY_WORD.keys()].sort((a, b) => b.length - a.length).join("|");
