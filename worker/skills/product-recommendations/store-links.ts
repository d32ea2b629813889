/**
 * Links into the storefront. Every product url is built by code from the configured STORE_URL (the one allow-listed
 * host) and a handle from the catalogue — never from a url the shopper or the model supplied (DESIGN §6).
 */

const HANDLE = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The storefront's origin when STORE_URL is an absolute https url (http only for local development). */
export function storeBase(storeUrl: string | undefined): URL | null {
  if (!storeUrl) return null;
  try {
    const url = new URL(storeUrl);
    const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
    if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) return null;
    if (url.username || url.password) return null;
    return url;
  } catch {
    return null;
  }
}

export function productUrl(base: URL, handle: string): string | null {
  if (!HANDLE.test(handle)) return null;
  return new URL(`products/${handle}`, base.href.endsWith("/") ? base : `${base.href}/`).href;
}

/** Images from the catalogue: a store-relative path becomes absolute on the store's host; other hosts are dropped. */
export function imageUrl(base: URL, image: string | undefined): string | undefined {
  if (!image) return undefined;
  try {
    const url = new URL(image, base);
    return url.host === base.host && url.protocol === base.protocol ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The product handle of the page the widget was opened on: `/products/<handle>`, also under a locale or collection
 * prefix (`/fr/products/…`, `/collections/sale/products/…`). The url is the shopper's and untrusted, but it only
 * selects a product from the public catalogue, so any host is fine.
 */
export function handleFromPageUrl(pageUrl: string | undefined): string | undefined {
  if (!pageUrl) return undefined;
  try {
    const match = new URL(pageUrl).pathname.match(/\/products\/([^/?#]+)/);
    const handle = match ? decodeURIComponent(match[1]!).toLowerCase() : undefined;
    return handle && HANDLE.test(handle) ? handle : undefined;
  } catch {
    return undefined;
  }
}
