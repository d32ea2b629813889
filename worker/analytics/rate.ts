/** A share rounded to three decimals (0.667), and 0 rather than NaN when there is nothing to divide. */
export const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : 0);
