import type { Language } from "../protocol";

/**
 * Frequent words of shopper messages per language, written as shoppers type them, with and without accents.
 * `strong` words almost never occur in the other four languages ("merci", "gdzie", "Bestellung", "pedido");
 * `common` ones are function words that also appear elsewhere or are too short to be sure of ("de", "la", "no").
 * Ambiguous spellings may appear in several lists: their weight is shared between the languages.
 */
export const LANGUAGE_WORDS: Record<Language, { strong: string; common: string }> = {
  en: {
    strong: `the my where what when how why which you your i'm it's don't can't didn't doesn't isn't hasn't haven't
      wasn't won't please thanks thank order orders package parcel refund return returns shipping delivery delivered
      shipped would could should want need help with have has been this that there their they them from about any
      still yet got get just know cancel change address discount code points subscription gift recommend store
      hours pay payment someone speak talk human people and our ours was were will did does is are of for`,
    common: `a an to do in on at it me be we so if or no not can hi hello hey ok okay by up out`,
  },
  fr: {
    strong: `où est sont mon ma mes votre vos notre nos je j'ai suis avez pouvez voudrais aimerais bonjour bonsoir
      salut merci commande commandé colis livraison livré livrée retour rembourser remboursement échanger
      annuler modifier adresse abonnement fidélité réduction remise code promo cadeau conseiller conseillez
      quel quelle quels quelles pourquoi comment quand toujours pas rien avec chez cette ces être reçu reçue
      il elle nous vous ils qui ça c'est n'est s'il d'avis aussi très beaucoup moins plus déjà encore peux veux`,
    common: `le la les de des du un une et en au aux pour par sur dans ce se sa son ne ou que qui a ai ok`,
  },
  pl: {
    strong: `gdzie jest są moje moja mój moim mojej moją moich czy kiedy jak dlaczego mogę można chcę chciałbym
      chciałabym proszę dziękuję dzięki cześć dzień dobry zamówienie zamówienia zamowienie zamowienia paczka
      paczki paczkę przesyłka przesyłki zwrot zwrotu pieniądze adres zmienić anulować subskrypcja punkty
      rabat kod prezent polecacie polecić szukam jeszcze już nie się mam mnie mi dla przez które który która
      jaki jaka jakie ile trwa kosztuje wysyłka dostawa płatność jestem byłem było będzie został została
      została zostało dotarło dotrze towar rozmiar bardzo także albo więc tylko ten ta to polecisz poleć polecasz
      buty butów biegania krem kurtka sukienka koszula tani tanie taniej`,
    common: `w z na do i a o po za od ze we co`,
  },
  de: {
    strong: `ich wo mein meine meinen meiner mich mir wo ist sind wann wie warum kann können möchte möchten würde
      bitte danke hallo guten bestellung bestellt paket lieferung geliefert rücksendung zurück erstattung
      umtauschen stornieren ändern adresse abo abonnement punkte rabatt gutschein empfehlen geschenk nicht
      noch schon auch aber oder und der die das dem den des ein eine einen einem mit für über von zum zur
      habe hat haben wird wurde sie ihr ihre ihnen uns euch welche welcher welches gibt kein keine sehr
      versand versandkosten zahlung bezahlen jemand mensch sprechen`,
    common: `in an es so was man im am um`,
  },
  es: {
    strong: `dónde donde está están mi mis cuándo cuando cómo como por qué puedo puede quiero quisiera necesito
      hola gracias pedido pedidos paquete envío envio devolución devolucion reembolso cambiar cancelar
      dirección direccion suscripción suscripcion puntos descuento código codigo cupón regalo recomiendan
      busco todavía todavia aún ya llegado llegó recibido usted ustedes tienen hay del los las una unos
      pero también muy mucho para con sin este esta esto eso qué cuál cuánto cuesta tarda hacen favor
      ayuda hablar persona nuestro su sus`,
    common: `el la de en y a o que un se lo le no es al me te`,
  },
};
