// The one place money is turned into text: every amount in the app is integer cents.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string, wholeDollars: boolean): Intl.NumberFormat {
  const key = `${currency}:${wholeDollars}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", {
      style: "currency",
      currency,
      minimumFractionDigits: wholeDollars ? 0 : 2,
      maximumFractionDigits: 2,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** "$45" for whole amounts, "$45.50" otherwise, so price lists stay short without hiding cents. */
export function formatMoney(cents: number, currency = "USD"): string {
  if (!Number.isInteger(cents)) throw new TypeError(`formatMoney expects integer cents, got ${cents}`);
  return formatterFor(currency.toUpperCase(), cents % 100 === 0).format(cents / 100);
}

/** "45.00": the decimal string schema.org offers and payment APIs expect, without float rounding. */
export function centsToDecimalString(cents: number): string {
  if (!Number.isInteger(cents)) throw new TypeError(`centsToDecimalString expects integer cents, got ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
