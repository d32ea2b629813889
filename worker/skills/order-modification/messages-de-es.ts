import type { ModificationMessages } from "./messages";

// German and Spanish, kept apart so each messages file stays readable.

export const de: ModificationMessages = {
  whatToChange: (o) =>
    `Was möchten Sie an der Bestellung ${o} ändern? Ich kann sie stornieren, die Lieferadresse ändern oder Größe bzw. Menge eines Artikels ändern.`,
  askAddress: (o, c) =>
    `Wie lautet die neue Lieferadresse für ${o}?${c ? ` Derzeit geht sie an ${c}.` : ""} Bitte schreiben Sie Straße und Hausnummer, Postleitzahl und Ort, z. B. „Hauptstraße 5, 10115 Berlin“.`,
  askItem: (o, items, e) =>
    `Welchen Artikel der Bestellung ${o} soll ich ändern: ${items}? Nennen Sie ihn mit der Änderung, z. B. „${e}“.`,
  askItemChange: (i, opts, q, e) =>
    `Was soll sich bei ${i} ändern: die Variante (${opts}) oder die Menge (derzeit ${q})? Zum Beispiel „${e}“.`,
  exampleQuantity: (i, q) => `Menge von ${i} auf ${q} ändern`,
  exampleVariant: (i, v) => `${i} auf ${v} ändern`,
  sameAddress: (o) => `Die Bestellung ${o} geht bereits an diese Adresse – es gibt nichts zu ändern.`,
  addressCountry: (o) =>
    `Die neue Adresse muss im selben Land liegen wie die Lieferadresse von ${o}. Für ein anderes Land hilft Ihnen gern jemand aus unserem Team.`,
  unchanged: (i) => `Das ist bereits so: ${i}. Es gibt nichts zu ändern.`,
  quantityRange: (min, max, o) =>
    `Ich kann eine Menge von ${min} bis ${max} einstellen. Wenn Sie nichts mehr möchten, kann ich stattdessen ${o} stornieren.`,
  removeItem: (o) =>
    `Einen einzelnen Artikel kann ich hier nicht entfernen, aber ich kann seine Menge ändern oder die ganze Bestellung ${o} stornieren. Auch jemand aus unserem Team kann helfen.`,
  policy:
    "Bestellungen können innerhalb von 2 Stunden nach der Bestellung und vor dem Versand geändert oder storniert werden.",
  shipped: (o) => `Die Bestellung ${o} wurde bereits versendet, daher kann ich sie nicht mehr ändern oder stornieren.`,
  delivered: (o, on) =>
    `Die Bestellung ${o} wurde bereits${on ? ` am ${on}` : ""} zugestellt und kann nicht mehr geändert oder storniert werden.`,
  windowPassed: (o) => `Die Bestellung ${o} ist älter als 2 Stunden, daher kann ich sie im Chat nicht mehr ändern.`,
  alreadyCancelled: (o) => `Die Bestellung ${o} ist bereits storniert – es gibt nichts mehr zu ändern.`,
  offerReturn:
    "Sie können sie stattdessen innerhalb von 30 Tagen nach der Zustellung zurücksenden – fragen Sie mich einfach nach einer Rücksendung.",
  offerPerson: "Soll ich jemanden aus unserem Team dazuholen? Antworten Sie mit ja, dann meldet sich jemand hier.",
  proposeCancel: (o, items, t) => `Bestellung ${o} stornieren (${items}, ${t}):`,
  proposeAddress: (o, to, from) =>
    `Lieferadresse der Bestellung ${o}${from ? ` (bisher ${from})` : ""} auf ${to} ändern.`,
  proposeItem: (o, i, from, to) => `${i} in der Bestellung ${o} ändern: ${from} → ${to}.`,
  newTotal: (b, a) => `Die Bestellsumme ändert sich von ${b} auf ${a}:`,
  refund: (a) => `Sie erhalten ${a} auf Ihre ursprüngliche Zahlungsart zurück.`,
  charge: (a) => `die Differenz von ${a} wird von Ihrer ursprünglichen Zahlungsart abgebucht.`,
  samePrice: "der Preis bleibt gleich.",
  confirm: "Antworten Sie mit ja zum Bestätigen oder mit nein, um nichts zu ändern.",
  doneCancel: (o, r) =>
    `Erledigt – die Bestellung ${o} ist storniert. ${r} werden auf Ihre ursprüngliche Zahlungsart erstattet.`,
  doneAddress: (o, to) => `Erledigt – die Bestellung ${o} wird jetzt an ${to} geliefert.`,
  doneItem: (o, i, t) => `Erledigt – die Bestellung ${o} enthält jetzt ${i}. Die neue Summe beträgt ${t}.`,
  declined: (o) => `In Ordnung, ich habe nichts geändert: Die Bestellung ${o} bleibt, wie sie ist.`,
  failed: (o) =>
    `Etwas ist schiefgelaufen: Ich konnte die Änderung an ${o} nicht bestätigen, bitte verlassen Sie sich nicht darauf. Ich habe jemanden aus unserem Team gebeten, das zu prüfen und sich hier zu melden.`,
  handedOff: (o) => `Ich habe Ihr Anliegen zu ${o} an unser Team weitergegeben – jemand meldet sich hier bei Ihnen.`,
  handoffDeclined: "In Ordnung. Kann ich sonst noch helfen?",
  nothingToConfirm: "Es wartet keine Änderung auf Ihre Bestätigung. Was möchten Sie an Ihrer Bestellung ändern?",
};

