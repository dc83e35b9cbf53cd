import type { JsonLd as JsonLdData } from "../lib/json-ld";
import { serializeJsonLd } from "../lib/json-ld";
import { useNonce } from "../lib/nonce";

/** Structured data is not executed, but it carries the nonce so the CSP has no exception to explain. */
export function JsonLd({ data }: { data: JsonLdData | JsonLdData[] }) {
  const nonce = useNonce();
  return <script type="application/ld+json" nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
