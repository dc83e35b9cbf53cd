// "DE" → "Germany", by the browser's and Node's own region names (Intl.DisplayNames).
let names: Intl.DisplayNames | undefined;

export function countryName(code: string): string {
  names ??= new Intl.DisplayNames(["en"], { type: "region" });
  return names.of(code) ?? code;
}
