import { fold } from "../../agent/router/text";
import type { AddressChange } from "../../commerce/types";
import { NUMBER_WORD_PATTERN, numberValue } from "../../i18n/number-words";
import { orderNamesIn } from "../order-tracking/select-order";
import { parseAddress } from "./parse-address";

/**
 * What the shopper asks to change, read from their message (the embedded model's planner) or passed by a real model
 * as tool input. Only a request: every field is checked against the order before anything is proposed.
 */
export type OrderChangeRequest = {
  orderName?: string;
  /** Absent when the message does not say; the skill asks what to change. */
  kind?: "cancel" | "address" | "item";
  address?: AddressChange;
  /** A line id, or words naming the line ("the espresso beans"). */
  item?: string;
  /** A variant name, or words containing one ("make it Ground"). */
  variant?: string;
  quantity?: number;
};

// Folded text (lower case, no accents). Stems rather than words: "annulez", "anulować", "stornieren", "cancelar".
const CANCEL = /\b(?:cancel|annul|anul|storn|cancela|rezygnuj|rezygnacj)\w*/;
const ADDRESS = /(?:address|adress|adres|direccion|anschrift|postcode|zip code|code postal|kod pocztowy|postleitzahl)/;
const VARIANT = /\b(?:size|taille|rozmiar|grosse|talla|colou?r|couleur|kolor|farbe|variant|wariant|version|wersj)\w*/;
const QUANTITY = /\b(?:quantit|ilosc|ile sztuk|menge|anzahl|cantidad|how many|combien)\w*/;

/** Weights and volumes in product titles ("1 kg", "50 ml") are not quantities. */
const MEASURE = /\b\d+(?:[.,]\d+)?\s?(?:kg|g|ml|l|cl|oz|cm|mm)\b/g;
const SMALL_NUMBER = new RegExp(`(?<![\\d#.,-])(\\d{1,2}|${NUMBER_WORD_PATTERN})(?![\\d.,-])`, "g");

/** The quantity the shopper wants: the last small number left once order numbers, sizes and measures are gone. */
export function quantityIn(folded: string, orderNames: string[]): number | undefined {
  let text = folded.replace(MEASURE, " ");
  for (const name of orderNames) text = text.replaceAll(name.slice(1), " ");
  // A shoe size is a number too: "size 43" names a variant, not a quantity.
  text = text.replace(/\b(?:size|taille|rozmiar|grosse|talla)\s+\d+/g, " ");
  const values = [...text.matchAll(SMALL_NUMBER)].map((match) => numberValue(match[1]!));
  return values.filter((value) => value !== undefined).at(-1);
}

function kindOf(folded: string, address: AddressChange | null, quantity: number | undefined) {
  if (address || ADDRESS.test(folded)) return "address";
  const aboutItem = VARIANT.test(folded) || QUANTITY.test(folded);
  if (CANCEL.test(folded) && !aboutItem) return "cancel";
  if (aboutItem || quantity !== undefined) return "item";
  return undefined;
}

export function parseOrderChange(text: string): OrderChangeRequest {
  const address = parseAddress(text);
  // An address holds postcodes and house numbers: take order numbers from the rest of the message only.
  const rest = address
    ? [address.address1, address.postalCode, address.city].reduce((t, p) => t.replace(p, " "), text)
    : text;
  const orderNames = orderNamesIn(rest);
  const folded = fold(rest);
  const quantity = address ? undefined : quantityIn(folded, orderNames);
  const kind = kindOf(folded, address, quantity);
  return {
    orderName: orderNames[0],
    kind,
    address: address ?? undefined,
    // The embedded planner cannot tell which words name the line or the variant: the tool matches the whole text.
    item: kind === "address" ? undefined : text,
    variant: kind === "item" || kind === undefined ? text : undefined,
    quantity: kind === "item" ? quantity : undefined,
  };
}
