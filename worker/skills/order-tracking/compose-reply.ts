import { formatDate, formatList } from "../../i18n/format";
import type { Language } from "../../protocol";
import type { LookupOrderOutput } from "./lookup-order";
import { type OrderFacts, trackingMessages } from "./messages";

/** The embedded model's answer from the lookup result, in the shopper's language. */
export function composeTrackingReply(output: LookupOrderOutput | undefined, language: Language): string {
  const t = trackingMessages[language];
  if (!output || !("order" in output)) {
    if (output && output.error === "order_not_found") {
      const others = output.otherOrders.length ? ` ${t.yourOrders(formatList(output.otherOrders, language))}` : "";
      return `${t.notFound(output.orderName)}${others}`;
    }
    return t.noOrders;
  }
  const { order, otherOrders, selectedBy } = output;
  const f: OrderFacts = {
    name: order.name,
    placedOn: formatDate(order.placedAt, language),
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    trackingUrl: order.trackingUrl,
    eta: order.estimatedDeliveryAt ? formatDate(order.estimatedDeliveryAt, language) : undefined,
    deliveredOn: order.deliveredAt ? formatDate(order.deliveredAt, language) : undefined,
  };
  const lines: string[] = [];
  if (selectedBy === "most_recent_open") lines.push(t.mostRecentOpen(order.name));
  if (selectedBy === "most_recent") lines.push(t.mostRecent(order.name));
  if (order.status === "unfulfilled") lines.push(t.unfulfilled(f));
  else if (order.status === "cancelled") lines.push(t.cancelled(f));
  else if (order.status === "delivered") lines.push(t.delivered(f));
  else {
    lines.push(t.inTransit(f));
    if (f.eta) lines.push(t.eta(f.eta));
  }
  if (f.trackingUrl && order.status !== "delivered") lines.push(t.trackLink(f.trackingUrl));
  let reply = lines.join(" ");
  if (selectedBy !== "named" && otherOrders.length) reply += `\n\n${t.others(formatList(otherOrders, language))}`;
  return reply;
}
