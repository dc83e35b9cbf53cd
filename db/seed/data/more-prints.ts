// The rest of the demo catalogue: twelve more photos a collection, so the shop has 60 and its list
// pages, filters and sorts have something to narrow. Written out from a few lists rather than by
// hand; the same lists give the same photos on every run. Some are offered in fewer materials or
// sizes, as a photographer limits prints a file or a subject does not suit.
import type { Feature } from "../artwork/scenes";
import type { PaletteName } from "../artwork/palettes";
import type { AspectName, SeedPhoto, SeedPrintOffer } from "./types";

type Place = { name: string; location: string; tag: string };
type Moment = { title: string; palette: PaletteName; tag: string; season: string; month: string; line: string };
type ChapterPlan = { scene: SeedPhoto["art"]["scene"]; subject: string; tags: string[]; features: (Feature | undefined)[]; places: Place[]; moments: Moment[] };

const aspects: AspectName[] = ["3:2", "2:3", "4:5", "3:2", "1:1", "5:4"];

/** Every fourth photo in all materials and sizes; the others each limited one way. */
const offers: (SeedPrintOffer | undefined)[] = [
  undefined,
  { materials: ["paper", "canvas"] },
  { materials: ["paper", "metal"], largestLongEdge: 30 },
  { materials: ["canvas", "metal"], largestLongEdge: 40 },
  undefined,
  { materials: ["paper"], largestLongEdge: 24 },
];

const moments: Moment[] = [
  { title: "First Light", palette: "morning", tag: "sunrise", season: "spring", month: "04", line: "The first light came in low and blue before the colour arrived." },
  { title: "Ember Sky", palette: "ember", tag: "sunset", season: "summer", month: "07", line: "The sky burned down to embers in the quarter hour after the sun went." },
  { title: "Slate Morning", palette: "slate", tag: "overcast", season: "winter", month: "01", line: "A flat winter morning, every colour taken out but the grey of the water." },
  { title: "Rose Dusk", palette: "rose", tag: "dusk", season: "autumn", month: "10", line: "For a few minutes at dusk everything turned the pink of a shell's inside." },
  { title: "Teal Hour", palette: "teal", tag: "blue hour", season: "summer", month: "08", line: "After sunset the light went green-blue and the wind dropped to nothing." },
  { title: "Golden Hour", palette: "golden", tag: "golden hour", season: "autumn", month: "09", line: "The last warm light raked in sideways and gave every edge a shadow." },
  { title: "Twilight", palette: "twilight", tag: "twilight", season: "winter", month: "12", line: "Deep twilight, the first stars out and the horizon still holding a line of light." },
  { title: "Haze", palette: "haze", tag: "haze", season: "summer", month: "06", line: "A humid haze softened the distance until sea and sky were one tone." },
];

const plans: Record<string, ChapterPlan> = {
  "montauk-sunsets": {
    scene: "sunset",
    subject: "the sun going down over the water",
    tags: ["sunset", "montauk", "sky"],
    features: ["lighthouse", "beach", undefined, "headland"],
    places: [
      { name: "Fort Pond Bay", location: "Fort Pond Bay, Montauk, New York", tag: "bay" },
      { name: "Ditch Plains", location: "Ditch Plains, Montauk, New York", tag: "surf" },
      { name: "Shadmoor", location: "Shadmoor State Park, Montauk, New York", tag: "bluffs" },
      { name: "Lake Montauk", location: "Lake Montauk, New York", tag: "harbor" },
    ],
    moments,
  },
  "atlantic-seascapes": {
    scene: "seascape",
    subject: "the open Atlantic breaking on the shore",
    tags: ["ocean", "waves", "atlantic"],
    features: ["rocks", "headland", "lighthouse", undefined],
    places: [
      { name: "Pemaquid Point", location: "Pemaquid Point, Maine", tag: "maine" },
      { name: "Block Island", location: "Mohegan Bluffs, Block Island, Rhode Island", tag: "island" },
      { name: "Nauset Light", location: "Nauset Beach, Eastham, Massachusetts", tag: "cape cod" },
      { name: "Ocean Drive", location: "Ocean Drive, Newport, Rhode Island", tag: "rocks" },
    ],
    moments: [...moments].reverse(),
  },
  "quiet-dunes": {
    scene: "dunes",
    subject: "wind moving across the sand",
    tags: ["dunes", "sand", "grass"],
    features: [undefined, "fence", undefined, "fence"],
    places: [
      { name: "Race Point", location: "Race Point, Provincetown, Massachusetts", tag: "cape cod" },
      { name: "Sandy Neck", location: "Sandy Neck, Barnstable, Massachusetts", tag: "marsh" },
      { name: "Jones Beach", location: "Jones Beach, New York", tag: "long island" },
      { name: "Crane Beach", location: "Crane Beach, Ipswich, Massachusetts", tag: "beach" },
    ],
    moments: [moments[3]!, moments[7]!, moments[0]!, moments[5]!, moments[2]!, moments[6]!, moments[1]!, moments[4]!],
  },
};

const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function photosFor(plan: ChapterPlan, chapterIndex: number): SeedPhoto[] {
  return Array.from({ length: 12 }, (_, i) => {
    const place = plan.places[i % plan.places.length]!;
    const moment = plan.moments[(i + Math.floor(i / plan.moments.length)) % plan.moments.length]!;
    const feature = plan.features[i % plan.features.length];
    const title = `${place.name}, ${moment.title}`;
    return {
      slug: slugOf(title),
      title,
      story: `${moment.line} I went back to ${place.name} for ${plan.subject}, and this was the frame I kept from that ${moment.season}.`,
      location: place.location,
      takenOn: `${2016 + ((i + chapterIndex) % 8)}-${moment.month}-${String(3 + ((i * 7 + chapterIndex * 5) % 25)).padStart(2, "0")}`,
      aspect: aspects[(i + chapterIndex) % aspects.length]!,
      tags: [...plan.tags, place.tag, moment.tag, moment.season],
      offer: offers[(i + chapterIndex) % offers.length],
      art: { scene: plan.scene, palette: moment.palette, ...(feature ? { features: [feature] } : {}) },
    };
  });
}

/** By collection slug, to follow each collection's hand-written photos. */
export const morePrints: Record<string, SeedPhoto[]> = Object.fromEntries(Object.entries(plans).map(([slug, plan], index) => [slug, photosFor(plan, index)]));
