import { describe, expect, it } from "vitest";
import {
  extractColour,
  extractEmails,
  extractGiftCardCodes,
  extractMaterial,
  extractOrderNumbers,
  extractOrdinal,
  extractOrientation,
  extractPlace,
  extractPriceRange,
  extractQuantity,
  extractSize,
  looksLikeBareOrderNumber,
  searchWords,
} from "./entities";

describe("prices", () => {
  it.each([
    ["sunset prints under $200", { maxPriceCents: 20000 }],
    ["below 150 dollars", { maxPriceCents: 15000 }],
    ["less than $99.50", { maxPriceCents: 9950 }],
    ["over $300", { minPriceCents: 30000 }],
    ["between $50 and $150", { minPriceCents: 5000, maxPriceCents: 15000 }],
    ["$400-$100", { minPriceCents: 10000, maxPriceCents: 40000 }],
    ["a lighthouse", {}],
  ])("%s", (text, range) => {
    expect(extractPriceRange(text)).toEqual(range);
  });
});

describe("filters", () => {
  it("reads colours, materials and orientations in the search's words", () => {
    expect(extractColour("some gray seascapes")).toBe("grey");
    expect(extractColour("a lighthouse")).toBeUndefined();
    expect(extractMaterial("on aluminium")).toBe("metal");
    expect(extractOrientation("something vertical")).toBe("portrait");
  });

  it("knows the catalogue's places and takes a capitalised name after a preposition", () => {
    expect(extractPlace("dunes on Cape Cod")).toBe("cape cod");
    expect(extractPlace("portrait photos of Iceland on metal")).toBe("iceland");
    expect(extractPlace("photos of sunsets")).toBeUndefined();
  });

  it("keeps only the words about the photo for the search", () => {
    expect(searchWords("Show me some pink sunset prints under $200 on canvas please")).toEqual(["sunset"]);
    expect(searchWords("add the 12 x 18 in print of Copper Tide", { keepColours: true, drop: ["add"] })).toEqual(["copper", "tide"]);
  });
});

describe("sizes, quantities and positions", () => {
  it.each([
    ["the 12×18 paper print", { a: 12, b: 18 }],
    ["24 x 36 inches", { a: 24, b: 36 }],
    ["16 by 20", { a: 16, b: 20 }],
    ['18" x 12"', { a: 18, b: 12 }],
  ])("size in %s", (text, size) => {
    expect(extractSize(text)).toEqual(size);
  });

  it.each([
    ["make it 3", 3],
    ["add two copies", 2],
    ["set the quantity to 4", 4],
    ["add 2 of the second one", 2],
    ["add the 12x18 print", undefined],
  ])("quantity in %s", (text, quantity) => {
    expect(extractQuantity(text)).toBe(quantity);
  });

  it("reads which of a list is meant", () => {
    expect(extractOrdinal("add the first one")).toBe(1);
    expect(extractOrdinal("the 3rd")).toBe(3);
    expect(extractOrdinal("number 2 please")).toBe(2);
    expect(extractOrdinal("the last one")).toBe(-1);
    expect(extractOrdinal("add it")).toBeUndefined();
  });
});

describe("orders, e-mails and gift cards", () => {
  it("finds order numbers in the store's format, however they are spaced", () => {
    expect(extractOrderNumbers("where is pr-2026-000123? and PR 2026 000124")).toEqual(["PR-2026-000123", "PR-2026-000124"]);
    expect(extractOrderNumbers("order 12345")).toEqual([]);
    expect(looksLikeBareOrderNumber("my order number is 12345")).toBe(true);
    expect(looksLikeBareOrderNumber("order PR-2026-000123")).toBe(false);
  });

  it("finds e-mail addresses, lower-cased", () => {
    expect(extractEmails("I'm Ada@Example.com, not bob@example.com")).toEqual(["ada@example.com", "bob@example.com"]);
  });

  it("finds gift card codes as the balance page reads them", () => {
    expect(extractGiftCardCodes("check gift card abcd-efgh-jkmn-pqrs").codes).toEqual(["ABCD-EFGH-JKMN-PQRS"]);
    expect(extractGiftCardCodes("code 7K3M 9P2Q X8R4 T6V1").codes).toEqual(["7K3M-9P2Q-X8R4-T6V1"]);
    expect(extractGiftCardCodes("is this card code with a balance").codes).toEqual([]);
    expect(extractGiftCardCodes("the card ending in 4821")).toEqual({ codes: [], partial: true });
  });
});
