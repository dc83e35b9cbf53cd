// A photo the assistant found: its picture, title and price range, and "Add" with a material and
// a size, through the page's cart context so the header's badge changes at once (finding 12).
import { useLocation } from "@remix-run/react";
import { useEffect, useId, useState, type FormEvent, type ReactNode } from "react";
import { useCart } from "~/lib/cart-context";
import { materialNames } from "~/lib/json-ld";
import { sizeLabel } from "~/lib/variants";
import { formatMoney } from "~/shared/money";
import { shippingClassOf } from "~/shared/shipping-class";

export type CardVariant = { id: number; material: keyof typeof materialNames; label: string; priceCents: number; widthIn: number; heightIn: number };

export type ChatPhoto = {
  slug: string;
  title: string;
  href: string;
  /** a same-site image address, or null while the photo has none */
  imageUrl: string | null;
  imageWidth?: number;
  imageHeight?: number;
  location?: string;
  fromPriceCents: number | null;
  /** known already for a photo the assistant showed in detail; fetched otherwise */
  variants?: CardVariant[];
};

const materialOrder = ["paper", "canvas", "metal"] as const;

// Cards of the same photo (a search shown twice, a restored history) fetch its prints once.
const variantsBySlug = new Map<string, Promise<CardVariant[]>>();

function loadVariants(slug: string): Promise<CardVariant[]> {
  let loading = variantsBySlug.get(slug);
  if (!loading) {
    // The client is loaded on first use: the /assistant page shows these cards without needing it.
    loading = import("~/lib/trpc")
      .then(({ trpc }) => trpc.catalog.photoBySlug.query({ slug }))
      .then((photo) => photo.variants.map((v) => ({ id: v.id, material: v.material, label: sizeLabel(v), priceCents: v.priceCents, widthIn: v.widthIn, heightIn: v.heightIn })));
    loading.catch(() => variantsBySlug.delete(slug));
    variantsBySlug.set(slug, loading);
  }
  return loading;
}

function priceRange(variants: CardVariant[] | null, fromPriceCents: number | null): string | null {
  if (variants && variants.length > 0) {
    const prices = variants.map((v) => v.priceCents);
    const [low, high] = [Math.min(...prices), Math.max(...prices)];
    return low === high ? formatMoney(low) : `${formatMoney(low)} – ${formatMoney(high)}`;
  }
  return fromPriceCents === null ? null : `from ${formatMoney(fromPriceCents)}`;
}

/** Before hydration (or without JavaScript) one select names every print, and the form posts to /cart. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

export function ChatPhotoCard({ photo }: { photo: ChatPhoto }) {
  const { add, openDrawer } = useCart();
  const location = useLocation();
  const hydrated = useHydrated();
  const given = photo.variants ?? null;
  const [fetched, setFetched] = useState<CardVariant[] | null>(null);
  const variants = given ?? fetched;
  const [material, setMaterial] = useState<CardVariant["material"] | null>(null);
  const [variantId, setVariantId] = useState<number | null>(null);
  const [added, setAdded] = useState<"adding" | "added" | "failed" | null>(null);
  const id = useId();

  useEffect(() => {
    if (given) return;
    let current = true;
    loadVariants(photo.slug).then(
      (list) => current && setFetched(list),
      () => current && setFetched([]),
    );
    return () => {
      current = false;
    };
  }, [given, photo.slug]);

  const materials = materialOrder.filter((m) => variants?.some((v) => v.material === m));
  const chosenMaterial = material ?? materials[0] ?? null;
  const sizes = (variants ?? []).filter((v) => v.material === chosenMaterial).sort((a, b) => a.priceCents - b.priceCents);
  const chosen = sizes.find((v) => v.id === variantId) ?? sizes[0] ?? null;
  const range = priceRange(variants, photo.fromPriceCents);

  async function addToCart(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    setAdded("adding");
    const ok = await add({
      variantId: chosen.id,
      preview: { title: photo.title, description: `${chosen.label} · ${materialNames[chosen.material]}`, href: `${photo.href}?variant=${chosen.id}`, thumbnail: null, unitPriceCents: chosen.priceCents, shippingClass: shippingClassOf({ kind: "print", ...chosen }) },
    });
    setAdded(ok ? "added" : "failed");
  }

  let choice: ReactNode;
  if (variants === null) {
    choice = (
      <a href={photo.href} className="text-sm underline underline-offset-2">
        Choose a size<span className="sr-only"> of {photo.title}</span>
      </a>
    );
  } else if (!chosen) {
    choice = <p className="text-sm text-stone-600 dark:text-stone-400">No prints of this photo are for sale right now.</p>;
  } else {
    choice = (
      <form method="post" action="/cart" onSubmit={(e) => void addToCart(e)} className="grid gap-2">
        <input type="hidden" name="intent" value="add" />
        <input type="hidden" name="quantity" value="1" />
        <input type="hidden" name="redirectTo" value={location.pathname} />
        {hydrated ? (
          <>
            <label className="grid gap-1 text-sm">
              Material
              <select className="text-input" value={chosenMaterial ?? ""} onChange={(e) => setMaterial(e.target.value as CardVariant["material"])}>
                {materials.map((m) => (
                  <option key={m} value={m}>
                    {materialNames[m]}
                  </option>
                ))}
              </select>
            </label>
            <label className="grid gap-1 text-sm">
              Size
              <select name="variantId" className="text-input" value={chosen.id} onChange={(e) => setVariantId(Number(e.target.value))}>
                {sizes.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.label}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : (
          <label className="grid gap-1 text-sm">
            Print
            <select name="variantId" className="text-input" defaultValue={chosen.id}>
              {variants.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label} · {materialNames[v.material]} — {formatMoney(v.priceCents)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" disabled={added === "adding"} aria-describedby={`${id}-title`} className="button button-primary">
          {hydrated ? `Add to cart · ${formatMoney(chosen.priceCents)}` : "Add to cart"}
        </button>
        {added === "added" ? (
          <p role="status" className="text-sm">
            Added.{" "}
            <button type="button" onClick={openDrawer} className="underline underline-offset-2">
              View cart
            </button>
          </p>
        ) : null}
        {added === "failed" ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">That did not reach your cart. Please try again.</p> : null}
      </form>
    );
  }

  return (
    <article aria-labelledby={`${id}-title`} className="overflow-hidden rounded-md border border-stone-200 bg-white dark:border-stone-700 dark:bg-stone-900">
      {photo.imageUrl ? (
        <img src={photo.imageUrl} alt="" width={photo.imageWidth} height={photo.imageHeight} loading="lazy" decoding="async" className="aspect-[2/1] w-full bg-stone-200 object-cover dark:bg-stone-800 sm:aspect-[3/2]" />
      ) : (
        <div aria-hidden="true" className="aspect-[2/1] w-full bg-stone-200 dark:bg-stone-800 sm:aspect-[3/2]" />
      )}
      <div className="space-y-2 p-3">
        <h3 id={`${id}-title`} className="font-serif text-base leading-snug">
          <a href={photo.href} className="underline-offset-2 hover:underline">
            {photo.title}
          </a>
        </h3>
        {photo.location ? <p className="text-sm text-stone-600 dark:text-stone-400">{photo.location}</p> : null}
        {range ? <p className="text-sm tabular-nums text-stone-700 dark:text-stone-300">{range}</p> : null}
        {choice}
      </div>
    </article>
  );
}
