import type { DemoArticle } from "./types";

const source = (slug: string) => `https://shop.example.com/pl/pomoc/${slug}`;

export const articlesPl: DemoArticle[] = [
  {
    id: "policy-returns-pl",
    lang: "pl",
    title: "Zwroty i wymiany",
    source: source("zwroty"),
    markdown: `# Zwroty i wymiany

## Termin zwrotu
Produkty możesz zwrócić w ciągu 30 dni od dostawy. Produkty muszą być nienoszone i w oryginalnym opakowaniu.

## Czego nie można zwrócić
Produktów z wyprzedaży końcowej (final sale) i kart podarunkowych nie można zwrócić.

## Kraje
Nie przyjmujemy zwrotów z Norwegii ani Szwajcarii.

## Zwrot pieniędzy
Pieniądze zwracamy na pierwotną metodę płatności w ciągu 5 dni roboczych od otrzymania zwrotu.

## Wymiany
Wymiana rozmiaru i koloru jest bezpłatna.

## Koszt odesłania
Odesłanie kosztuje 3,95 € w punkcie nadania lub 6,95 € z odbiorem z domu (tylko Francja). Zwrot jest bezpłatny, gdy produkt jest wadliwy lub wysłaliśmy niewłaściwy produkt.`,
  },
  {
    id: "policy-shipping-pl",
    lang: "pl",
    title: "Wysyłka i dostawa",
    source: source("wysylka"),
    markdown: `# Wysyłka i dostawa

## Dokąd wysyłamy
Wysyłamy do krajów UE, Wielkiej Brytanii, USA i Kanady.

## Czas i koszt dostawy
Standardowa dostawa w UE trwa 3–5 dni roboczych. Dostawa jest bezpłatna przy zamówieniach powyżej 60 €. Dostawa ekspresowa trwa 1–2 dni robocze i kosztuje 9,90 €.

## Śledzenie
Numer przesyłki otrzymasz e-mailem, gdy tylko zamówienie zostanie wysłane.`,
  },
  {
    id: "policy-payments-pl",
    lang: "pl",
    title: "Metody płatności",
    source: source("platnosci"),
    markdown: `# Metody płatności

Akceptujemy Visa, Mastercard, American Express (Amex), PayPal, Apple Pay i BLIK. Płatność jest pobierana w momencie złożenia zamówienia.`,
  },
  {
    id: "policy-order-changes-pl",
    lang: "pl",
    title: "Zmiana lub anulowanie zamówienia",
    source: source("zmiana-zamowienia"),
    markdown: `# Zmiana lub anulowanie zamówienia

Zamówienie można zmienić lub anulować w ciągu 2 godzin od zakupu i przed wysyłką. Później możesz zwrócić produkty po ich otrzymaniu.`,
  },
  {
    id: "policy-loyalty-pl",
    lang: "pl",
    title: "Program lojalnościowy",
    source: source("program-lojalnosciowy"),
    markdown: `# Program lojalnościowy

Za każde wydane 1 € otrzymujesz 1 punkt. 500 punktów to bon o wartości 5 €.

## Poziomy
Poziom Silver zaczyna się od 0 punktów, Gold od 1000 punktów, a Platinum od 2500 punktów.`,
  },
  {
    id: "policy-subscriptions-pl",
    lang: "pl",
    title: "Subskrypcje",
    source: source("subskrypcje"),
    markdown: `# Subskrypcje

Subskrypcję możesz wstrzymać maksymalnie na 3 miesiące, pominąć dostawę lub zmienić częstotliwość na co 2, 4 lub 6 tygodni. Możesz ją anulować w dowolnym momencie przed kolejną datą płatności.`,
  },
  {
    id: "policy-contact-pl",
    lang: "pl",
    title: "Kontakt i godziny pracy",
    source: source("kontakt"),
    markdown: `# Kontakt i godziny pracy

Nasze biuro obsługi klienta działa od poniedziałku do piątku w godzinach 9:00–18:00 CET. Poza tymi godzinami zostaw wiadomość — odpowiemy następnego dnia roboczego.`,
  },
  {
    id: "policy-care-pl",
    lang: "pl",
    title: "Pielęgnacja produktów i kosmetyki wegańskie",
    source: source("pielegnacja"),
    markdown: `# Pielęgnacja produktów i kosmetyki wegańskie

## Kosmetyki
Wszystkie nasze kosmetyki są wegańskie i nietestowane na zwierzętach.

## Pielęgnacja odzieży
Len i bawełnę pierz w 30 °C i susz na płasko. Wełnę i kaszmir pierz ręcznie w zimnej wodzie.`,
  },
];
