import type { AddressChange } from "../../commerce/types";

/**
 * Reads a new delivery address from a shopper's message: "…to 8 rue de Charonne, 75011 Paris", "…na ul. Długa 5,
 * 00-238 Warszawa", "new address: 500 Howard St, San Francisco, CA 94103", or the address on its own. A street with a
 * house number, a postcode and a city are all required; anything less is null, and the skill asks for the address.
 */

/** EU five-digit, Polish NN-NNN and UK postcodes. Four-digit ones are left out: they read like order numbers. */
const POSTCODE = /(?<![\p{L}\d-])(\d{2}-\d{3}|\d{5}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})(?![\p{L}\d-])/gu;

/**
 * Words after which the address starts ("to", "à", "na", "auf", "a", "is"…). Lower case only: a capitalised "Na" is
 * part of a street name ("ul. Na Skarpie 5"), not the word before it.
 */
const CUE = /(?:^|\s)(?:to|is|at|à|au|pour|vers|est|na|jest|auf|nach|an|ist|a|por|para|es|en)\s+/gu;

/** Courtesy after the city ("75011 Paris please") is not part of it. */
const TRAILING_COURTESY =
  /\s+(?:please|pls|thanks|thank you|instead|merci|svp|s'il vous pla[iî]t|plut[oô]t|prosz[eę]|dzi[eę]kuj[eę]|bitte|danke|por favor|gracias)$/iu;

/** Order references are removed first so "#1004" or "commande 1004" is never read as part of an address. */
const ORDER_REFERENCE =
  /#\s?\d+|\b(?:order|commande|zam[oó]wieni\w*|bestellung|pedido)\s*(?:n[°o.]?|nr\.?|number|num[eé]ro|numer|nummer)?\s*\d+/giu;

/** A two-letter US state or Canadian province after the city ("San Francisco, CA 94103"). */
const REGION = /^[A-Z]{2}$/;

const clean = (part: string) => part.replace(/^[\s,;.-]+|[\s,;]+$/g, "").replace(/\s+/g, " ");

/** Where the street starts: after the last colon, then after the last cue that still has a house number after it. */
function streetStart(before: string): number {
  const start = before.lastIndexOf(":") + 1;
  let street = start;
  for (const cue of before.slice(start).matchAll(CUE)) {
    const end = start + cue.index! + cue[0].length;
    if (/\d/.test(before.slice(end))) street = end;
  }
  return street;
}

function cityAfter(after: string): string {
  let city = clean(after.split(/[,.;!?\n]/)[0] ?? "");
  for (let previous = ""; previous !== city; ) {
    previous = city;
    city = city.replace(TRAILING_COURTESY, "");
  }
  return city;
}

export function parseAddress(message: string): AddressChange | null {
  const text = message.replace(ORDER_REFERENCE, " ");
  const postcode = [...text.matchAll(POSTCODE)].at(-1);
  if (!postcode) return null;
  const before = text.slice(0, postcode.index);
  const parts = before.slice(streetStart(before)).split(",").map(clean).filter(Boolean);
  let city = cityAfter(text.slice(postcode.index! + postcode[0].length));
  if (!city) {
    // "500 Howard St, San Francisco, CA 94103": the city comes before the postcode, perhaps with a region.
    if (parts.length > 1 && REGION.test(parts.at(-1)!)) parts.pop();
    city = parts.length > 1 ? parts.pop()! : "";
  }
  const address1 = parts.join(", ");
  if (!/\d/.test(address1) || !/\p{L}{2}/u.test(address1) || !/\p{L}{2}/u.test(city)) return null;
  return { address1, postalCode: postcode[1]!.toUpperCase(), city };
}

/** Postcode shapes per country: a new address must stay in the order's country (shipping and duties differ). */
const POSTCODE_SHAPES: Record<string, RegExp> = {
  FR: /^\d{5}$/,
  DE: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  US: /^\d{5}$/,
  PL: /^\d{2}-\d{3}$/,
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/,
};

export function postcodeFitsCountry(postalCode: string, country: string): boolean {
  return POSTCODE_SHAPES[country]?.test(postalCode) ?? true;
}
