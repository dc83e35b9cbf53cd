// An image element for Konva to draw, loaded once per URL; null until it has loaded.
import { useEffect, useState } from "react";

export function useImage(url: string | null): HTMLImageElement | null {
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  useEffect(() => {
    if (!url) return;
    const element = new window.Image();
    element.onload = () => setImage(element);
    element.src = url;
    return () => {
      element.onload = null;
    };
  }, [url]);
  return image?.src.endsWith(url ?? "\0") ? image : null;
}
