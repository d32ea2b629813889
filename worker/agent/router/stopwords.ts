import { fold } from "./text";

/**
 * Function words: pronouns, articles, auxiliaries, question words. They occur under every route, so a message made
 * only of them (plus words the exemplars never used) has no topic the router knows: "what's the weather like?".
 */
const LISTS = [
  `i me my mine you your we our us it its this that these those the a an and or but is are was were be been am do
   does did have has had can could would should will shall may might must what what's whats how when where why
   which who whom whose like just also so very really please need want know tell get got make let there here to
   of in on at for from with about as by not no yes if then than too i'm im it's`,
  `je j tu il elle on nous vous ils elles me m te se s mon ma mes ton ta tes son sa ses votre vos notre nos le la
   les l un une des du de d et ou mais est sont suis es ai a as avez avons ont etre avoir pour par sur dans avec
   sans que qu qui quoi quel quelle quels quelles comment quand ou pourquoi ce cette ces c ca ne n pas plus tres
   bien aussi peux pouvez voudrais veux svp`,
  `ja ty on ona my wy oni mi mnie cie sie moj moja moje twoj nasz wasz i a ale lub czy jest sa jestem byl byla to
   ten ta te w z na do o od po za dla przez jak kiedy gdzie dlaczego co ktory ktora ktore jaki jaka jakie nie tak
   bardzo tez moge mozna chce prosze`,
  `ich du er sie es wir ihr mich mir dich dir sich mein meine meinen dein unser euer der die das den dem des ein
   eine einen einem und oder aber ist sind bin war habe hat haben kann konnen mochte will wie wann wo warum was
   welche welcher nicht kein auch sehr bitte mit fur von zu im in an auf`,
  `yo tu el ella nosotros usted ustedes me te se mi mis tus su sus nuestro la los las un una unos y o pero es son
   soy esta estan estoy hay tengo tiene puedo puede quiero quisiera como cuando donde por que cual quien no si muy
   tambien con sin para de del en a al favor`,
];

export const STOPWORDS: ReadonlySet<string> = new Set(LISTS.flatMap((list) => fold(list).split(" ")));
