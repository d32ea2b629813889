import type { ReturnsMessages } from "./messages";

export const de: ReturnsMessages = {
  eligible: (o, d) => `Gute Nachricht: Die Bestellung ${o} können Sie bis zum ${d} zurückgeben.`,
  partial: (o, i, d) => `Aus der Bestellung ${o} können Sie ${i} bis zum ${d} zurückgeben.`,
  itemRefused: (t, w) => `${t} kann nicht zurückgegeben werden: ${w}.`,
  itemWhy: {
    returnable: "kann zurückgegeben werden",
    final_sale: "Artikel aus dem Final Sale sind von der Rückgabe ausgeschlossen",
    gift_card: "Geschenkkarten sind von der Rückgabe ausgeschlossen",
    excluded_product: "dieses Produkt ist von der Rückgabe ausgeschlossen",
    excluded_category: "Artikel dieser Art sind von der Rückgabe ausgeschlossen",
    already_returned: "er wurde bereits zurückgegeben",
    window_expired: "die Rückgabefrist ist abgelaufen",
    blocked_country: "aus dem Lieferland nehmen wir keine Rücksendungen an",
    not_shipped: "die Bestellung wurde noch nicht versendet",
    not_delivered: "die Bestellung wurde noch nicht zugestellt",
    cancelled: "die Bestellung wurde storniert",
  },
  windowExpired: (o, d, n) =>
    `Die Bestellung ${o} kann nicht mehr zurückgegeben werden: Die Rückgabefrist von ${n} Tagen endete am ${d}.`,
  blockedCountry: (o, c) =>
    `Die Bestellung ${o} kann nicht zurückgegeben werden: Sie wurde in ein Land geliefert, aus dem wir keine Rücksendungen annehmen (${c}).`,
  notShipped: (o) =>
    `Die Bestellung ${o} wurde noch nicht versendet, es gibt also nichts zurückzugeben — Sie können sie aber noch stornieren. Sagen Sie mir einfach Bescheid.`,
  notDelivered: (o, n) =>
    `Die Bestellung ${o} ist noch unterwegs, es gibt also noch nichts zurückzugeben. Nach der Zustellung haben Sie ${n} Tage Zeit für die Rückgabe.`,
  cancelled: (o) => `Die Bestellung ${o} wurde storniert, es gibt also nichts zurückzugeben.`,
  nothingReturnable: (o) => `Aus der Bestellung ${o} kann nichts zurückgegeben werden.`,
  methods: (l) => `Rücksendekosten: ${l}.`,
  freeMethods: "Die Rücksendung ist kostenlos, weil der Artikel defekt ist oder nicht Ihrer Bestellung entspricht.",
  refunds: (l) => `Sie können wählen: ${l}.`,
  start: (u) => `[Rückgabe oder Umtausch starten](${u})`,
  portalDown: "Ich konnte das Rücksendeportal gerade nicht öffnen — bitte versuchen Sie es in ein paar Minuten erneut.",
  cannotStart: "Ich kann die Rückgabe noch nicht aus diesem Chat starten.",
  offerPerson:
    "Wenn Sie das für falsch halten, sagen Sie es mir, und ich gebe es an eine Person aus unserem Team weiter.",
  picked: (o) => `Ihre zuletzt zugestellte Bestellung ist ${o}.`,
  signIn: "Melden Sie sich an, dann prüfe ich, ob Ihre Bestellung zurückgegeben werden kann.",
  signInStatus: "Melden Sie sich an, dann prüfe ich den Stand Ihrer Rücksendung und Erstattung.",
  methodLabel: { drop_off: "Paketshop", home_pickup: "Abholung zu Hause" },
  methodPhrase: { drop_off: (p) => `${p} im Paketshop`, home_pickup: (p) => `${p} mit Abholung zu Hause` },
  refundLabel: {
    original_payment: "Erstattung auf die ursprüngliche Zahlungsart",
    exchange: "Umtausch gegen eine andere Größe oder Farbe",
    store_credit: "Guthaben im Shop",
  },
  refundPhrase: {
    original_payment: "eine Erstattung auf die ursprüngliche Zahlungsart",
    exchange: "einen Umtausch",
    store_credit: "ein Guthaben im Shop",
  },
  status: {
    requested: (r, o, i, d) =>
      `Ihre Rücksendung ${r} zur Bestellung ${o} (${i}) wurde am ${d} angemeldet und wartet auf Freigabe.`,
    approved: (r, o, i, d) =>
      `Ihre Rücksendung ${r} zur Bestellung ${o} (${i}) wurde am ${d} freigegeben. Schicken Sie das Paket mit dem Etikett aus Ihrer Bestätigungs-E-Mail.`,
    received: (r, o, i, d) => `Wir haben Ihre Rücksendung ${r} zur Bestellung ${o} (${i}) am ${d} erhalten.`,
    refunded: (r, o, i, d) => `Ihre Rücksendung ${r} zur Bestellung ${o} (${i}) wurde am ${d} erstattet.`,
    rejected: (r, o, i, d) =>
      `Ihre Rücksendung ${r} zur Bestellung ${o} (${i}) wurde nicht angenommen (${d}). Sagen Sie mir, wenn sich eine Person aus unserem Team das ansehen soll.`,
  },
  expectedRefund: (d, m) => `Ihre Erstattung (${m}) erwarten wir bis zum ${d}.`,
  noReturns: (n) =>
    `Ich sehe noch keine Rücksendung in Ihrem Konto. Sobald wir eine Rücksendung erhalten, erstatten wir innerhalb von ${n} Werktagen.`,
  otherReturns: (l) => `Außerdem haben Sie ${l}.`,
  disputeHandedOff: (o) =>
    `Ich verstehe. Ich habe die Bestellung ${o}, meine Antwort und Ihre Angaben an unser Team weitergegeben, damit eine Person das prüft.`,
  disputeNoOrder: "Ich verstehe. Ich habe das an unser Team weitergegeben, damit eine Person es prüft.",
};

