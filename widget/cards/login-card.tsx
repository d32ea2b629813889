import type { LoginCard as Login } from "../../worker/protocol";
import type { CardProps } from "./shared";

export function LoginCard({ data, t, onLogin }: CardProps<Login>) {
  return (
    <section class="sk-card">
      <p>{data.reason}</p>
      <div class="sk-actions">
        <button type="button" class="sk-button" onClick={onLogin}>
          {t.signIn}
        </button>
      </div>
    </section>
  );
}
