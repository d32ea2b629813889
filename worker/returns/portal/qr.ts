import { renderSVG } from "uqr";

/** The return's QR code (what a drop-off point or courier scans: the RMA number) as an SVG document. */
export function rmaQrSvg(rmaNumber: string): string {
  return renderSVG(rmaNumber, { ecc: "M", border: 2 });
}

/** As a data: URL, for an <img> in the page and in the email (email clients do not render inline <svg>). */
export function rmaQrDataUrl(rmaNumber: string): string {
  const bytes = new TextEncoder().encode(rmaQrSvg(rmaNumber));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
