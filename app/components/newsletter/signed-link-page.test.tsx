import { renderToStaticMarkup } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider, type StaticHandlerContext } from "react-router-dom/server";
import { describe, expect, it } from "vitest";
import { SignedLinkPage, signedLinkOf } from "./signed-link-page";

/** Form needs a data router, as Remix gives it; the static one renders on the server as Remix does. */
const render = async (props: Parameters<typeof SignedLinkPage>[0]) => {
  const handler = createStaticHandler([{ path: "/", element: <SignedLinkPage {...props} /> }]);
  const context = (await handler.query(new Request("http://shop.test/"))) as StaticHandlerContext;
  return renderToStaticMarkup(<StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} />);
};

describe("a signed newsletter link's page", () => {
  it("shows one button posting the link's two values, and nothing else, while the link has work to do", async () => {
    const html = await render({ done: null, invalid: null, form: { link: { s: "12", sig: "abc" }, intro: "Press the button.", button: "Unsubscribe" } });
    expect(html).toContain('method="post"');
    expect(html).toContain('name="s" value="12"');
    expect(html).toContain('name="sig" value="abc"');
    expect(html).toContain(">Unsubscribe</button>");
    expect(html).toContain("Continue browsing");
  });

  it("shows what was done instead of the button, and a bad link's notice", async () => {
    expect(await render({ done: "You are unsubscribed.", invalid: null, form: null })).toContain("You are unsubscribed.");
    const invalid = await render({ done: null, invalid: "This link is not valid.", form: null });
    expect(invalid).toContain("This link is not valid.");
    expect(invalid).not.toContain("<form");
  });

  it("reads the link from a query or the button's fields alike", () => {
    const form = new FormData();
    form.set("s", "3");
    form.set("sig", "x");
    expect(signedLinkOf(new URLSearchParams("s=3&sig=x"))).toEqual(signedLinkOf(form));
    expect(signedLinkOf(new URLSearchParams(""))).toEqual({ s: null, sig: null });
  });
});
