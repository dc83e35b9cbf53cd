import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AdminTable } from "./admin-table";

describe("a back-office table", () => {
  it("sits in the named, focusable scrolling frame with its caption, one column header each, and the rows", () => {
    const html = renderToStaticMarkup(
      <AdminTable label="Orders" caption="Orders, newest first" columns={[{ label: "Order" }, { label: "Value", align: "right" }]}>
        <tr>
          <td>PR-1</td>
          <td>$45</td>
        </tr>
      </AdminTable>,
    );
    expect(html).toMatch(/^<div role="region" aria-label="Orders" tabindex="0"/);
    expect(html).toContain('<caption class="sr-only">Orders, newest first</caption>');
    expect([...html.matchAll(/<th scope="col" class="([^"]*)">([^<]*)<\/th>/g)].map((m) => [m[2], m[1]!.includes("text-right")])).toEqual([
      ["Order", false],
      ["Value", true],
    ]);
    expect(html).toContain("<td>PR-1</td>");
  });
});
