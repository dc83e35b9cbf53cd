// Which print variant the photo page shows: the one in ?variant=ID, else the cheapest.
export type VariantOption = { id: number; material: "paper" | "canvas" | "metal"; widthIn: number; heightIn: number; priceCents: number };

export function selectVariant<V extends VariantOption>(variants: readonly V[], param: string | null): V | undefined {
  const id = param !== null && /^\d{1,10}$/.test(param) ? Number(param) : NaN;
  return variants.find((v) => v.id === id) ?? [...variants].sort((a, b) => a.priceCents - b.priceCents || a.id - b.id)[0];
}

export const sizeLabel = (v: { widthIn: number; heightIn: number }) => `${v.widthIn} × ${v.heightIn} in`;

export const CM_PER_INCH = 2.54;

/** The same size in whole centimetres, as shops outside the US quote it. */
export const sizeLabelCm = (v: { widthIn: number; heightIn: number }) => `${Math.round(v.widthIn * CM_PER_INCH)} × ${Math.round(v.heightIn * CM_PER_INCH)} cm`;

/**
 * True for a navigation that only picks another variant on the same page: the page already has
 * every variant, so neither its loader nor the root's needs to run again.
 */
export function onlyVariantChanged(currentUrl: URL, nextUrl: URL): boolean {
  if (currentUrl.pathname !== nextUrl.pathname) return false;
  const strip = (url: URL) => {
    const params = new URLSearchParams(url.search);
    params.delete("variant");
    params.sort();
    return params.toString();
  };
  return strip(currentUrl) === strip(nextUrl) && currentUrl.searchParams.get("variant") !== nextUrl.searchParams.get("variant");
}
