import { describe, expect, it } from "vitest";
import { routeMessage } from "../../../worker/agent/router";
import type { RouteId } from "../../../worker/protocol";

describe("following up on the previous turn", () => {
  it.each<[string, RouteId]>([
    ["and the other one?", "order_tracking"],
    ["et l'autre ?", "returns"],
    ["a ta druga?", "order_tracking"],
    ["und die andere?", "order_modification"],
    ["¿y el otro?", "order_tracking"],
    ["what about #1002?", "order_tracking"],
  ])("keeps the skill for a short follow-up without a topic: %s", (text, previousRoute) => {
    expect(routeMessage(text, { previousRoute })).toMatchObject({ route: previousRoute, followUp: true });
  });

  it("keeps an order skill when the shopper only gives an order number", () => {
    expect(routeMessage("#1002", { previousRoute: "returns" })).toMatchObject({ route: "returns", followUp: true });
    expect(routeMessage("1002", { previousRoute: "order_modification" }).route).toBe("order_modification");
  });

  it("reads a bare order number as tracking after a skill that is not about orders", () => {
    expect(routeMessage("#1002", { previousRoute: "loyalty" })).toMatchObject({
      route: "order_tracking",
      followUp: false,
    });
  });

  it("keeps the skill for a short answer to its question", () => {
    expect(routeMessage("yes please", { previousRoute: "order_modification" })).toMatchObject({
      route: "order_modification",
      followUp: true,
    });
    expect(routeMessage("tak", { previousRoute: "subscriptions" }).route).toBe("subscriptions");
  });

  it("switches skill when the message brings a topic of its own", () => {
    expect(
      routeMessage("ok and what payment methods do you accept?", { previousRoute: "order_tracking" }),
    ).toMatchObject({ route: "general_qa", followUp: false });
    expect(routeMessage("actually, cancel it", { previousRoute: "order_tracking" }).route).toBe("order_modification");
    expect(routeMessage("et mes points fidélité ?", { previousRoute: "returns" }).route).toBe("loyalty");
  });

  it("ends the skill on thanks and goodbye", () => {
    expect(routeMessage("ok thanks bye", { previousRoute: "order_tracking" }).route).toBe("none");
    expect(routeMessage("dzięki!", { previousRoute: "returns" }).route).toBe("none");
  });

  it("hands off even in the middle of a skill", () => {
    expect(routeMessage("and can I talk to a person?", { previousRoute: "returns" }).route).toBe("handoff");
  });

  it("does not carry over `none` or `handoff` as a skill", () => {
    expect(routeMessage("and the other one?", { previousRoute: "none" }).followUp).toBe(false);
    expect(routeMessage("and the other one?", { previousRoute: "handoff" }).followUp).toBe(false);
  });
});
