import type { Language } from "../../protocol";

/**
 * What shoppers ask for, in our five languages, mapped onto the catalogue's categories, tags and product words.
 * A `type` says what the product is ("shoes", "moisturiser") and must match when asked for; a `trait` is a quality
 * ("vegan", "gift", "for running") that ranks. Words are folded (lower case, no accents); `*` ends a prefix.
 */
export type Concept = {
  id: string;
  kind: "type" | "trait";
  label: Record<Language, string>;
  words: string[];
  categories?: string[];
  tags?: string[];
  /** Folded fragments looked for in the product's title and description. */
  text?: string[];
};

const L = (en: string, fr: string, pl: string, de: string, es: string): Record<Language, string> => ({
  en,
  fr,
  pl,
  de,
  es,
});

// biome-ignore format: one concept per line reads as a table
export const CONCEPTS: Concept[] = [
  { id: "footwear", kind: "type", label: L("footwear", "chaussures", "obuwie", "Schuhe", "calzado"), categories: ["footwear"],
    words: ["shoe*", "sneaker*", "trainers", "boot*", "footwear", "slipper*", "chaussure*", "baskets", "botte*", "bottine*", "chausson*", "pantoufle*", "buty", "butow", "butach", "obuwi*", "trampk*", "kozak*", "kapci*", "*schuh*", "*stiefel*", "zapato*", "zapatilla*", "botas", "botin*", "calzado", "pantufla*"] },
  { id: "apparel", kind: "type", label: L("clothing", "vêtements", "odzież", "Kleidung", "ropa"), categories: ["apparel"],
    words: ["cloth*", "apparel", "outfit*", "vetement*", "ubran*", "ubrani*", "odziez*", "ciuch*", "kleidung*", "ropa", "prenda*"] },
  { id: "skincare", kind: "type", label: L("skincare", "soin de la peau", "pielęgnacja skóry", "Hautpflege", "cuidado de la piel"), categories: ["skincare"],
    words: ["skincare", "skin", "cosmetic*", "beauty", "soin*", "peau", "cosmet*", "pielegnac*", "skora", "skory", "skore", "kosmety*", "hautpflege", "kosmetik*", "piel", "belleza"] },
  { id: "coffee", kind: "type", label: L("coffee", "café", "kawa", "Kaffee", "café"), categories: ["coffee"],
    words: ["coffee*", "espresso*", "cafe", "cafes", "kawa", "kawy", "kawe", "kawosz*", "kaffee*", "cafetera*"] },
  { id: "accessories", kind: "type", label: L("accessories", "accessoires", "akcesoria", "Accessoires", "accesorios"), categories: ["accessories"],
    words: ["accessor*", "akcesori*", "zubehor*", "accesorio*"] },
  { id: "gift_card", kind: "type", label: L("gift card", "carte cadeau", "karta podarunkowa", "Geschenkgutschein", "tarjeta regalo"), categories: ["gift cards"],
    words: ["gift card*", "giftcard*", "carte cadeau", "cartes cadeaux", "bon cadeau", "karta podarunkowa", "karte podarunkowa", "karta prezentowa", "bon podarunkowy", "gutschein*", "geschenkkarte*", "tarjeta regalo", "tarjeta de regalo"] },
  { id: "moisturiser", kind: "type", label: L("moisturiser", "crème hydratante", "krem nawilżający", "Feuchtigkeitspflege", "hidratante"), tags: ["hydrating"], text: ["moisturis", "cream"],
    words: ["moistur*", "hydrat*", "cream", "creme", "cremes", "krem", "kremu", "kremy", "nawilz*", "feuchtigkeit*", "crema", "hidrat*"] },
  { id: "serum", kind: "type", label: L("serum", "sérum", "serum", "Serum", "sérum"), text: ["serum"], words: ["serum*"] },
  { id: "cleanser", kind: "type", label: L("cleanser", "nettoyant", "żel do mycia", "Reinigungsgel", "limpiador"), text: ["cleanser"],
    words: ["cleans*", "nettoyant*", "demaquill*", "oczyszcz*", "mycia", "reinig*", "limpiador*", "limpieza"] },
  { id: "sunscreen", kind: "type", label: L("sun protection", "protection solaire", "ochrona przeciwsłoneczna", "Sonnenschutz", "protección solar"), tags: ["sun"],
    words: ["sunscreen*", "sunblock", "spf", "solaire*", "uv", "przeciwslon*", "sonnenschutz*", "sonnencreme*", "protector", "solar"] },
  { id: "lip", kind: "type", label: L("lip care", "soin des lèvres", "pielęgnacja ust", "Lippenpflege", "cuidado de labios"), text: [" lip"],
    words: ["lip*", "levre*", "baume", "usta", "ust", "pomadk*", "lippe*", "labio*", "balsamo*"] },
  { id: "top", kind: "type", label: L("top", "haut", "koszulka", "Oberteil", "camiseta"), text: ["shirt", " tee"],
    words: ["shirt*", "tee", "tees", "t-shirt*", "chemise*", "tee-shirt*", "koszul*", "hemd*", "camisa*", "camiseta*"] },
  { id: "knitwear", kind: "type", label: L("knitwear", "pull", "sweter", "Pullover", "jersey"), text: ["sweater", "hoodie"],
    words: ["sweater*", "jumper*", "hoodie*", "sweat*", "pull", "pulls", "pullover*", "bluz*", "sweter*", "kapuzen*", "jersey*", "sudadera*", "sueter*"] },
  { id: "jacket", kind: "type", label: L("jacket", "veste", "kurtka", "Jacke", "chaqueta"), text: ["jacket"],
    words: ["jacket*", "*jacke*", "coat*", "veste*", "manteau*", "blouson*", "kurtk*", "plaszcz*", "jacke*", "mantel*", "chaqueta*", "abrigo*", "chubasquero*"] },
  { id: "trousers", kind: "type", label: L("trousers", "pantalon", "spodnie", "Hose", "pantalones"), text: ["trousers", "chino"],
    words: ["trouser*", "pants", "chino*", "pantalon*", "spodni*", "hose", "hosen", "pantalones"] },
  { id: "scarf", kind: "type", label: L("scarf", "écharpe", "szal", "Schal", "bufanda"), text: ["scarf"],
    words: ["scarf*", "scarves", "echarpe*", "foulard*", "szal*", "apaszk*", "schal*", "halstuch*", "bufanda*", "panuelo*"] },
  { id: "hat", kind: "type", label: L("hat", "bonnet", "czapka", "Mütze", "gorro"), text: ["beanie"],
    words: ["hat", "hats", "beanie*", "bonnet*", "chapeau*", "czapk*", "mutze*", "hut", "gorro*"] },
  { id: "bag", kind: "type", label: L("bag", "sac", "torba", "Tasche", "bolso"), text: ["bag", "tote"],
    words: ["bag", "bags", "tote*", "sac", "sacs", "torb*", "tasche*", "bolso*", "bolsa*"] },
  { id: "wallet", kind: "type", label: L("wallet", "portefeuille", "portfel", "Geldbörse", "cartera"), text: ["wallet"],
    words: ["wallet*", "purse*", "portefeuille*", "portfel*", "portmonetk*", "geldbors*", "portemonnaie*", "cartera*", "billetera*"] },
  { id: "sunglasses", kind: "type", label: L("sunglasses", "lunettes de soleil", "okulary przeciwsłoneczne", "Sonnenbrille", "gafas de sol"), text: ["sunglasses"],
    words: ["sunglass*", "lunette*", "okular*", "sonnenbrille*", "gafas"] },
  { id: "gift", kind: "trait", label: L("a good gift", "une idée cadeau", "dobry pomysł na prezent", "eine gute Geschenkidee", "una buena idea de regalo"), tags: ["gift"],
    words: ["gift*", "present*", "cadeau*", "offrir", "prezent*", "podarun*", "upomin*", "geschenk*", "schenken", "regalo*", "regalar"] },
  { id: "vegan", kind: "trait", label: L("vegan", "vegan", "wegański", "vegan", "vegano"), tags: ["vegan"],
    words: ["vegan*", "vegetal*", "wegan*", "plant-based", "plant based", "cruelty-free", "cruelty free"] },
  { id: "running", kind: "trait", label: L("made for running", "pour la course", "do biegania", "zum Laufen", "para correr"), tags: ["running"],
    words: ["run", "runs", "running", "runner*", "jogging", "course", "courir", "bieg*", "lauf*", "correr", "corredor*"] },
  { id: "winter", kind: "trait", label: L("warm for winter", "chaud pour l'hiver", "ciepłe na zimę", "warm für den Winter", "abrigado para el invierno"), tags: ["winter"],
    words: ["winter*", "warm*", "cold", "hiver*", "chaud*", "froid", "zim*", "ciepl*", "kalt*", "invierno*", "calido*", "abrigad*", "frio"] },
  { id: "summer", kind: "trait", label: L("for summer", "pour l'été", "na lato", "für den Sommer", "para el verano"), tags: ["summer"],
    words: ["summer*", "estival*", "lato", "latem", "letni*", "sommer*", "verano*", "veraniego*"] },
  { id: "sensitive", kind: "trait", label: L("for sensitive skin", "pour peau sensible", "do skóry wrażliwej", "für empfindliche Haut", "para piel sensible"), tags: ["sensitive"],
    words: ["sensitiv*", "sensible*", "wrazliw*", "empfindlich*"] },
  { id: "dry_skin", kind: "trait", label: L("for dry skin", "pour peau sèche", "do skóry suchej", "für trockene Haut", "para piel seca"), tags: ["dry skin"],
    words: ["dry", "seche", "seches", "sucha", "suchej", "trocken*", "seca"] },
  { id: "waterproof", kind: "trait", label: L("waterproof", "imperméable", "wodoodporne", "wasserdicht", "impermeable"), tags: ["waterproof"],
    words: ["rain*", "waterproof", "pluie", "impermeable*", "deszcz*", "przeciwdeszcz*", "wodoodporn*", "regen*", "wasserdicht*", "lluvia"] },
  { id: "wool", kind: "trait", label: L("wool", "laine", "wełna", "Wolle", "lana"), tags: ["wool"],
    words: ["wool*", "laine", "welna", "welny", "welnian*", "wolle", "woll*", "lana", "merino", "cashmere", "cachemire", "kaszmir*", "kaschmir"] },
  { id: "linen", kind: "trait", label: L("linen", "lin", "len", "Leinen", "lino"), tags: ["linen"], words: ["linen", "lin", "lniana", "lniany", "lnu", "leinen", "lino"] },
  { id: "cotton", kind: "trait", label: L("cotton", "coton", "bawełna", "Baumwolle", "algodón"), tags: ["cotton"], words: ["cotton", "coton", "bawel*", "baumwoll*", "algodon"] },
  { id: "organic", kind: "trait", label: L("organic", "bio", "ekologiczne", "bio", "ecológico"), tags: ["organic", "recycled"], text: ["organic", "recycled"],
    words: ["organic", "bio", "biologique*", "ekologiczn*", "organiczn*", "eco", "eco-friendly", "ecolog*", "recycl*", "recykl*", "sustainable", "durable*", "nachhaltig*", "sostenible*", "organico*"] },
  { id: "decaf", kind: "trait", label: L("decaf", "déca", "bezkofeinowa", "entkoffeiniert", "descafeinado"), tags: ["decaf"],
    words: ["decaf*", "deca", "decafeine*", "bezkofein*", "entkoffein*", "descafeinado*"] },
  { id: "filter", kind: "trait", label: L("for filter brewing", "pour le filtre", "do przelewu", "für Filterkaffee", "para filtro"), tags: ["filter"], text: ["pour-over"],
    words: ["filter", "filtre", "pour-over", "pour over", "drip*", "przelew*", "filterkaffee", "filtro"] },
  { id: "brightening", kind: "trait", label: L("for radiance", "pour l'éclat", "na rozświetlenie", "für Ausstrahlung", "para luminosidad"), tags: ["brightening"],
    words: ["bright*", "radiance", "dull", "eclat", "terne", "rozswietl*", "aufhell*", "strahl*", "luminosidad", "apagada"] },
];

export const CATEGORY_CONCEPT: Record<string, Concept | undefined> = Object.fromEntries(
  CONCEPTS.flatMap((concept) => (concept.categories ?? []).map((category) => [category, concept])),
);

export const TAG_CONCEPT: Record<string, Concept | undefined> = Object.fromEntries(
  [...CONCEPTS].reverse().flatMap((concept) => (concept.tags ?? []).map((tag) => [tag, concept])),
);
