import type { Language } from "../../protocol";

/** Per-language templates of the discounts skill. Values arrive already formatted (dates, money, percentages). */
type DiscountMessages = {
  /** Card description: "10% off your order". */
  off: (value: string) => string;
  firstOrder: string;
  minSubtotal: (amount: string) => string;
  personal: string;
  until: (date: string) => string;
  valid: (code: string, description: string) => string;
  conditions: (list: string) => string;
  stillRefused: string;
  expired: (code: string, date: string) => string;
  notStarted: (code: string, date: string) => string;
  firstOrderOnly: (code: string) => string;
  belowMinimum: (code: string, min: string, subtotal: string) => string;
  notFound: (code: string) => string;
  personalHint: string;
  instead: (codes: string) => string;
  current: (lines: string) => string;
  yours: (lines: string) => string;
  none: string;
  notForYou: string;
  signInForPersonal: string;
  loginReason: string;
  askWhich: string;
};

const en: DiscountMessages = {
  off: (v) => `${v} off your order`,
  firstOrder: "first order only",
  minSubtotal: (a) => `orders of ${a} or more`,
  personal: "your personal code",
  until: (d) => `valid until ${d}`,
  valid: (c, d) => `${c} is valid: ${d}.`,
  conditions: (l) => `Conditions: ${l}.`,
  stillRefused: "If checkout still refuses it, check it is typed exactly as shown and that no other code is applied.",
  expired: (c, d) => `${c} expired on ${d}, so it can no longer be used.`,
  notStarted: (c, d) => `${c} is not active yet — you can use it from ${d}.`,
  firstOrderOnly: (c) => `${c} only works on a first order, and your account already has orders.`,
  belowMinimum: (c, m, s) => `${c} needs an order of at least ${m}; your basket is ${s}.`,
  notFound: (c) => `${c} is not valid for your account. Please check the spelling.`,
  personalHint: "If it is a personal code, sign in and I'll check it against your account.",
  instead: (c) => `You can use ${c} instead.`,
  current: (l) => `Our current codes: ${l}.`,
  yours: (l) => `The codes for you: ${l}.`,
  none: "There are no discount codes running right now.",
  notForYou: "it won't apply because your account already has orders",
  signInForPersonal: "Personal codes are linked to an account: sign in and I'll show you yours.",
  loginReason: "Sign in to see your personal codes",
  askWhich: "If a code doesn't work, tell me which one and I'll check why.",
};

const fr: DiscountMessages = {
  off: (v) => `${v} de réduction sur votre commande`,
  firstOrder: "première commande uniquement",
  minSubtotal: (a) => `commandes de ${a} minimum`,
  personal: "votre code personnel",
  until: (d) => `valable jusqu'au ${d}`,
  valid: (c, d) => `${c} est valable : ${d}.`,
  conditions: (l) => `Conditions : ${l}.`,
  stillRefused:
    "Si le paiement le refuse encore, vérifiez qu'il est saisi exactement ainsi et qu'aucun autre code n'est appliqué.",
  expired: (c, d) => `${c} a expiré le ${d} : il ne peut plus être utilisé.`,
  notStarted: (c, d) => `${c} n'est pas encore actif — vous pourrez l'utiliser à partir du ${d}.`,
  firstOrderOnly: (c) => `${c} ne fonctionne que pour une première commande, et votre compte a déjà des commandes.`,
  belowMinimum: (c, m, s) => `${c} demande une commande d'au moins ${m} ; votre panier est de ${s}.`,
  notFound: (c) => `${c} n'est pas valable pour votre compte. Vérifiez l'orthographe.`,
  personalHint: "S'il s'agit d'un code personnel, connectez-vous et je le vérifierai sur votre compte.",
  instead: (c) => `Vous pouvez utiliser ${c} à la place.`,
  current: (l) => `Nos codes en cours : ${l}.`,
  yours: (l) => `Les codes pour vous : ${l}.`,
  none: "Aucun code de réduction n'est en cours actuellement.",
  notForYou: "il ne s'appliquera pas car votre compte a déjà des commandes",
  signInForPersonal: "Les codes personnels sont liés à un compte : connectez-vous et je vous montrerai les vôtres.",
  loginReason: "Connectez-vous pour voir vos codes personnels",
  askWhich: "Si un code ne fonctionne pas, dites-moi lequel et je vérifierai pourquoi.",
};

