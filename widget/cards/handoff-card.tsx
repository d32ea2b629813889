import type { HandoffCard as Handoff } from "../../worker/protocol";
import type { CardProps } from "./shared";

export function HandoffCard({ data }: CardProps<Handoff>) {
  return (
    <section class="sk-card" role="status">
      <p>{data.message}</p>
    </section>
  );
}
