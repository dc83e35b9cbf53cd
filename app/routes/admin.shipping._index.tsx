// The shipping zones in the order quotes try them, each with its countries, free-shipping threshold
// and rates by shipping class.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { shippingClassLabels } from "~/components/admin/zone-fields";
import { buttonClass } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { Notice } from "~/components/ui/notice";
import { adminMeta } from "~/lib/admin-meta";
import { adminResponseHeaders, checkoutCoverage, listZonesForAdmin, requireAdmin } from "~/lib/admin-shipping.server";
import { countryName } from "~/shared/country-name";
import { formatMoney } from "~/shared/money";
import { shippingClasses } from "~/shared/shipping-price";

export async function loader(args: LoaderFunctionArgs) {
  await requireAdmin(args);
  const zones = await listZonesForAdmin(args.context.db);
  return json({ zones, coverage: checkoutCoverage(zones, args.context.env.STRIPE_SHIPPING_COUNTRIES) }, { headers: adminResponseHeaders });
}

export const meta: MetaFunction = () => adminMeta("Shipping");

export default function AdminShipping() {
  const { zones, coverage } = useLoaderData<typeof loader>();
  const named = (codes: string[]) => codes.map((c) => `${countryName(c)} (${c})`).join(", ");
  const [params] = useSearchParams();
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl">Shipping</h1>
        <Link to="/admin/shipping/new" className={buttonClass()}>
          New zone
        </Link>
      </div>
      {params.get("done") === "deleted" ? <Notice tone="success" className="mt-6">The zone is deleted; its countries no longer ship until another zone lists them.</Notice> : null}
      {coverage.notOffered.length > 0 ? (
        <Notice tone="info" className="mt-6">
          Checkout does not offer {named(coverage.notOffered)}: add {coverage.notOffered.length === 1 ? "it" : "them"} to STRIPE_SHIPPING_COUNTRIES in the shop's settings for shoppers to choose {coverage.notOffered.length === 1 ? "it" : "them"}.
        </Notice>
      ) : null}
      {coverage.withoutZone.length > 0 ? (
        <Notice tone="info" className="mt-6">
          Checkout offers {named(coverage.withoutZone)}, which no zone lists: an order there cannot be shipped until a zone does.
        </Notice>
      ) : null}
      {zones.length === 0 ? (
        <EmptyState title="No shipping zones: nothing can be shipped." />
      ) : (
        <ul className="mt-6 grid gap-6">
          {zones.map((zone) => (
            <li key={zone.code} className="rounded-lg border border-stone-200 p-4 dark:border-stone-800">
              <h2 className="font-serif text-xl">
                <Link to={`/admin/shipping/${zone.code}`} className="underline underline-offset-2">
                  {zone.name}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{named(zone.countries)}</p>
              <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{zone.freeShippingOverCents === null ? "Never ships free." : `Free from ${formatMoney(zone.freeShippingOverCents)}.`}</p>
              <div className="mt-3 overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">Rates in {zone.name}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="py-1 pr-3 font-medium">Class</th>
                      <th scope="col" className="py-1 pr-3 text-right font-medium">First item</th>
                      <th scope="col" className="py-1 text-right font-medium">Each further item</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shippingClasses.map((c) => {
                      const rate = zone.rates[c];
                      return (
                        <tr key={c}>
                          <th scope="row" className="py-1 pr-3 font-normal">{shippingClassLabels[c]}</th>
                          <td className="py-1 pr-3 text-right">{rate ? formatMoney(rate.firstItemCents) : "missing"}</td>
                          <td className="py-1 text-right">{rate ? formatMoney(rate.additionalItemCents) : "missing"}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
