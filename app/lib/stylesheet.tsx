// The site's stylesheet is small (about 7 KB compressed), so the document carries it inline: the
// first paint then waits for no second request, which on a slow mobile link is most of its delay.
import { createContext, useContext } from "react";

/** The stylesheet's text, read from the build by entry.server. */
export const StylesheetContext = createContext<string>("");

const ELEMENT_ID = "site-css";

/** Read once: the layout re-renders on every navigation, and reading innerHTML copies 33 KB. */
let clientCss: string | undefined;

export function InlineStylesheet({ href }: { href: string }) {
  const serverCss = useContext(StylesheetContext);
  // The text is not in the browser's bundle: hydration keeps what the server sent.
  const css = typeof document === "undefined" ? serverCss : (clientCss ??= document.getElementById(ELEMENT_ID)?.innerHTML ?? "");
  if (!css) return <link rel="stylesheet" href={href} />;
  return <style id={ELEMENT_ID} dangerouslySetInnerHTML={{ __html: css }} />;
}
