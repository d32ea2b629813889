import { describe, expect, it } from "vitest";
import { routeMessage } from "../../../worker/agent/router";

describe("discount codes in a message", () => {
  it.each([
    "Can I use VIP20?",
    "VIP20 is not working",
    "Czy mogę użyć VIP20?",
    "Le code SUMMER5 ne marche pas",
    "Funktioniert WELCOME10 noch?",
  ])("routes %s to discounts, whatever the code's letters spell", (text) => {
    expect(routeMessage(text).route).toBe("discounts");
  });

  it("keeps loyalty for the word VIP without a code, and tracking for an order number", () => {
    expect(routeMessage("I'm a VIP member, how many points do I have?").route).toBe("loyalty");
    expect(routeMessage("where is #1003").route).toBe("order_tracking");
  });
});
