/**
 * The loyalty programme's rules (DESIGN §11): 1 point per €1, 500 points = €5, tiers by points. Kept as data so a
 * merchant's own programme replaces it in one place.
 */
export const TIERS = [
  { name: "Silver", from: 0 },
  { name: "Gold", from: 1000 },
  { name: "Platinum", from: 2500 },
] as const;

export const REWARDS = [
  { points: 500, euros: 5 },
  { points: 1000, euros: 10 },
  { points: 2500, euros: 25 },
];

export function nextTier(points: number): { name: string; pointsNeeded: number } | undefined {
  const next = TIERS.find((tier) => tier.from > points);
  return next ? { name: next.name, pointsNeeded: next.from - points } : undefined;
}

/** Rewards the balance already covers, largest first. */
export function redeemable(points: number) {
  return REWARDS.filter((reward) => reward.points <= points).reverse();
}
