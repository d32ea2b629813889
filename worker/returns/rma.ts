/**
 * RMA numbers the shopper reads out on the phone and writes on a parcel: `RMA-` and 8 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L). 32^8 ≈ 10^12 values, so collisions are left to the unique index to catch.
 */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function newRmaNumber(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(8));
  return `RMA-${[...bytes].map((byte) => ALPHABET[byte % ALPHABET.length]).join("")}`;
}

export const RMA_PATTERN = /\bRMA-[2-9A-HJKMNP-Z]{4,12}\b/i;
