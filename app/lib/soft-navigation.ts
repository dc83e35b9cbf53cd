// Plain links that, once the page has hydrated, navigate in place as a <Link> would. For the
// photo page's lists of links (sizes, materials, tags): a router-aware <Link> resolves its path and
// reads the router's state for every link while the server renders, and these lists multiply that.
import { useNavigate } from "@remix-run/react";
import type { MouseEvent } from "react";

/** `dropHash`: navigate without the link's fragment, which is there for the page without JavaScript. */
type Options = { replace?: boolean; preventScrollReset?: boolean; dropHash?: boolean };

/** An onClick for `<a href>`s: a plain left click on a same-origin link becomes a client-side navigation. */
export function useSoftNavigation({ dropHash = false, ...options }: Options = {}) {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const anchor = event.currentTarget;
    const modified = event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
    if (event.defaultPrevented || event.button !== 0 || modified || anchor.target || anchor.origin !== window.location.origin) return;
    event.preventDefault();
    navigate(`${anchor.pathname}${anchor.search}${dropHash ? "" : anchor.hash}`, options);
  };
}