export const es: ModificationMessages = {
  whatToChange: (o) =>
    `¿Qué quieres cambiar del pedido ${o}? Puedo cancelarlo, cambiar la dirección de entrega o la talla o cantidad de un artículo.`,
  askAddress: (o, c) =>
    `¿Cuál es la nueva dirección de entrega del pedido ${o}?${c ? ` Ahora va a ${c}.` : ""} Escribe la calle y el número, el código postal y la ciudad, por ejemplo «Calle Mayor 5, 28013 Madrid».`,
  askItem: (o, items, e) =>
    `¿Qué artículo del pedido ${o} cambio: ${items}? Nómbralo junto con el cambio, p. ej. «${e}».`,
  askItemChange: (i, opts, q, e) =>
    `¿Qué cambio en ${i}: la variante (${opts}) o la cantidad (ahora ${q})? Por ejemplo «${e}».`,
  exampleQuantity: (i, q) => `cambiar la cantidad de ${i} a ${q}`,
  exampleVariant: (i, v) => `cambiar ${i} a ${v}`,
  sameAddress: (o) => `El pedido ${o} ya va a esa dirección, así que no hay nada que cambiar.`,
  addressCountry: (o) =>
    `La nueva dirección debe estar en el mismo país que la dirección de entrega del pedido ${o}. Para otro país, una persona de nuestro equipo puede ayudarte.`,
  unchanged: (i) => `Ya lo tienes así: ${i}. No hay nada que cambiar.`,
  quantityRange: (min, max, o) =>
    `Puedo poner una cantidad de ${min} a ${max}. Si no quieres nada, puedo cancelar el pedido ${o}.`,
  removeItem: (o) =>
    `No puedo quitar un solo artículo desde aquí, pero puedo cambiar su cantidad o cancelar todo el pedido ${o}. Una persona de nuestro equipo también puede ayudarte.`,
  policy: "Los pedidos se pueden modificar o cancelar en las 2 horas siguientes a su realización y antes del envío.",
  shipped: (o) => `El pedido ${o} ya se ha enviado, así que ya no puedo modificarlo ni cancelarlo.`,
  delivered: (o, on) =>
    `El pedido ${o} ya se entregó${on ? ` el ${on}` : ""}, así que no se puede modificar ni cancelar.`,
  windowPassed: (o) => `El pedido ${o} se realizó hace más de 2 horas, así que ya no puedo modificarlo desde el chat.`,
  alreadyCancelled: (o) => `El pedido ${o} ya está cancelado: no queda nada que cambiar.`,
  offerReturn: "En su lugar puedes devolverlo en los 30 días siguientes a la entrega: solo pídeme una devolución.",
  offerPerson: "¿Quieres que avise a una persona de nuestro equipo? Responde sí y te contestará aquí.",
  proposeCancel: (o, items, t) => `Cancelar el pedido ${o} (${items}, ${t}):`,
  proposeAddress: (o, to, from) =>
    `Cambiar la dirección de entrega del pedido ${o}${from ? ` de ${from}` : ""} a ${to}.`,
  proposeItem: (o, i, from, to) => `Cambiar ${i} en el pedido ${o}: ${from} → ${to}.`,
  newTotal: (b, a) => `El total del pedido pasa de ${b} a ${a}:`,
  refund: (a) => `te devolveremos ${a} a tu método de pago original.`,
  charge: (a) => `la diferencia de ${a} se cargará a tu método de pago original.`,
  samePrice: "el precio no cambia.",
  confirm: "Responde sí para confirmar o no para dejarlo como está.",
  doneCancel: (o, r) => `Hecho: el pedido ${o} está cancelado. Te devolveremos ${r} a tu método de pago original.`,
  doneAddress: (o, to) => `Hecho: el pedido ${o} se entregará ahora en ${to}.`,
  doneItem: (o, i, t) => `Hecho: el pedido ${o} ahora incluye ${i}. El nuevo total es ${t}.`,
  declined: (o) => `De acuerdo, no he cambiado nada: el pedido ${o} sigue igual.`,
  failed: (o) =>
    `Algo salió mal: no pude confirmar el cambio del pedido ${o}, así que no cuentes con él. He pedido a una persona de nuestro equipo que lo revise y te responda aquí.`,
  handedOff: (o) => `He pasado tu solicitud sobre el pedido ${o} a nuestro equipo: una persona te responderá aquí.`,
  handoffDeclined: "De acuerdo. ¿Puedo ayudarte con algo más?",
  nothingToConfirm: "No hay ningún cambio pendiente de confirmación. ¿Qué quieres cambiar de tu pedido?",
};
