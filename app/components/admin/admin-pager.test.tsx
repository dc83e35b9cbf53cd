import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { AdminPager } from "./admin-pager";

const render = (props: Parameters<typeof AdminPager>[0]) => renderToStaticMarkup(<MemoryRouter>{<AdminPager {...props} />}</MemoryRouter>);

describe("the back office's pager", () => {
  it("is nothing on a list that fits one page", () => {
    expect(render({ first: null, next: null })).toBe("");
  });

  it("links back to the first page off it, and on with rel=next when there is more, in a navigation named Pages", () => {
    const html = render({ first: { to: "/admin/orders", label: "Newest orders" }, next: { to: "/admin/orders?before=12", label: "Older orders" } });
    expect(html).toMatch(/^<nav aria-label="Pages"/);
    expect(html).toContain('href="/admin/orders">Newest orders</a>');
    expect(html).toMatch(/<a [^>]*rel="next"[^>]*href="\/admin\/orders\?before=12"[^>]*>Older orders<\/a>|<a [^>]*href="\/admin\/orders\?before=12"[^>]*rel="next"[^>]*>Older orders<\/a>/);
  });

  it("keeps the next link on the right on the first page", () => {
    const html = render({ first: null, next: { to: "/admin/audit?before=3", label: "Older entries" } });
    expect(html).toContain("<span></span>");
    expect(html).toContain("Older entries");
  });
});
