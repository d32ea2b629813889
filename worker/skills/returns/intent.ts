import { fold } from "../../agent/router/text";
import type { ItemCondition } from "../../returns/policy";
import { RMA_PATTERN } from "../../returns/rma";
import { orderNamesIn } from "../order-tracking/select-order";

/**
 * What a returns message asks for, decided on the folded text (no accents, lower case) in en/fr/pl/de/es:
 * - `status`: where a return or its refund stands ("where is my refund?");
 * - `dispute`: the shopper contests a verdict or reports a damaged or wrong item;
 * - `eligibility`: can *my* order or item be returned — account data, needs sign-in;
 * - `policy`: how returns work in general — answered from the knowledge base, no sign-in.
 */
export type ReturnsIntent = "status" | "dispute" | "eligibility" | "policy";

const re = (list: string) =>
  new RegExp(
    `\\b(?:${list
      .trim()
      .split(/\s*\|\s*/)
      .join("|")})`,
  );

const STATUS_WORD = re(`
  where | when | status | track | received | yet | still | not arrived | how far |
  ou en est | ou est | quand | statut | suivi | recu | toujours pas | pas encore |
  gdzie | kiedy | status | jeszcze | nadal | otrzymal |
  wo ist | wann | stand | status | noch nicht | immer noch |
  donde | cuando | estado | todavia | aun no`);

/** Possessive on purpose: "when does *the* return window end?" is a policy question, not a status one. */
const REFUND_NOUN = re(`
  refund | my money | my return\\b |
  rembours | mon argent | mon retour |
  zwrot pieni | zwrot srodk | zwrot kasy | pieniadze | moj zwrot | mojego zwrotu |
  erstattung | ruckerstattung | mein geld | geld zuruck | meine rucksendung | meine retoure |
  reembolso | mi dinero | mi devolucion`);

const DISAGREE = re(`
  not fair | unfair | disagree | ridiculous | unacceptable | that's wrong | thats wrong | makes no sense |
  speak to someone | talk to someone | complain |
  injuste | pas juste | pas normal | pas d'accord | pas d accord | inadmissible | inacceptable | scandaleux | reclamation |
  niesprawiedliw | nie fair | nie zgadzam | niedopuszczaln | skandal | reklamacj |
  unfair | ungerecht | nicht fair | nicht einverstanden | inakzeptabel | beschwerde | reklamation |
  injusto | no es justo | no estoy de acuerdo | inaceptable | reclamacion | queja`);

const WRONG_ITEM = re(`
  wrong item | wrong product | wrong size sent | not what i ordered | sent me the wrong | different item |
  mauvais article | mauvais produit | pas le bon | pas ce que j'ai commande | pas ce que j ai commande |
  niewlasciw | zly produkt | inny produkt | nie to co zamowil |
  falsche[nr]? (?:artikel|ware|produkt) | nicht das bestellte |
  articulo equivocado | producto equivocado | no es lo que pedi`);

const DEFECTIVE = re(`
  defect | damaged | broken | faulty | torn | ripped | stain | hole in | doesn't work | does not work | arrived dead |
  defectu | abime | endommage | casse | dechire | tache | trou | ne marche pas | ne fonctionne pas |
  wadliw | uszkodz | zepsut | rozdar | dziur | poplam | nie dziala |
  defekt | beschadigt | kaputt | zerrissen | fleck | funktioniert nicht |
  defectuos | danad | roto | rota | rasgad | mancha | no funciona`);

const OWNERSHIP = re(`
  my | mine | i bought | i ordered | i received | i got | i want to | i'd like to | i would like to |
  mon | ma | mes | j'ai (?:achete|commande|recu) | je veux | je voudrais | je souhaite |
  moj | moja | moje | moich | moim | kupil | zamowil | dostal | chce | chcialbym | chcialabym |
  mein | meine | meinen | meiner | ich habe | ich mochte | ich will |
  mi | mis | compre | pedi | quiero | quisiera | me gustaria`);

/** The shopper reports a problem with the item itself: the return becomes free under the default policy. */
export function conditionIn(text: string): ItemCondition | undefined {
  const folded = fold(text);
  if (WRONG_ITEM.test(folded)) return "wrong_item";
  if (DEFECTIVE.test(folded)) return "defective";
  return undefined;
}

export function returnsIntent(text: string): ReturnsIntent {
  const folded = fold(text);
  if (RMA_PATTERN.test(text) || (STATUS_WORD.test(folded) && REFUND_NOUN.test(folded))) return "status";
  if (DISAGREE.test(folded) || conditionIn(text)) return "dispute";
  if (orderNamesIn(text).length > 0 || OWNERSHIP.test(folded)) return "eligibility";
  return "policy";
}
