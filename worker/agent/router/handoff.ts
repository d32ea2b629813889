/**
 * When a person must take over, whatever else the message is about (DESIGN §3 step 2): the shopper asked for one,
 * the topic is legal or safety-related, or the shopper is abusive. These rules run before any skill scoring, on
 * folded words joined by single spaces ("quelqu'un" ⇒ "quelqu un").
 */

export type HandoffReason = "asked_for_person" | "legal" | "safety" | "privacy" | "abuse";

const words = (list: string) =>
  list
    .trim()
    .split(/\s*\|\s*/)
    .join("|");

/** Naming a person is enough: nobody asks for "a human" for any other reason. */
const PERSON = new RegExp(
  `\\b(?:${words(`
  humans? | real (?:person|people|human) | live (?:agent|person|operator|chat|support) | human agent |
  representative | customer service (?:agent|rep|representative) | supervisor | operator |
  humain | une? vraie personne | etre humain | (?:un|une|au|le|avec) conseill(?:er|ere) | (?:le|au) responsable |
  czlowiek\\w* | konsultant\\w* | zyw\\w* osob\\w* | prawdziw\\w* osob\\w* | kierownik\\w* |
  mensch | menschen | echten? person | mitarbeiter\\w* | kundenberater\\w* |
  humano | persona real | representante | operador\\w* | asesora? | asesores | encargado | gerente`)})\\b`,
);

/** Someone, an agent, staff: a person only when the shopper also wants to talk to them. */
const SOMEONE = new RegExp(
  `\\b(?:${words(`
  agent\\w* | someone | somebody | anyone | anybody | person | assistant | staff | employee | team member | manager |
  quelqu un | une personne | operateur | equipe |
  kims | ktos | osob[aeyaoi]\\w* | pracownik\\w* |
  jemand\\w* | berater\\w* |
  alguien | persona | empleado\\w*`)})\\b`,
);

/** Customer service is also where shoppers look up an email address, so it needs a "talk to" verb, not "contact". */
const SERVICE = new RegExp(
  `\\b(?:${words(`
  customer (?:service|support|care) | support team | service client | obslug\\w* klienta |
  kundenservice | kundendienst | atencion al cliente | servicio al cliente`)})\\b`,
);

const LIVE_TALK =
  /\b(?:get me|talk\w*|speak\w*|chat\w*|connect\w*|transfer\w*|put me through|parler|discuter|rozmaw\w*|porozmaw\w*|polacz\w*|sprechen|reden|verbind\w*|hablar|conectar\w*)\b/;

const TALK = new RegExp(
  `\\b(?:${words(`
  talk\\w* | speak\\w* | chat\\w* | connect\\w* | transfer\\w* | put me through | reach | call me | on the phone |
  phone me | ring me |
  escalat\\w* | hand me over | contact | contacting |
  parler | passez moi | me passer | mettre en relation | mettez moi | discuter | joindre | contacter |
  rozmaw\\w* | porozmaw\\w* | rozmow\\w* | polacz\\w* | przelacz\\w* | kontakt\\w* | pogadac | mowic |
  sprechen | reden | verbind\\w* | weiterleit\\w* | kontaktier\\w* | chatten |
  hablar | comunicar\\w* | contactar | pasar\\w* | pasame | paseme | conectar\\w* | transferir\\w*`)})\\b`,
);

const LEGAL = new RegExp(
  `\\b(?:${words(`
  lawyer | attorney | lawsuit | sue (?:you|u|your|them) | legal action | (?:to|in) court | small claims | chargeback |
  dispute (?:the|this|it) \\w* ?with my (?:bank|card) | consumer protection | trading standards | police |
  avocat | poursuite\\w* | porter plainte | plainte | tribunal | mise en demeure | justice | retrofactur\\w* |
  prawnik\\w* | adwokat\\w* | pozew | pozwe | pozwac | do sadu | w sadzie | uokik | rzecznik\\w* konsument\\w* | policj\\w* |
  anwalt | anwaltin | rechtsanwalt\\w* | klage | verklag\\w* | gericht | verbraucherzentrale | ruckbuchung | polizei |
  abogad\\w* | demandar\\w* | demanda judicial | denuncia\\w* | tribunal\\w* | juzgado | contracargo | policia`)})\\b`,
);

