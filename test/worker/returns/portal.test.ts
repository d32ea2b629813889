import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { call, freshIp, startConversation } from "../../helpers/worker-client";

const form = (fields: Record<string, string>): RequestInit => ({
  method: "POST",
  redirect: "manual",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

/** Looks an order up as a shopper would and returns the portal token from the redirect. */
async function lookUp(reference: string, proof: string, lang = "en") {
  const res = await call(`/returns/lookup?lang=${lang}`, form({ reference, proof }));
  const location = res.headers.get("location");
  return { res, token: location ? new URL(location).searchParams.get("token")! : null };
}

const orderPage = async (token: string, lang = "en") => (await call(`/returns?lang=${lang}&token=${token}`)).text();

/** The line ids of an order, from the form's field names. */
const lineIds = (page: string) => [...page.matchAll(/name="qty_([^"]+)"/g)].map((m) => m[1]!);

describe("returns portal: lookup", () => {
  it("serves an accessible lookup form in the shopper's language, with no scripts allowed", async () => {
    const res = await call("/returns?lang=fr");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'.*form-action 'self'/);
    const page = await res.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain("Retourner un article");
    expect(page).toMatch(/<label for="reference">/);
    expect(page).not.toMatch(/<script/);
  });

  it("finds an order by number and email, by number and postal code, or by tracking number and postal code", async () => {
    for (const [reference, proof] of [
      ["#1001", "Alice@Example.com"],
      ["1001", "75011"],
      ["6A10010000001", "75 011"],
    ]) {
      const { res, token } = await lookUp(reference!, proof!);
      expect(res.status, `${reference} + ${proof}`).toBe(303);
      expect(await orderPage(token!)).toContain("Order #1001");
    }
  });

  it("gives the same answer whichever factor is wrong, and never opens the order", async () => {
    const wrongEmail = await lookUp("#1001", "bartek@example.com");
    const wrongPostal = await lookUp("#1001", "00-001");
    const unknown = await lookUp("#9999", "alice@example.com");
    for (const attempt of [wrongEmail, wrongPostal, unknown]) {
      expect(attempt.res.status).toBe(404);
      expect(attempt.token).toBeNull();
      expect(await attempt.res.text()).toContain("We couldn&#39;t find an order with those details.");
    }
  });

  it("limits lookups per address", async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await call("/returns/lookup", form({ reference: "#1001", proof: `guess${i}@x.io` }), ip)).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it("refuses a token signed for something else", async () => {
    const conversation = await startConversation();
    const res = await call(`/returns?token=${conversation.token}`);
    expect(res.status).toBe(401);
    expect(await res.text()).toContain("This link has expired");
  });
});

describe("returns portal: choosing and confirming", () => {
  it("opens with the exchange chosen when the shopper came from the Exchange button", async () => {
    const { token } = await lookUp("#1001", "alice@example.com");
    const page = await (await call(`/returns?token=${token}&refund=exchange`)).text();
    expect(page).toMatch(/value="exchange" checked/);
    expect(page).not.toMatch(/value="original_payment" checked/);
  });

  it("disables final-sale and gift-card lines with their reason and offers the sweater", async () => {
    const { token } = await lookUp("#1005", "alice@example.com");
    const page = await orderPage(token!);
    expect(page).toContain("Final sale: can&#39;t be returned");
    expect(page).toContain("Gift cards can&#39;t be returned");
    expect(lineIds(page)).toHaveLength(1);
    expect(page).toContain("Cashmere-Blend Sweater");
  });

  it("says nothing can be returned once the window has passed", async () => {
    const { token } = await lookUp("#1002", "alice@example.com");
    const page = await orderPage(token!);
    expect(page).toContain("Nothing in this order can be returned.");
    expect(page).toContain("The return window has ended");
    expect(lineIds(page)).toHaveLength(0);
  });

  it("books a return: review, confirm, RMA with QR code, stored, confirmation email in the outbox", async () => {
    const { token } = await lookUp("#1001", "alice@example.com", "fr");
    const [shirt] = lineIds(await orderPage(token!, "fr"));
    const choice = {
      token: token!,
      [`qty_${shirt}`]: "1",
      [`reason_${shirt}`]: "too_small",
      refund: "original_payment",
      method: "drop_off",
    };
    const review = await (await call("/returns/review?lang=fr", form(choice))).text();
    expect(review).toContain("Vérifiez votre retour");
    expect(review).toMatch(/Frais de retour\s?: <strong>3,95\s€<\/strong>/);

    const confirmed = await call("/returns/confirm?lang=fr", form(choice));
    expect(confirmed.status).toBe(303);
    const location = new URL(confirmed.headers.get("location")!);
    const done = await (await call(location.pathname + location.search)).text();
    const rma = done.match(/RMA-[A-Z0-9]+/)?.[0];
    expect(rma).toBeTruthy();
    expect(done).toContain("Votre retour est enregistré");
    expect(done).toMatch(/<img class="qr" src="data:image\/svg\+xml;base64,/);
    expect(done).toContain("Nous avons envoyé ces instructions à alice@example.com.");

    const row = await env.DB.prepare("SELECT * FROM returns WHERE rma_number = ?").bind(rma).first<any>();
    expect(row).toMatchObject({
      order_name: "#1001",
      customer_id: "cust_alice",
      status: "requested",
      return_price: 395,
    });
    const mail = await env.DB.prepare("SELECT * FROM email_outbox WHERE subject LIKE ?").bind(`%${rma}%`).first<any>();
    expect(mail).toMatchObject({ to: "alice@example.com", subject: `Votre retour ${rma} pour la commande #1001` });
    expect(mail.html).toContain("data:image/svg+xml;base64,");

    // The same items again: already returned, so no second return.
    const again = await call("/returns/confirm?lang=fr", form(choice));
    expect(again.status).toBe(422);
  });

  it("exchanges for another size the product comes in, and insists on one", async () => {
    const { token } = await lookUp("#1005", "alice@example.com");
    const page = await orderPage(token!);
    const [sweater] = lineIds(page);
    // Alice's sweater is an M: the product's other sizes are offered, not her own.
    expect(page).toContain(
      `name="exchange_${sweater}"><option value="" selected>—</option><option value="S">S</option><option value="L">L</option></select>`,
    );
    const choice = {
      token: token!,
      [`qty_${sweater}`]: "1",
      [`reason_${sweater}`]: "too_small",
      refund: "exchange",
      method: "drop_off",
    };
    expect((await call("/returns/review", form(choice))).status).toBe(422);
    expect((await call("/returns/review", form({ ...choice, [`exchange_${sweater}`]: "XXL" }))).status).toBe(422);
    const review = await (await call("/returns/review", form({ ...choice, [`exchange_${sweater}`]: "L" }))).text();
    expect(review).toContain("Cashmere-Blend Sweater × 1 — Too small — for L");
    const confirmed = await call("/returns/confirm", form({ ...choice, [`exchange_${sweater}`]: "L" }));
    const rma = new URL(confirmed.headers.get("location")!).searchParams.get("rma");
    const row = await env.DB.prepare("SELECT items, refund_method FROM returns WHERE rma_number = ?")
      .bind(rma)
      .first<{ items: string; refund_method: string }>();
    expect(row?.refund_method).toBe("exchange");
    expect(JSON.parse(row!.items)).toEqual([
      { itemId: sweater, title: "Cashmere-Blend Sweater", quantity: 1, reason: "too_small", exchangeFor: "L" },
    ]);
  });

  it("makes the return free when an item is damaged, and rejects an impossible selection", async () => {
    const { token } = await lookUp("#2001", "bartek@example.com");
    const [line] = lineIds(await orderPage(token!));
    const base = { token: token!, refund: "store_credit", method: "drop_off" };
    const review = await (
      await call("/returns/review", form({ ...base, [`qty_${line}`]: "1", [`reason_${line}`]: "defective" }))
    ).text();
    expect(review).toMatch(/Return shipping: <strong>Free<\/strong>/);
    const tooMany = await call(
      "/returns/review",
      form({ ...base, [`qty_${line}`]: "9", [`reason_${line}`]: "defective" }),
    );
    expect(tooMany.status).toBe(422);
    expect(await tooMany.text()).toContain("Choose at least one item");
    const noReason = await call("/returns/review", form({ ...base, [`qty_${line}`]: "1" }));
    expect(noReason.status).toBe(422);
  });
});
