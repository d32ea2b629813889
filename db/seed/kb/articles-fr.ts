import type { DemoArticle } from "./types";

const source = (slug: string) => `https://shop.example.com/fr/aide/${slug}`;

export const articlesFr: DemoArticle[] = [
  {
    id: "policy-returns-fr",
    lang: "fr",
    title: "Retours et échanges",
    source: source("retours"),
    markdown: `# Retours et échanges

## Délai de retour
Vous pouvez retourner vos articles dans les 30 jours suivant la livraison. Les articles doivent être non portés et dans leur emballage d'origine.

## Articles non retournables
Les articles soldés en vente finale et les cartes cadeaux ne peuvent pas être retournés.

## Pays
Nous n'acceptons pas les retours depuis la Norvège ou la Suisse.

## Remboursements
Le remboursement est effectué sur votre moyen de paiement d'origine dans les 5 jours ouvrés suivant la réception de votre retour.

## Échanges
Les échanges de taille et de couleur sont gratuits.

## Frais de retour
Le retour coûte 3,95 € en point relais ou 6,95 € avec enlèvement à domicile (France uniquement). Le retour est gratuit si l'article est défectueux ou si nous vous avons envoyé le mauvais article.`,
  },
  {
    id: "policy-shipping-fr",
    lang: "fr",
    title: "Livraison",
    source: source("livraison"),
    markdown: `# Livraison

## Pays de livraison
Nous livrons dans l'Union européenne, au Royaume-Uni, aux États-Unis et au Canada.

## Délais et frais
La livraison standard dans l'UE prend 3 à 5 jours ouvrés. La livraison est gratuite dès 60 € d'achat. La livraison express prend 1 à 2 jours ouvrés et coûte 9,90 €.

## Suivi
Vous recevez un numéro de suivi par e-mail dès l'expédition de votre commande.`,
  },
  {
    id: "policy-payments-fr",
    lang: "fr",
    title: "Moyens de paiement",
    source: source("paiement"),
    markdown: `# Moyens de paiement

Nous acceptons Visa, Mastercard, American Express (Amex), PayPal, Apple Pay et BLIK. Votre carte est débitée au moment de la commande.`,
  },
  {
    id: "policy-order-changes-fr",
    lang: "fr",
    title: "Modifier ou annuler une commande",
    source: source("modifier-commande"),
    markdown: `# Modifier ou annuler une commande

Une commande peut être modifiée ou annulée dans les 2 heures suivant l'achat et avant son expédition. Ensuite, vous pourrez retourner les articles à réception.`,
  },
  {
    id: "policy-loyalty-fr",
    lang: "fr",
    title: "Programme de fidélité",
    source: source("fidelite"),
    markdown: `# Programme de fidélité

Vous gagnez 1 point pour chaque euro dépensé. 500 points valent un bon d'achat de 5 €.

## Niveaux
Le niveau Silver commence à 0 point, Gold à 1 000 points et Platinum à 2 500 points.`,
  },
  {
    id: "policy-subscriptions-fr",
    lang: "fr",
    title: "Abonnements",
    source: source("abonnements"),
    markdown: `# Abonnements

Vous pouvez suspendre un abonnement jusqu'à 3 mois, sauter une livraison ou changer la fréquence (toutes les 2, 4 ou 6 semaines). Vous pouvez résilier à tout moment avant la prochaine date de facturation.`,
  },
  {
    id: "policy-contact-fr",
    lang: "fr",
    title: "Contact et horaires",
    source: source("contact"),
    markdown: `# Contact et horaires

Notre service client est disponible du lundi au vendredi, de 9 h à 18 h (CET). En dehors de ces horaires, laissez-nous un message : nous répondrons le jour ouvré suivant.`,
  },
  {
    id: "policy-care-fr",
    lang: "fr",
    title: "Entretien des produits et soins vegan",
    source: source("entretien"),
    markdown: `# Entretien des produits et soins vegan

## Soins
Tous nos produits de soin sont vegan et non testés sur les animaux.

## Entretien des vêtements
Lavez le lin et le coton à 30 °C et séchez à plat. Lavez la laine et le cachemire à la main à l'eau froide.`,
  },
];
