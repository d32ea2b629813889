import type { SubscriptionMessages } from "./messages";

// German and Spanish, kept apart so each messages file stays readable.

export const de: SubscriptionMessages = {
  none: "Sie haben bei uns keine Abonnements.",
  active: (p, e, n) => `${p} ist aktiv: Lieferung ${e}${n ? `, nächste Abbuchung am ${n}` : ""}.`,
  paused: (p, u, n) => `${p} ist bis zum ${u} pausiert${n ? `; die nächste Abbuchung ist am ${n}` : ""}.`,
  cancelled: (p) => `${p} wurde gekündigt.`,
  whatICanDo:
    "Ich kann es bis zu 3 Monate pausieren, die nächste Lieferung überspringen, den Rhythmus ändern (alle 2, 4 oder 6 Wochen) oder es kündigen.",
  which: (ps) => `Welches Abonnement meinen Sie: ${ps}?`,
  askPause: (p) => `Wie lange soll ich ${p} pausieren? Bis zu 3 Monate – zum Beispiel „2 Monate pausieren“.`,
  pauseTooLong: (p, r) =>
    `Ich kann ${p} höchstens 3 Monate am Stück pausieren, und ${r} ist länger. Passen 3 Monate? Sagen Sie einfach „3 Monate pausieren“.`,
  askFrequency: (p, c) => `Wie oft möchten Sie ${p} erhalten? Derzeit ${c}; möglich sind alle 2, 4 oder 6 Wochen.`,
  frequencyNotAllowed: (r) =>
    `Lieferungen sind nur alle 2, 4 oder 6 Wochen möglich, ${r} geht leider nicht. Was passt Ihnen?`,
  sameFrequency: (p, e) => `${p} kommt bereits ${e} – es gibt nichts zu ändern.`,
  isPaused: (p, u) =>
    `${p} ist bis zum ${u} pausiert, es gibt also keine Lieferung zum Überspringen oder Pausieren. Ich kann es jederzeit fortsetzen.`,
  notPaused: (p) => `${p} ist nicht pausiert – es gibt nichts fortzusetzen.`,
  isCancelled: (p) =>
    `${p} wurde gekündigt und kann nicht mehr geändert werden. Sie können es auf der Produktseite neu abschließen.`,
  noSchedule: (p) => `Für ${p} ist keine Abbuchung geplant – es gibt nichts zu überspringen.`,
  proposePause: (p, d, u, n) =>
    `${p} für ${d} pausieren: keine Lieferungen oder Abbuchungen bis zum ${u}, die nächste Abbuchung wäre am ${n}.`,
  proposeSkip: (p, s, n) =>
    `Die nächste Lieferung von ${p} überspringen: Die Abbuchung am ${s} entfällt, die nächste ist am ${n}.`,
  proposeFrequency: (p, f, t, n) =>
    `${p} von ${f} auf ${t} umstellen${n ? `: Die nächste Abbuchung bleibt am ${n}, danach ${t}` : ""}.`,
  proposeResume: (p, n) => `${p} fortsetzen: Die Lieferungen starten wieder, die nächste Abbuchung ist am ${n}.`,
  proposeCancel: (p, n) =>
    `${p} kündigen: keine weiteren Lieferungen oder Abbuchungen${n ? ` – die für den ${n} geplante Abbuchung entfällt` : ""}.`,
  confirm: "Antworten Sie mit ja zum Bestätigen oder mit nein, um nichts zu ändern.",
  donePause: (p, u, n) => `Erledigt – ${p} ist bis zum ${u} pausiert. Die nächste Abbuchung ist am ${n}.`,
  doneSkip: (p, n) => `Erledigt – die nächste Lieferung von ${p} wird übersprungen. Die nächste Abbuchung ist am ${n}.`,
  doneFrequency: (p, e, n) => `Erledigt – ${p} kommt jetzt ${e}.${n ? ` Die nächste Abbuchung ist am ${n}.` : ""}`,
  doneResume: (p, n) => `Erledigt – ${p} ist wieder aktiv. Die nächste Abbuchung ist am ${n}.`,
  doneCancel: (p) => `Erledigt – ${p} ist gekündigt. Es wird nichts mehr abgebucht.`,
  declined: "In Ordnung, ich habe an Ihrem Abonnement nichts geändert.",
  failed: (p) =>
    `Etwas ist schiefgelaufen: Ich konnte die Änderung an ${p} nicht bestätigen, bitte verlassen Sie sich nicht darauf. Ich habe jemanden aus unserem Team gebeten, das zu prüfen und sich hier zu melden.`,
  handedOff: "Jemand aus unserem Team prüft Ihr Abonnement und meldet sich hier.",
  nothingToConfirm: "Es wartet keine Änderung auf Ihre Bestätigung. Was möchten Sie mit Ihrem Abonnement tun?",
};

