import type { LoyaltyCard as Loyalty } from "../../worker/protocol";
import type { CardProps } from "./shared";

export function LoyaltyCard({ data, t }: CardProps<Loyalty>) {
  return (
    <section class="sk-card">
      <header>
        <strong>
          {data.points} {t.points}
        </strong>{" "}
        · {data.tier}
      </header>
      {data.nextTier && (
        <p>
          {data.nextTier.pointsNeeded} {t.points} {t.nextTier} {data.nextTier.name}
        </p>
      )}
      <ul>
        {data.rewards.map((r) => (
          <li>
            {r.label} — {r.points} {t.points}
          </li>
        ))}
      </ul>
    </section>
  );
}
