// The shape of the demo catalogue's hand-written content.
import type { Artwork } from "../artwork/scenes";

/** Width:height of the original; print sizes come in the same proportions. */
export type AspectName = "3:2" | "2:3" | "5:4" | "4:5" | "1:1";

export type SeedCollection = { slug: string; title: string; description: string };

/** What a photo is printed as when not every material and size (the default). */
export type SeedPrintOffer = { materials?: ("paper" | "canvas" | "metal")[]; largestLongEdge?: number };

export type SeedPhoto = {
  slug: string;
  title: string;
  story: string;
  location: string;
  takenOn: string;
  aspect: AspectName;
  tags: string[];
  featured?: boolean;
  offer?: SeedPrintOffer;
  /** how the stand-in picture is drawn (there is no real photograph to ship) */
  art: Omit<Artwork, "seed">;
};

export type SeedChapter = { collection: SeedCollection; photos: SeedPhoto[] };
