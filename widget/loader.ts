/**
 * Shopkeeper storefront loader (DESIGN §1): a launcher button on the merchant's page and, on first use, the chat app
 * in an iframe on the Worker's own origin. No framework; every message across the frame boundary is checked against
 * the exact origin and window it must come from.
 */
type Config = { color?: string; position?: "left" | "right"; greeting?: string };

(() => {
  const w = window as Window & { Shopkeeper?: unknown };
  if (w.Shopkeeper) return;
  const script = document.currentScript as HTMLScriptElement | null;
  const origin = new URL(script?.src || location.href).origin;
  const data = script?.dataset ?? {};
  let token = data.identityToken;
  let frame: HTMLIFrameElement | undefined;
  let ready = false;
  let side = "right";
  const locale = data.locale || document.documentElement.lang || navigator.language || "en";
  const chatUrl = `${origin}/chat/?locale=${encodeURIComponent(locale)}&host=${encodeURIComponent(location.origin)}&page=${encodeURIComponent(location.href)}`;

  const labels: Record<string, string> = {
    fr: "Discutez avec nous",
    pl: "Porozmawiaj z nami",
    de: "Chatten Sie mit uns",
    es: "Chatea con nosotros",
  };
  const launcher = document.createElement("button");
  launcher.type = "button";
  launcher.setAttribute("aria-label", labels[locale.slice(0, 2).toLowerCase()] ?? "Chat with us");
  launcher.setAttribute("aria-expanded", "false");
  launcher.innerHTML =
    '<svg width="26" height="26" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M4 4h16v12H7l-3 3z"/></svg>';
  const place = (el: HTMLElement, css: string) => {
    el.style.cssText = `position:fixed;bottom:20px;${side}:20px;z-index:2147483000;${css}`;
  };
  const color = (value?: string) => (value && /^#[0-9a-f]{6}$/i.test(value) ? value : "#1f3fbf");
  const paint = (c?: string) =>
    place(
      launcher,
      `width:56px;height:56px;border:0;border-radius:50%;background:${color(c)};color:#fff;cursor:pointer;box-shadow:0 4px 14px #0004`,
    );
  paint();

  const post = (message: object) => {
    if (frame?.contentWindow && ready) frame.contentWindow.postMessage(message, origin);
  };

  const prefetch = () => {
    if (document.querySelector(`link[href="${chatUrl}"]`)) return;
    const link = document.createElement("link");
    link.rel = "prefetch";
    link.href = chatUrl;
    document.head.appendChild(link);
  };

  const open = () => {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.title = "Chat";
      frame.src = chatUrl;
      frame.setAttribute("allow", "clipboard-write");
      place(
        frame,
        "width:min(400px,calc(100vw - 40px));height:min(640px,calc(100vh - 100px));bottom:88px;border:0;border-radius:14px;box-shadow:0 8px 30px #0005;background:#fff",
      );
      document.body.appendChild(frame);
    }
    frame.style.display = "block";
    launcher.setAttribute("aria-expanded", "true");
    post({ type: "shopkeeper:focus" });
  };

  const close = () => {
    if (frame) frame.style.display = "none";
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  };

  window.addEventListener("message", (event) => {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) return;
    const type = (event.data as { type?: string })?.type;
    if (type === "shopkeeper:ready") {
      ready = true;
      post({ type: "shopkeeper:identity", token: token ?? null });
      post({ type: "shopkeeper:focus" });
    } else if (type === "shopkeeper:close") close();
    else if (type === "shopkeeper:login") window.dispatchEvent(new CustomEvent("shopkeeper:login"));
  });

  launcher.addEventListener("click", () => (frame?.style.display === "block" ? close() : open()));
  launcher.addEventListener("mouseenter", prefetch, { once: true });
  const idle = (w as Window & { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback;
  idle ? idle(prefetch) : setTimeout(prefetch, 2000);

  const mount = () => document.body.appendChild(launcher);
  document.body ? mount() : document.addEventListener("DOMContentLoaded", mount);

  fetch(`${origin}/v1/widget/config`)
    .then((res) => (res.ok ? (res.json() as Promise<Config>) : {}))
    .then((config: Config) => {
      side = config.position === "left" ? "left" : "right";
      paint(config.color);
      if (config.greeting) launcher.title = config.greeting;
    })
    .catch(() => {});

  w.Shopkeeper = {
    open,
    close,
    identify(next: string) {
      token = next;
      post({ type: "shopkeeper:identity", token });
    },
    reset() {
      token = undefined;
      post({ type: "shopkeeper:reset" });
    },
  };
})();
