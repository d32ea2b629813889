/** Text normalisation shared by indexing, querying and extractive answers. */

const STOPWORDS = new Set(
  (
    "the a an and or of to in on for is are do does can i my you your we our it what how when where which with be " +
    "le la les de des du un une et ou est sont je mon ma mes vous votre nos pour sur dans que quoi comment quand qui " +
    "w z na do i o czy jak jest sa moj moja moje mi sie co kiedy gdzie ile " +
    "der die das und oder ist sind ich mein meine sie ihr wie wann wo was fur mit ein eine " +
    "el la los las y o es son yo mi mis usted su para con que como cuando donde"
  ).split(" "),
);

/** Lower-case, accent-free words (Polish ł folds to l, as FTS5's remove_diacritics does). */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/ł/g, "l")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Content words cut to a five-letter stem, so "returns", "returned" and "retourner"'s kin meet. */
export function stems(text: string): string[] {
  return [
    ...new Set(
      words(text)
        .filter((w) => w.length > 2 && !STOPWORDS.has(w))
        .map((w) => w.slice(0, 5)),
    ),
  ];
}