export const es: ReturnsMessages = {
  eligible: (o, d) => `Buenas noticias: puedes devolver el pedido ${o} hasta el ${d}.`,
  partial: (o, i, d) => `Del pedido ${o} puedes devolver ${i} hasta el ${d}.`,
  itemRefused: (t, w) => `${t} no se puede devolver: ${w}.`,
  itemWhy: {
    returnable: "se puede devolver",
    final_sale: "los artículos de venta final no admiten devolución",
    gift_card: "las tarjetas regalo no admiten devolución",
    excluded_product: "este producto no admite devolución",
    excluded_category: "los artículos de este tipo no admiten devolución",
    already_returned: "ya se ha devuelto",
    window_expired: "el plazo de devolución ha terminado",
    blocked_country: "no aceptamos devoluciones desde el país de entrega",
    not_shipped: "el pedido aún no se ha enviado",
    not_delivered: "el pedido aún no se ha entregado",
    cancelled: "el pedido fue cancelado",
  },
  windowExpired: (o, d, n) => `El pedido ${o} ya no se puede devolver: el plazo de ${n} días terminó el ${d}.`,
  blockedCountry: (o, c) =>
    `El pedido ${o} no se puede devolver: se entregó en un país desde el que no aceptamos devoluciones (${c}).`,
  notShipped: (o) =>
    `El pedido ${o} aún no se ha enviado, así que no hay nada que devolver, pero todavía puedes cancelarlo. Solo pídemelo.`,
  notDelivered: (o, n) =>
    `El pedido ${o} todavía está en camino, así que aún no hay nada que devolver. Cuando se entregue, tendrás ${n} días para devolverlo.`,
  cancelled: (o) => `El pedido ${o} fue cancelado, así que no hay nada que devolver.`,
  nothingReturnable: (o) => `Ningún artículo del pedido ${o} se puede devolver.`,
  methods: (l) => `Envío de la devolución: ${l}.`,
  freeMethods: "La devolución es gratuita porque el artículo es defectuoso o no es lo que pediste.",
  refunds: (l) => `Puedes elegir ${l}.`,
  start: (u) => `[Iniciar una devolución o un cambio](${u})`,
  portalDown: "No he podido abrir el portal de devoluciones ahora mismo; inténtalo de nuevo en unos minutos.",
  cannotStart: "Todavía no puedo iniciar la devolución desde este chat.",
  offerPerson: "Si crees que es un error, dímelo y se lo pasaré a una persona de nuestro equipo.",
  picked: (o) => `Tu último pedido entregado es el ${o}.`,
  signIn: "Inicia sesión y comprobaré si tu pedido se puede devolver.",
  signInStatus: "Inicia sesión y comprobaré el estado de tu devolución y tu reembolso.",
  methodLabel: { drop_off: "Punto de entrega", home_pickup: "Recogida a domicilio" },
  methodPhrase: { drop_off: (p) => `${p} en un punto de entrega`, home_pickup: (p) => `${p} con recogida a domicilio` },
  refundLabel: {
    original_payment: "Reembolso a tu método de pago original",
    exchange: "Cambio por otra talla o color",
    store_credit: "Saldo en la tienda",
  },
  refundPhrase: {
    original_payment: "un reembolso a tu método de pago original",
    exchange: "un cambio",
    store_credit: "saldo en la tienda",
  },
  status: {
    requested: (r, o, i, d) =>
      `Tu devolución ${r} del pedido ${o} (${i}) se solicitó el ${d} y está pendiente de aprobación.`,
    approved: (r, o, i, d) =>
      `Tu devolución ${r} del pedido ${o} (${i}) se aprobó el ${d}. Envía el paquete con la etiqueta de tu correo de confirmación.`,
    received: (r, o, i, d) => `Recibimos tu devolución ${r} del pedido ${o} (${i}) el ${d}.`,
    refunded: (r, o, i, d) => `Tu devolución ${r} del pedido ${o} (${i}) se reembolsó el ${d}.`,
    rejected: (r, o, i, d) =>
      `Tu devolución ${r} del pedido ${o} (${i}) no fue aceptada (${d}). Dime si quieres que una persona de nuestro equipo la revise.`,
  },
  expectedRefund: (d, m) => `Tu reembolso (${m}) está previsto como muy tarde el ${d}.`,
  noReturns: (n) =>
    `Todavía no veo ninguna devolución en tu cuenta. Cuando recibimos una devolución, el reembolso llega en ${n} días laborables.`,
  otherReturns: (l) => `También tienes ${l}.`,
  disputeHandedOff: (o) =>
    `Entiendo. He pasado el pedido ${o}, mi respuesta y lo que me has contado a nuestro equipo para que una persona lo revise.`,
  disputeNoOrder: "Entiendo. Se lo he pasado a nuestro equipo para que una persona lo revise.",
};
