/** Checks shared by the features' settings (each feature keeps the checks only it needs). */

export const isEmailAddress = (v: unknown): v is string =>
  typeof v === "string" && v.length <= 254 && /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(v);

/**
 * A URL we will send shoppers' or customers' data to, or link shoppers to: https, or plain http only for a
 * developer's own machine; never with credentials in it.
 */
export const isSafeUrl = (v: unknown): v is string => {
  if (typeof v !== "string") return false;
  try {
    const url = new URL(v);
    const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
    return (url.protocol === "https:" || (url.protocol === "http:" && local)) && !url.username && !url.password;
  } catch {
    return false;
  }
};