export const es: SubscriptionMessages = {
  none: "No tienes ninguna suscripción con nosotros.",
  active: (p, e, n) => `${p} está activa: entrega ${e}${n ? `, próximo cargo el ${n}` : ""}.`,
  paused: (p, u, n) => `${p} está en pausa hasta el ${u}${n ? `; el próximo cargo será el ${n}` : ""}.`,
  cancelled: (p) => `${p} fue cancelada.`,
  whatICanDo:
    "Puedo pausarla hasta 3 meses, saltar la próxima entrega, cambiar la frecuencia (cada 2, 4 o 6 semanas) o cancelarla.",
  which: (ps) => `¿Qué suscripción quieres decir: ${ps}?`,
  askPause: (p) => `¿Durante cuánto tiempo pauso ${p}? Hasta 3 meses; por ejemplo, «pausar 2 meses».`,
  pauseTooLong: (p, r) =>
    `Puedo pausar ${p} como máximo 3 meses seguidos, y ${r} es más. ¿Te sirven 3 meses? Di simplemente «pausar 3 meses».`,
  askFrequency: (p, c) => `¿Cada cuánto quieres recibir ${p}? Ahora llega ${c}; puedo ponerlo cada 2, 4 o 6 semanas.`,
  frequencyNotAllowed: (r) =>
    `Las entregas solo pueden ser cada 2, 4 o 6 semanas, así que ${r} no es posible. ¿Cuál te va mejor?`,
  sameFrequency: (p, e) => `${p} ya llega ${e}, así que no hay nada que cambiar.`,
  isPaused: (p, u) =>
    `${p} está en pausa hasta el ${u}, así que no hay entrega que saltar ni pausar. Puedo reanudarla cuando quieras.`,
  notPaused: (p) => `${p} no está en pausa, así que no hay nada que reanudar.`,
  isCancelled: (p) =>
    `${p} fue cancelada y ya no puedo cambiarla. Puedes suscribirte de nuevo desde la página del producto.`,
  noSchedule: (p) => `${p} no tiene ningún cargo programado, así que no hay nada que saltar.`,
  proposePause: (p, d, u, n) =>
    `Pausar ${p} durante ${d}: sin entregas ni cargos hasta el ${u}, y el próximo cargo sería el ${n}.`,
  proposeSkip: (p, s, n) => `Saltar la próxima entrega de ${p}: no habrá cargo el ${s} y el siguiente pasa al ${n}.`,
  proposeFrequency: (p, f, t, n) =>
    `Cambiar ${p} de ${f} a ${t}${n ? `: el próximo cargo sigue siendo el ${n} y después ${t}` : ""}.`,
  proposeResume: (p, n) => `Reanudar ${p}: las entregas vuelven y el próximo cargo será el ${n}.`,
  proposeCancel: (p, n) =>
    `Cancelar ${p}: no habrá más entregas ni cargos${n ? `; el cargo previsto para el ${n} no se hará` : ""}.`,
  confirm: "Responde sí para confirmar o no para dejarlo como está.",
  donePause: (p, u, n) => `Hecho: ${p} está en pausa hasta el ${u}. El próximo cargo será el ${n}.`,
  doneSkip: (p, n) => `Hecho: se salta la próxima entrega de ${p}. El próximo cargo es el ${n}.`,
  doneFrequency: (p, e, n) => `Hecho: ${p} llega ahora ${e}.${n ? ` El próximo cargo es el ${n}.` : ""}`,
  doneResume: (p, n) => `Hecho: ${p} vuelve a estar activa. El próximo cargo es el ${n}.`,
  doneCancel: (p) => `Hecho: ${p} está cancelada. No se te volverá a cobrar.`,
  declined: "De acuerdo, no he cambiado nada de tu suscripción.",
  failed: (p) =>
    `Algo salió mal: no pude confirmar el cambio de ${p}, así que no cuentes con él. He pedido a una persona de nuestro equipo que lo revise y te responda aquí.`,
  handedOff: "Una persona de nuestro equipo revisará tu suscripción y te responderá aquí.",
  nothingToConfirm: "No hay ningún cambio pendiente de confirmación. ¿Qué quieres hacer con tu suscripción?",
};
