/**
 * Carriers we build tracking links for. A link is only ever built here, from a verified tracking number and an
 * allow-listed host, so neither the model nor stored data can point a shopper at an arbitrary site (DESIGN §6).
 */
type Carrier = { id: string; name: string; trackingUrl: (trackingNumber: string) => string };

const CARRIERS: Carrier[] = [
  {
    id: "colissimo",
    name: "Colissimo",
    trackingUrl: (n) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${encodeURIComponent(n)}`,
  },
  {
    id: "inpost",
    name: "InPost",
    trackingUrl: (n) => `https://inpost.pl/sledzenie-przesylek?number=${encodeURIComponent(n)}`,
  },
  {
    id: "dhl",
    name: "DHL",
    trackingUrl: (n) => `https://www.dhl.com/global-en/home/tracking.html?tracking-id=${encodeURIComponent(n)}`,
  },
  { id: "ups", name: "UPS", trackingUrl: (n) => `https://www.ups.com/track?tracknum=${encodeURIComponent(n)}` },
  {
    id: "usps",
    name: "USPS",
    trackingUrl: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${encodeURIComponent(n)}`,
  },
];

const byKey = new Map(CARRIERS.flatMap((c) => [[c.id, c] as const, [c.name.toLowerCase(), c] as const]));

export function findCarrier(idOrName: string): Carrier | undefined {
  return byKey.get(idOrName.trim().toLowerCase());
}

/** The carrier's own tracking page for this parcel, or undefined for a carrier we do not know. */
export function trackingUrlFor(carrier: string, trackingNumber: string): string | undefined {
  return findCarrier(carrier)?.trackingUrl(trackingNumber);
}

export function carrierName(carrier: string): string {
  return findCarrier(carrier)?.name ?? carrier;
}