const pl: DiscountMessages = {
  off: (v) => `${v} zniżki na zamówienie`,
  firstOrder: "tylko pierwsze zamówienie",
  minSubtotal: (a) => `zamówienia od ${a}`,
  personal: "Twój kod osobisty",
  until: (d) => `ważny do ${d}`,
  valid: (c, d) => `Kod ${c} jest ważny: ${d}.`,
  conditions: (l) => `Warunki: ${l}.`,
  stillRefused: "Jeśli nadal nie działa przy płatności, sprawdź pisownię i czy nie jest użyty inny kod.",
  expired: (c, d) => `Kod ${c} wygasł ${d} i nie można go już użyć.`,
  notStarted: (c, d) => `Kod ${c} nie jest jeszcze aktywny — możesz go użyć od ${d}.`,
  firstOrderOnly: (c) => `Kod ${c} działa tylko przy pierwszym zamówieniu, a na Twoim koncie są już zamówienia.`,
  belowMinimum: (c, m, s) => `Kod ${c} wymaga zamówienia za co najmniej ${m}; Twój koszyk to ${s}.`,
  notFound: (c) => `Kod ${c} nie jest ważny dla Twojego konta. Sprawdź pisownię.`,
  personalHint: "Jeśli to kod osobisty, zaloguj się, a sprawdzę go na Twoim koncie.",
  instead: (c) => `Zamiast niego możesz użyć kodu ${c}.`,
  current: (l) => `Aktualne kody: ${l}.`,
  yours: (l) => `Kody dla Ciebie: ${l}.`,
  none: "Obecnie nie ma aktywnych kodów rabatowych.",
  notForYou: "nie zadziała, bo na Twoim koncie są już zamówienia",
  signInForPersonal: "Kody osobiste są przypisane do konta: zaloguj się, a pokażę Ci Twoje.",
  loginReason: "Zaloguj się, aby zobaczyć swoje kody osobiste",
  askWhich: "Jeśli jakiś kod nie działa, napisz który, a sprawdzę dlaczego.",
};

const de: DiscountMessages = {
  off: (v) => `${v} Rabatt auf Ihre Bestellung`,
  firstOrder: "nur für die erste Bestellung",
  minSubtotal: (a) => `Bestellungen ab ${a}`,
  personal: "Ihr persönlicher Code",
  until: (d) => `gültig bis ${d}`,
  valid: (c, d) => `${c} ist gültig: ${d}.`,
  conditions: (l) => `Bedingungen: ${l}.`,
  stillRefused:
    "Falls die Kasse ihn weiter ablehnt, prüfen Sie die Schreibweise und ob bereits ein anderer Code verwendet wird.",
  expired: (c, d) => `${c} ist am ${d} abgelaufen und kann nicht mehr verwendet werden.`,
  notStarted: (c, d) => `${c} ist noch nicht aktiv – Sie können ihn ab ${d} verwenden.`,
  firstOrderOnly: (c) => `${c} gilt nur für eine erste Bestellung, und Ihr Konto hat bereits Bestellungen.`,
  belowMinimum: (c, m, s) => `${c} erfordert einen Bestellwert von mindestens ${m}; Ihr Warenkorb beträgt ${s}.`,
  notFound: (c) => `${c} ist für Ihr Konto nicht gültig. Bitte prüfen Sie die Schreibweise.`,
  personalHint: "Falls es ein persönlicher Code ist, melden Sie sich an, dann prüfe ich ihn für Ihr Konto.",
  instead: (c) => `Sie können stattdessen ${c} verwenden.`,
  current: (l) => `Unsere aktuellen Codes: ${l}.`,
  yours: (l) => `Ihre Codes: ${l}.`,
  none: "Derzeit gibt es keine aktiven Rabattcodes.",
  notForYou: "er gilt nicht für Sie, da Ihr Konto bereits Bestellungen hat",
  signInForPersonal: "Persönliche Codes gehören zu einem Konto: Melden Sie sich an, dann zeige ich Ihnen Ihre.",
  loginReason: "Melden Sie sich an, um Ihre persönlichen Codes zu sehen",
  askWhich: "Wenn ein Code nicht funktioniert, sagen Sie mir welcher, und ich prüfe warum.",
};

const es: DiscountMessages = {
  off: (v) => `${v} de descuento en tu pedido`,
  firstOrder: "solo primer pedido",
  minSubtotal: (a) => `pedidos desde ${a}`,
  personal: "tu código personal",
  until: (d) => `válido hasta el ${d}`,
  valid: (c, d) => `${c} es válido: ${d}.`,
  conditions: (l) => `Condiciones: ${l}.`,
  stillRefused: "Si al pagar sigue sin aceptarse, revisa que esté escrito tal cual y que no haya otro código aplicado.",
  expired: (c, d) => `${c} caducó el ${d} y ya no se puede usar.`,
  notStarted: (c, d) => `${c} todavía no está activo: podrás usarlo a partir del ${d}.`,
  firstOrderOnly: (c) => `${c} solo sirve para un primer pedido, y tu cuenta ya tiene pedidos.`,
  belowMinimum: (c, m, s) => `${c} requiere un pedido de al menos ${m}; tu cesta es de ${s}.`,
  notFound: (c) => `${c} no es válido para tu cuenta. Revisa cómo está escrito.`,
  personalHint: "Si es un código personal, inicia sesión y lo comprobaré en tu cuenta.",
  instead: (c) => `Puedes usar ${c} en su lugar.`,
  current: (l) => `Nuestros códigos actuales: ${l}.`,
  yours: (l) => `Tus códigos: ${l}.`,
  none: "Ahora mismo no hay códigos de descuento activos.",
  notForYou: "no se aplicará porque tu cuenta ya tiene pedidos",
  signInForPersonal: "Los códigos personales están ligados a una cuenta: inicia sesión y te enseñaré los tuyos.",
  loginReason: "Inicia sesión para ver tus códigos personales",
  askWhich: "Si un código no funciona, dime cuál y comprobaré por qué.",
};

export const discountMessages: Record<Language, DiscountMessages> = { en, fr, pl, de, es };
