/**
 * Messages with no request in them. Courtesy ("hi", "merci", "dzięki", "ok thanks bye") gets a short friendly
 * reply and ends whatever skill was running; a bare "yes"/"ok"/"tak" answers the running skill's question, so the
 * router keeps that skill for it (see index.ts) and only calls it small talk when there is no skill to keep.
 */

export type SmallTalk = "courtesy" | "answer";

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Greetings, thanks and goodbyes (folded). One of these makes a message courtesy. */
const COURTESY = set(`
  hi hii hiya hello helo hey heya yo howdy morning evening afternoon thanks thank thankyou thx ty tnx cheers bye
  goodbye byebye cya later welcome lol haha great cool nice awesome perfect lovely brilliant amazing wonderful
  bonjour bonsoir salut coucou merci revoir bye parfait super genial top nickel excellent
  czesc hej hejka siema witam witaj dzien dobry wieczor dobranoc dzieki dziekuje dziekujemy dziex pa widzenia
  razie swietnie fajnie pozdrawiam ekstra
  hallo servus moin gruss gott guten tag abend danke dankeschon vielen tschuss tschau ciao bald wiedersehen prima
  toll klasse
  hola buenos buenas dias tardes noches gracias adios luego pronto chao chau saludos perfecto genial estupendo
`);

/** Words that only carry courtesy along ("thank you so much for your help"). */
const FILLER = set(`
  you u so very much a lot for the your help all that that's thats it is was to have nice day there again guys
  team everyone and just oh ah well really too how are doing what's whats up sup good have a an my of this
  de la le tout c est tres pour votre aide vous tu et bien toi a bonne journee soiree beaucoup plus mille
  to za bardzo pomoc wszystko i ci wam pani panu sie masz jak milego dnia na dobrze
  fur ihre hilfe sehr und alles ihnen dir schon schonen tag noch gut geht's gehts wie es mal
  por todo su tu ayuda y que tal como estas muy bien usted un una el dia mucho muchas hasta
`);

/** Short answers to a question the running skill asked. */
const ANSWER = set(`
  yes yeah yep yup ya no nope nah sure please pls plz ok okay okey k kk alright right correct exactly indeed fine
  oui ouais non volontiers svp stp d accord daccord exactement bien sur
  tak nie prosze jasne oczywiscie dokladnie okej spoko
  ja jawohl nein bitte genau klar gerne stimmt
  si claro vale exacto dale bueno acuerdo favor
`);

/** Every word the small-talk rules know, so the spelling corrector leaves them alone ("hasta" is not "hast"). */
export const SMALL_TALK_WORDS: ReadonlySet<string> = new Set([...COURTESY, ...FILLER, ...ANSWER]);

/** Asking whether a person is there is small talk, not a request for one. */
const ARE_YOU_A_BOT =
  /^(?:are|r) (?:you|u) (?:a |an )?(?:real |actual )?(?:human|person|bot|robot|ai|machine|real)$|^(?:es tu|t es|etes vous) (?:un |une )?(?:humain|robot|bot|vraie personne|ia)$|^(?:czy )?(?:jestes|to) (?:czlowiek\w*|bot\w*|robot\w*)$|^(?:bist du|sind sie) (?:ein )?(?:mensch|bot|roboter|echt)$|^(?:eres|es usted) (?:un )?(?:humano|bot|robot|persona real)$/;

const HOW_ARE_YOU =
  /^(?:(?:hi|hello|hey|bonjour|salut|czesc|hej|hallo|hola) )?(?:how are (?:you|u)(?: doing)?(?: today)?|how's it going|hows it going|comment (?:ca va|vas tu|allez vous)|ca va|jak sie masz|co slychac|wie geht'?s(?: dir| ihnen)?|wie gehts|que tal|como estas|como esta usted)$/;

/** "courtesy", "answer" or undefined when the message asks for something. `tokens` are folded words. */
export function smallTalk(tokens: string[]): SmallTalk | undefined {
  if (tokens.length === 0 || tokens.some((token) => /\d/.test(token))) return undefined;
  const text = tokens.join(" ");
  if (ARE_YOU_A_BOT.test(text) || HOW_ARE_YOU.test(text)) return "courtesy";
  if (tokens.length > 12) return undefined;
  let courtesy = false;
  let answer = false;
  for (const token of tokens) {
    if (COURTESY.has(token)) courtesy = true;
    else if (ANSWER.has(token)) answer = true;
    else if (!FILLER.has(token)) return undefined;
  }
  if (courtesy) return "courtesy";
  return answer ? "answer" : undefined;
}
