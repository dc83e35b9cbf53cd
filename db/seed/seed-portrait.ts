// The photographer's portrait for the About page: a drawn stand-in (a head and shoulders against a
// window's light) until the studio uploads a real one. Written once; a database that has it keeps it.
import sharp from "sharp";
import type { Db } from "../client";
import { studioImages } from "../schema/index";
import { contentAddressedKey } from "../../server/integrations/storage/index";
import { STUDIO } from "../../server/content/studio";
import type { SeedDeps } from "./seed-deps";

const WIDTH = 960;
const HEIGHT = 1200;

function portraitSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="light" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#e9dcc6"/><stop offset="0.55" stop-color="#b9a58a"/><stop offset="1" stop-color="#5d5245"/>
    </linearGradient>
    <radialGradient id="skin" cx="0.42" cy="0.38" r="0.7">
      <stop offset="0" stop-color="#d9b39a"/><stop offset="0.7" stop-color="#a97d63"/><stop offset="1" stop-color="#6e4e3c"/>
    </radialGradient>
    <linearGradient id="coat" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3f4a52"/><stop offset="1" stop-color="#1f262b"/>
    </linearGradient>
    <filter id="soft"><feGaussianBlur stdDeviation="6"/></filter>
  </defs>
  <rect width="100%" height="100%" fill="url(#light)"/>
  <rect x="70" y="90" width="300" height="520" fill="#f6efe2" opacity="0.35" filter="url(#soft)"/>
  <path d="M120 1200 C140 930 300 840 480 830 C660 840 820 930 840 1200 Z" fill="url(#coat)"/>
  <path d="M415 720 L545 720 L560 860 C520 890 440 890 400 860 Z" fill="#8e6650"/>
  <ellipse cx="480" cy="560" rx="165" ry="205" fill="url(#skin)"/>
  <path d="M310 560 C300 370 390 320 480 320 C600 320 670 400 652 560 C640 470 600 430 560 420 C500 460 400 450 340 470 C320 500 314 530 310 560 Z" fill="#3a2c24"/>
  <path d="M300 520 C280 640 300 760 350 820 C330 700 330 600 340 520 Z" fill="#3a2c24"/>
  <path d="M660 520 C680 640 660 760 610 820 C630 700 630 600 620 520 Z" fill="#3a2c24"/>
</svg>`;
}

export async function seedStudioPortrait(db: Db, deps: SeedDeps): Promise<void> {
  const [present] = await db.select({ name: studioImages.name }).from(studioImages).limit(1);
  if (present) return;
  const bytes = await sharp(Buffer.from(portraitSvg())).jpeg({ quality: 84, mozjpeg: true }).toBuffer();
  const storageKey = contentAddressedKey("studio", "portrait", bytes, "jpg");
  await deps.storage.put(storageKey, bytes, "image/jpeg");
  await db
    .insert(studioImages)
    .values({ name: "portrait", storageKey, width: WIDTH, height: HEIGHT, alt: `${STUDIO.photographer} in the studio` })
    .onConflictDoNothing({ target: studioImages.name });
}
