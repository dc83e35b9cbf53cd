// Loads a print's photo for the canvas and hands it to the shape that draws it.
import type { ReactNode } from "react";
import { useImage } from "./use-image";

export function PrintImage({ url, children }: { url: string | null; children: (image: HTMLImageElement | null) => ReactNode }) {
  return <>{children(useImage(url))}</>;
}
