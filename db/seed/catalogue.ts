import type { products } from "../schema";

type Product = typeof products.$inferInsert;

/** [handle, title, category, price in cents, tags, variants, description] — the demo catalogue (DESIGN §11). */
const ROWS: [string, string, string, number, string[], string[], string][] = [
  ["linen-shirt", "Linen Shirt", "apparel", 5900, ["linen", "summer"], ["S", "M", "L", "XL"], "Breathable European linen shirt with a relaxed fit."],
  ["organic-cotton-hoodie", "Organic Cotton Hoodie", "apparel", 6900, ["organic", "cotton"], ["S", "M", "L", "XL"], "Heavyweight hoodie in GOTS-certified organic cotton."],
  ["cashmere-blend-sweater", "Cashmere-Blend Sweater", "apparel", 8900, ["wool", "winter"], ["S", "M", "L"], "Soft cashmere and merino blend crew-neck sweater."],
  ["merino-beanie", "Merino Beanie", "accessories", 2900, ["wool", "winter"], ["One size"], "Rib-knit beanie in fine merino wool."],
  ["rain-jacket", "Packable Rain Jacket", "apparel", 12000, ["outdoor", "waterproof"], ["S", "M", "L", "XL"], "Waterproof, breathable shell that packs into its own pocket."],
  ["chino-trousers", "Stretch Chino Trousers", "apparel", 7500, ["cotton"], ["28", "30", "32", "34", "36"], "Tailored chinos with a touch of stretch."],
  ["striped-tee", "Breton Striped Tee", "apparel", 3200, ["cotton", "summer"], ["XS", "S", "M", "L", "XL"], "Classic Breton stripes in organic cotton jersey."],
  ["denim-jacket", "Recycled Denim Jacket", "apparel", 11000, ["denim", "recycled"], ["S", "M", "L"], "Trucker jacket cut from recycled denim."],
  ["silk-scarf", "Printed Silk Scarf", "accessories", 4500, ["silk", "gift"], ["One size"], "Hand-rolled silk twill scarf with an archive print."],
  ["running-sneakers", "Lightweight Running Sneakers", "footwear", 9500, ["running", "vegan"], ["38", "39", "40", "41", "42", "43", "44"], "Vegan running shoes with a recycled mesh upper."],
  ["leather-free-boots", "Plant-Based Chelsea Boots", "footwear", 14500, ["vegan", "winter"], ["37", "38", "39", "40", "41", "42", "43"], "Chelsea boots in apple-waste leather alternative."],
  ["canvas-sneakers", "Canvas Low-Top Sneakers", "footwear", 6500, ["canvas", "vegan"], ["36", "37", "38", "39", "40", "41", "42", "43", "44"], "Everyday canvas sneakers with natural rubber soles."],
  ["wool-slippers", "Felted Wool Slippers", "footwear", 4900, ["wool", "home"], ["36-37", "38-39", "40-41", "42-43"], "Warm felted slippers for cold floors."],
  ["vegan-face-cream", "Daily Hydrating Face Cream", "skincare", 2400, ["vegan", "hydrating"], ["50 ml"], "Vegan moisturiser with squalane and niacinamide for all skin types."],
  ["vitamin-c-serum", "Vitamin C Brightening Serum", "skincare", 3200, ["vegan", "brightening"], ["30 ml"], "Vegan serum with 10% vitamin C for dull skin."],
  ["gentle-cleanser", "Gentle Gel Cleanser", "skincare", 1800, ["vegan", "sensitive"], ["150 ml"], "Fragrance-free vegan cleanser for sensitive skin."],
  ["mineral-sunscreen", "Mineral Sunscreen SPF 50", "skincare", 2600, ["vegan", "sun"], ["50 ml"], "Vegan zinc-oxide sunscreen, reef-friendly, no white cast."],
  ["lip-balm", "Shea Lip Balm", "skincare", 900, ["vegan", "gift"], ["Original", "Mint"], "Vegan lip balm with shea butter."],
  ["night-repair-oil", "Night Repair Face Oil", "skincare", 3800, ["vegan", "dry skin"], ["30 ml"], "Vegan rosehip and bakuchiol oil for dry skin."],
  ["espresso-beans", "House Espresso Beans 1 kg", "coffee", 2800, ["coffee", "espresso"], ["Whole bean", "Ground"], "Chocolatey Brazil and Ethiopia espresso blend."],
  ["single-origin-ethiopia", "Ethiopia Yirgacheffe 250 g", "coffee", 1400, ["coffee", "filter"], ["Whole bean", "Ground"], "Floral, tea-like single origin for filter brewing."],
  ["decaf-colombia", "Swiss Water Decaf Colombia 250 g", "coffee", 1300, ["coffee", "decaf"], ["Whole bean", "Ground"], "Chemical-free decaf with caramel notes."],
  ["coffee-subscription", "Coffee Subscription (monthly)", "coffee", 2500, ["coffee", "subscription"], ["Espresso", "Filter"], "A fresh roast delivered every month; pause or cancel any time."],
  ["pour-over-set", "Ceramic Pour-Over Set", "coffee", 3900, ["coffee", "gift"], ["White", "Charcoal"], "Ceramic dripper and carafe for two cups."],
  ["canvas-tote", "Canvas Tote Bag", "accessories", 2500, ["canvas", "gift"], ["Natural", "Black"], "Heavy canvas tote with an inside pocket."],
  ["leather-free-wallet", "Cork Wallet", "accessories", 3500, ["vegan", "gift"], ["Natural"], "Slim bifold wallet in natural cork."],
  ["wool-scarf", "Lambswool Scarf", "accessories", 5500, ["wool", "winter", "gift"], ["Grey", "Camel", "Navy"], "Brushed lambswool scarf woven in Scotland."],
  ["sunglasses", "Recycled Acetate Sunglasses", "accessories", 8500, ["summer"], ["Tortoise", "Black"], "Polarised lenses in recycled acetate frames."],
  ["gift-card-50", "Gift Card €50", "gift cards", 5000, ["gift"], ["Digital"], "A digital gift card delivered by email."],
  ["gift-card-100", "Gift Card €100", "gift cards", 10000, ["gift"], ["Digital"], "A digital gift card delivered by email."],
];

export const catalogue: Product[] = ROWS.map(([handle, title, category, price, tags, variants, description]) => ({
  id: `prod_${handle}`,
  handle,
  title,
  category,
  description,
  price,
  currency: "EUR",
  image: `/images/products/${handle}.jpg`,
  tags,
  variants,
  available: true,
}));
