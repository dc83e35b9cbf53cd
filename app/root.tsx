import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useFetchers, useLoaderData, useMatches, useRouteLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { getCart } from "./lib/storefront.server";
import { cartMoneyBasis } from "./lib/cart-money.server";
import { lazy, type ReactNode } from "react";
import { CartButton } from "./components/cart/cart-button";
import { ChatLauncher } from "./components/chat/chat-launcher";
import { DeferredMount } from "./components/deferred-mount";
import { ErrorView } from "./components/error-view";
import { LazyCartDrawer } from "./components/lazy-cart-drawer";
import { NewsletterForm } from "./components/newsletter/newsletter-form";
import { SiteChrome } from "./components/site-chrome";
import { THEME_FETCHER_KEY } from "./components/theme-toggle";
import { CartProvider } from "./lib/cart-context";
import { useNonce } from "./lib/nonce";
import { InlineStylesheet } from "./lib/stylesheet";
import { buildSeo, seoMeta, SITE_NAME } from "./lib/seo";
import { htmlThemeClass, isTheme, themeFromCookieHeader, type Theme } from "~/shared/theme";
import { onlyVariantChanged } from "./lib/variants";
import styles from "./styles/app.css";

const NewsletterPopup = lazy(() => import("./components/newsletter/newsletter-popup").then((m) => ({ default: m.NewsletterPopup })));

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [cart, cartMoney] = await Promise.all([
    getCart(context.db, context.session.id),
    cartMoneyBasis(context.db, context.session.id, { env: context.env, taxesAdded: context.payments.automaticTax }),
  ]);
  return json({
    theme: themeFromCookieHeader(request.headers.get("Cookie")),
    cart,
    cartMoney,
    seo: buildSeo(context.env.PUBLIC_URL, { title: SITE_NAME, path: new URL(request.url).pathname }),
  });
}

/** Picking another print size changes only the URL; the cart and theme cannot have changed. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) =>
  !formMethod && onlyVariantChanged(currentUrl, nextUrl) ? false : defaultShouldRevalidate;

/** Site-wide defaults; each page's meta merges its own tags over these (mergeMeta in lib/seo). */
export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? seoMeta(data.seo) : [{ title: SITE_NAME }]);

export const links: LinksFunction = () => [
  { rel: "icon", type: "image/png", sizes: "32x32", href: "/favicon.png" },
  { rel: "apple-touch-icon", href: "/apple-touch-icon.png" },
];

/** The theme on <html>: the one being submitted while the toggle's fetcher runs, else the cookie's. */
function useTheme(): Theme {
  const data = useRouteLoaderData<typeof loader>("root");
  const pending = useFetchers().find((f) => f.key === THEME_FETCHER_KEY)?.formData?.get("theme");
  return isTheme(pending) ? pending : (data?.theme ?? "system");
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const theme = useTheme();
  return (
    <html lang="en" className={htmlThemeClass(theme)}>
      <head>
        <meta charSet="utf-8" />
        {/* No maximum-scale or user-scalable: shoppers must be able to pinch-zoom (finding 15). */}
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" media="(prefers-color-scheme: light)" content="#ffffff" />
        <meta name="theme-color" media="(prefers-color-scheme: dark)" content="#0c0a09" />
        <Meta />
        <InlineStylesheet href={styles} />
        <Links />
      </head>
      <body className="min-h-screen bg-white text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { cart } = useLoaderData<typeof loader>();
  const theme = useTheme();
  // The back office has a frame of its own (routes/admin.tsx): no shop header, cart or assistant.
  if (useMatches().some((match) => match.id.startsWith("routes/admin"))) return <Outlet />;
  return (
    <CartProvider initialCart={cart}>
      <SiteChrome
        theme={theme}
        cart={
          <>
            <ChatLauncher />
            <CartButton />
          </>
        }
        newsletter={<NewsletterForm source="footer" />}
      >
        <Outlet />
      </SiteChrome>
      <LazyCartDrawer />
      <DeferredMount>
        <NewsletterPopup />
      </DeferredMount>
    </CartProvider>
  );
}

/** Without the root loader's data there is no cart context, so this page leaves the cart out. */
export function ErrorBoundary() {
  const theme = useTheme();
  return (
    <SiteChrome theme={theme}>
      <ErrorView />
    </SiteChrome>
  );
}