const SAFETY = new RegExp(
  `\\b(?:${words(`
  allergic reaction | (?:a|an|bad|skin) reaction | anaphyla\\w* | hospital\\w* | injur\\w* | hurt (?:me|my|him|her|them) |
  burn(?:ed|t) (?:me|my|him|her|them|his|our) | burns on |
  rash | caught fire | on fire | fire | smok(?:e|ing) | explod\\w* | electric shock | electrocut\\w* | chok(?:e|ed|ing) |
  poison\\w* | unsafe | dangerous |
  reaction allergique | (?:fait|eu|provoque) une allergie | blesse\\w* | blessure | brul\\w* | incendie | pris feu | en feu | explose |
  dangereu\\w* | intoxica\\w* |
  reakcj\\w* alergiczn\\w* | uczulil\\w* | dostal\\w* uczulenia | poparzy\\w* | poparzeni\\w* | zrani\\w* | obrazen\\w* |
  pozar\\w* | zapalil\\w* sie | wybuch\\w* | porazeni\\w* | niebezpieczn\\w* | szpital\\w* |
  allergische\\w* reaktion | verletz\\w* | verbrannt | verbrennung\\w* | feuer | explodiert |
  stromschlag | gefahrlich | krankenhaus |
  reaccion alergica | (?:dio|causo|provoco) alergia | herid\\w* | lesion\\w* | quemadura\\w* | quemo | incendio | fuego |
  exploto | descarga electrica | peligros\\w* | intoxicac\\w*`)})\\b`,
);

const PRIVACY = new RegExp(
  `\\b(?:${words(`
  gdpr | rgpd | rodo | dsgvo | right to be forgotten | droit a l oubli |
  (?:delete|erase|remove) (?:all )?(?:my|of my) (?:data|personal|information|account|details) | personal data |
  supprime\\w* (?:toutes )?mes donnees | supprimer mon compte | donnees personnelles |
  usun\\w* (?:wszystkie )?moje dane | usuniec\\w* danych | dane osobowe | usun\\w* (?:moje )?konto |
  daten losch\\w* | meine daten | personenbezogen\\w* | konto losch\\w* |
  (?:borr|elimin)\\w* (?:todos )?mis datos | datos personales | (?:borr|elimin)\\w* mi cuenta`)})\\b`,
);

/** Insults and open fury aimed at the shop or the assistant (swearing as mere emphasis is left to the cues). */
const ABUSE = new RegExp(
  `\\b(?:${words(`
  fuck (?:you|u|off|this|that|your) | screw you | shut up | you suck | (?:your|this) \\w* ?sucks |
  (?:you are|you're|youre|ur|you) (?:\\w+ )?(?:useless|stupid|idiots?|incompetent|pathetic|a joke|morons?|worthless) |
  (?:useless|stupid|dumb|worthless) (?:bot|chat\\w*|ai|machine|robot|service|company|shop|store|assistant) |
  (?:company|shop|store|service|this) is a (?:joke|scam|disgrace) |
  (?:this|the|your) (?:bot|chat\\w*|ai|assistant|service|site|website|shop|store|company) (?:is|are) (?:\\w+ )?(?:useless|stupid|a joke|garbage|rubbish|pathetic|worthless|terrible|awful) |
  this is (?:ridiculous|unacceptable|outrageous|a joke|insane|absurd) |
  (?:ton|votre|ce) (?:bot|robot|service) \\w* ?(?:nul|inutile) | vous etes (?:nuls|des escrocs|des voleurs|incompetents) |
  (?:twoj|wasz|ten) (?:bot|czat|sklep|serwis) \\w* ?(?:beznadziej\\w*|do niczego|bezuzyteczn\\w*) |
  to jest skandal | jestescie (?:oszustami|zlodziejami|idiotami|beznadziejni) |
  (?:ihr|dein|euer|der) (?:bot|chatbot|service|laden) \\w* ?(?:\\w+ )?(?:nutzlos|unbrauchbar|dumm|eine frechheit) |
  ihr seid (?:betruger|unfahig|idioten) | so eine frechheit |
  (?:tu|su|este) (?:bot|robot|servicio) \\w* ?(?:inutil|una basura|pesimo) | sois (?:unos )?(?:ladrones|estafadores|inutiles)`)})\\b`,
);

const asksForPerson = (text: string) =>
  PERSON.test(text) || (SOMEONE.test(text) && TALK.test(text)) || (SERVICE.test(text) && LIVE_TALK.test(text));

/**
 * Why a person should take over, or undefined. `typed` are the folded words as typed, `corrected` after typo
 * repair. Serious topics are matched only as typed: a repaired typo must never invent a fire or a lawsuit
 * ("firmę" is a company, not "fire"); a misspelt request for an "agnet" still counts.
 */
export function handoffReason(typed: string, corrected = typed): HandoffReason | undefined {
  if (LEGAL.test(typed)) return "legal";
  if (SAFETY.test(typed)) return "safety";
  if (PRIVACY.test(typed)) return "privacy";
  if (asksForPerson(typed) || asksForPerson(corrected)) return "asked_for_person";
  if (ABUSE.test(typed)) return "abuse";
  return undefined;
}
