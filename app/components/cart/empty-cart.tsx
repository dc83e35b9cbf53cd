// The one thing an empty cart says, on the cart page, in the drawer and at checkout.
import { EmptyState } from "~/components/ui/empty-state";

export function EmptyCart({ onBrowse }: { onBrowse?: () => void }) {
  return <EmptyState title="Your cart is empty." action={{ to: "/photos", label: "Browse prints", onClick: onBrowse }} />;
}
