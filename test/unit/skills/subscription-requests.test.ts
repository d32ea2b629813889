import { describe, expect, it } from "vitest";
import { parseSubscriptionRequest } from "../../../worker/skills/subscriptions/parse-request";

const months = (count: number) => ({ unit: "month", count });
const weeks = (count: number) => ({ unit: "week", count });

describe("reading what the shopper wants from their subscription", () => {
  it.each([
    ["Show me my subscriptions", { action: "show" }],
    ["When is my next subscription charge?", { action: "show" }],
    ["Pause my subscription for 2 months", { action: "pause", pauseFor: months(2) }],
    ["pause it for a month", { action: "pause", pauseFor: months(1) }],
    ["pause for six weeks", { action: "pause", pauseFor: weeks(6) }],
    ["stop my subscription for 2 months", { action: "pause", pauseFor: months(2) }],
    ["can you hold my coffee deliveries for 2 months?", { action: "pause", pauseFor: months(2) }],
    ["Mettez mon abonnement en pause pendant deux mois", { action: "pause", pauseFor: months(2) }],
    ["Zawieś moją subskrypcję na 2 miesiące", { action: "pause", pauseFor: months(2) }],
    ["Pausiere mein Abo für 2 Monate", { action: "pause", pauseFor: months(2) }],
    ["Pausar mi suscripción 2 meses", { action: "pause", pauseFor: months(2) }],
    ["Skip my next coffee delivery", { action: "skip" }],
    ["Sautez la prochaine livraison de mon abonnement", { action: "skip" }],
    ["Pomiń następną dostawę subskrypcji", { action: "skip" }],
    ["Deliver my coffee every 3 weeks instead", { action: "frequency", every: weeks(3) }],
    ["Je veux recevoir mon café toutes les 6 semaines", { action: "frequency", every: weeks(6) }],
    ["Zmień częstotliwość subskrypcji na co 4 tygodnie", { action: "frequency", every: weeks(4) }],
    ["Liefere mein Abo alle 4 Wochen", { action: "frequency", every: weeks(4) }],
    ["Quiero recibirlo cada 6 semanas", { action: "frequency", every: weeks(6) }],
    ["change the frequency of my subscription", { action: "frequency", every: undefined }],
    ["Resume my subscription", { action: "resume" }],
    ["Wznów subskrypcję", { action: "resume" }],
    ["Résiliez mon abonnement", { action: "cancel" }],
    ["Anuluj moją subskrypcję", { action: "cancel" }],
    ["Cancel my monthly coffee subscription", { action: "cancel" }],
  ])("%s", (message, expected) => {
    expect(parseSubscriptionRequest(message)).toMatchObject(expected);
  });
});
