import type { Language } from "../../protocol";

type LoyaltyMessages = {
  balance: (points: string, tier: string) => string;
  toNext: (points: string, tier: string) => string;
  top: string;
  canRedeem: (euros: string) => string;
  notYet: (points: string) => string;
  noAccount: string;
  signInForBalance: string;
  reward: (euros: string) => string;
};

const en: LoyaltyMessages = {
  balance: (p, t) => `You have ${p} points and you are ${t}.`,
  toNext: (p, t) => `${p} more points and you reach ${t}.`,
  top: "You are in our highest tier.",
  canRedeem: (e) => `You can already redeem a ${e} voucher at checkout.`,
  notYet: (p) => `${p} more points and you can redeem your first €5 voucher.`,
  noAccount: "You don't have loyalty points yet — you earn 1 point for every €1 you spend.",
  signInForBalance: "Sign in and I can tell you your own balance.",
  reward: (e) => `${e} voucher`,
};
const fr: LoyaltyMessages = {
  balance: (p, t) => `Vous avez ${p} points et vous êtes ${t}.`,
  toNext: (p, t) => `Encore ${p} points et vous passez ${t}.`,
  top: "Vous êtes au niveau le plus élevé.",
  canRedeem: (e) => `Vous pouvez déjà utiliser un bon de ${e} lors du paiement.`,
  notYet: (p) => `Encore ${p} points et vous pourrez utiliser votre premier bon de 5 €.`,
  noAccount: "Vous n'avez pas encore de points — vous gagnez 1 point par euro dépensé.",
  signInForBalance: "Connectez-vous et je vous donnerai votre solde.",
  reward: (e) => `Bon de ${e}`,
};
const pl: LoyaltyMessages = {
  balance: (p, t) => `Masz ${p} punktów i poziom ${t}.`,
  toNext: (p, t) => `Jeszcze ${p} punktów do poziomu ${t}.`,
  top: "Masz najwyższy poziom programu.",
  canRedeem: (e) => `Możesz już wykorzystać bon o wartości ${e} przy zamówieniu.`,
  notYet: (p) => `Jeszcze ${p} punktów do pierwszego bonu o wartości 5 €.`,
  noAccount: "Nie masz jeszcze punktów — za każde wydane 1 € otrzymujesz 1 punkt.",
  signInForBalance: "Zaloguj się, a podam Ci Twoje saldo punktów.",
  reward: (e) => `Bon ${e}`,
};
const de: LoyaltyMessages = {
  balance: (p, t) => `Sie haben ${p} Punkte und den Status ${t}.`,
  toNext: (p, t) => `Noch ${p} Punkte bis ${t}.`,
  top: "Sie haben die höchste Stufe erreicht.",
  canRedeem: (e) => `Sie können bereits einen ${e}-Gutschein an der Kasse einlösen.`,
  notYet: (p) => `Noch ${p} Punkte bis zu Ihrem ersten 5-€-Gutschein.`,
  noAccount: "Sie haben noch keine Punkte – pro ausgegebenem Euro erhalten Sie 1 Punkt.",
  signInForBalance: "Melden Sie sich an, dann nenne ich Ihnen Ihren Punktestand.",
  reward: (e) => `${e}-Gutschein`,
};
const es: LoyaltyMessages = {
  balance: (p, t) => `Tienes ${p} puntos y eres ${t}.`,
  toNext: (p, t) => `Te faltan ${p} puntos para ser ${t}.`,
  top: "Estás en el nivel más alto.",
  canRedeem: (e) => `Ya puedes canjear un vale de ${e} al pagar.`,
  notYet: (p) => `Te faltan ${p} puntos para tu primer vale de 5 €.`,
  noAccount: "Todavía no tienes puntos: ganas 1 punto por cada euro gastado.",
  signInForBalance: "Inicia sesión y te diré tu saldo.",
  reward: (e) => `Vale de ${e}`,
};

export const loyaltyMessages: Record<Language, LoyaltyMessages> = { en, fr, pl, de, es };
