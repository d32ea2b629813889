import { render } from "preact";
import { App } from "./app";
import { toHost } from "./host";

render(<App />, document.getElementById("app")!);

// Keyboard users stay inside the open panel: Tab wraps around, Escape closes it (focus returns to the launcher).
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape") toHost("shopkeeper:close");
  if (event.key !== "Tab") return;
  const focusable = [...document.querySelectorAll<HTMLElement>("a[href], button:not([disabled]), textarea")];
  const first = focusable[0];
  const last = focusable.at(-1);
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first?.focus();
  }
});
