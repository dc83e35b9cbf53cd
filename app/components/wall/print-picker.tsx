// Adds another print from the catalogue: a short list of photos, then the photo's sizes in its first material.
import { useState } from "react";
import { trpc } from "../../lib/trpc";
import { Button } from "../ui/button";
import type { PrintPhoto } from "./editor-types";
import { printPhotoOf } from "./print-photo";

type Card = { slug: string; title: string; image: { fallback: string } | null };

export function PrintPicker({ onPick, disabled }: { onPick: (photo: PrintPhoto, variantId: number) => void; disabled: boolean }) {
  const [cards, setCards] = useState<Card[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function open() {
    setError(null);
    try {
      const page = await trpc.catalog.listPhotos.query({ limit: 12 });
      setCards(page.items);
    } catch {
      setError("The prints could not be loaded. Please try again.");
    }
  }

  async function pick(slug: string) {
    const photo = printPhotoOf(await trpc.catalog.photoBySlug.query({ slug }));
    const first = photo.variants[0];
    if (first) onPick(photo, first.id);
    setCards(null);
  }

  if (!cards) {
    return (
      <div>
        <Button type="button" variant="secondary" onClick={() => void open()} disabled={disabled}>Add a print</Button>
        {error ? <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">{error}</p> : null}
      </div>
    );
  }
  return (
    <section aria-label="Choose a print to add" className="rounded-md border border-stone-300 p-3 dark:border-stone-600">
      <ul className="grid grid-cols-3 gap-2 sm:grid-cols-6">
        {cards.map((card) => (
          <li key={card.slug}>
            <button type="button" onClick={() => void pick(card.slug)} className="w-full text-left text-xs">
              {card.image ? <img src={card.image.fallback} alt="" className="aspect-square w-full rounded object-cover" loading="lazy" /> : null}
              <span className="mt-1 block">{card.title}</span>
            </button>
          </li>
        ))}
      </ul>
      <Button type="button" variant="quiet" className="mt-2" onClick={() => setCards(null)}>Close</Button>
    </section>
  );
}
