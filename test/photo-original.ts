// A photo with a stored JPEG original, as an upload or the seed leaves it: what derivatives are made from.
import sharp from "sharp";
import type { Db } from "../db/client";
import { photoImages } from "../db/schema/index";
import { contentAddressedKey, type Storage } from "../server/integrations/storage/index";
import { createPhoto } from "./factories";

export async function createPhotoWithOriginal(db: Db, storage: Storage, width = 1800, height = 1200) {
  const photo = await createPhoto(db, { aspectRatio: width / height }, []);
  const bytes = await sharp({ create: { width, height, channels: 3, background: "#e58b6d" } }).jpeg().toBuffer();
  const storageKey = contentAddressedKey(`photos/${photo.slug}`, "original", bytes, "jpg");
  await storage.put(storageKey, bytes, "image/jpeg");
  await db.insert(photoImages).values({ photoId: photo.id, kind: "original", format: "jpeg", width, height, storageKey, bytes: bytes.length });
  return photo;
}
