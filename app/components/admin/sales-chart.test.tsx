import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SalesChart } from "./sales-chart";

const days = (cents: number[]) => cents.map((c, i) => ({ day: `2026-11-${String(i + 1).padStart(2, "0")}`, cents: c, orders: c > 0 ? 1 : 0 }));

describe("the sales chart", () => {
  it("draws a bar a day scaled to the best day, and says the same in words and in a table", () => {
    const html = renderToStaticMarkup(<SalesChart sales={days([0, 4500, 9000])} title="Sales per day" />);
    expect(html).toContain('role="img" aria-label="Sales per day: $135 from 1 Nov to 3 Nov; the best day was 3 Nov with $90."');
    expect([...html.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]))).toEqual([0, 78, 156]);
    expect(html).toContain("<summary");
    expect([...html.matchAll(/<td class="py-1 text-right tabular-nums">([^<]+)<\/td>/g)].map((m) => m[1])).toEqual(["$0", "$45", "$90"]);
  });

  it("a month without a sale draws no bars and says so", () => {
    const html = renderToStaticMarkup(<SalesChart sales={days([0, 0])} title="Sales per day" />);
    expect(html).toContain("aria-label=\"Sales per day: $0 from 1 Nov to 2 Nov; no sales.\"");
    expect([...html.matchAll(/<rect [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]))).toEqual([0, 0]);
  });
});
