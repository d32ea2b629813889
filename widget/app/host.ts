/**
 * The channel to the storefront page that embeds us. Only messages from our parent window *and* from the exact
 * origin the loader announced are accepted; everything we send is addressed to that origin only.
 */
const params = new URLSearchParams(location.search);
const hostOrigin = (() => {
  try {
    return new URL(params.get("host") ?? "").origin;
  } catch {
    return null;
  }
})();

export const launchParams = { locale: params.get("locale"), pageUrl: params.get("page") ?? "" };

export function toHost(type: string): void {
  if (hostOrigin && window.parent !== window) window.parent.postMessage({ type }, hostOrigin);
}

export function onHostMessage(handler: (data: { type: string; token?: string | null }) => void): void {
  window.addEventListener("message", (event) => {
    if (!hostOrigin || event.origin !== hostOrigin || event.source !== window.parent) return;
    const data = event.data as { type?: unknown; token?: unknown };
    if (typeof data?.type !== "string") return;
    handler({ type: data.type, token: typeof data.token === "string" ? data.token : null });
  });
}
