// Client address lists as operators write them ("loopback", "10.0.0.0/8, 192.0.2.7"): checked when
// the configuration is read, and matched against a request's address.
import { BlockList, isIP } from "node:net";

/** The names Express's `trust proxy` knows, with the ranges they stand for. */
const namedRanges: Record<string, readonly string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

export function splitAddressList(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

function isRange(item: string): boolean {
  const [address, prefix, extra] = item.split("/");
  if (extra !== undefined || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Whether a value is a list of at least one known name, address or CIDR range, and nothing else. */
export function isAddressList(value: string): boolean {
  const items = splitAddressList(value);
  return items.length > 0 && items.every((item) => item in namedRanges || isRange(item));
}

/** Whether an address (as `req.ip` gives it, IPv4 possibly mapped into IPv6) is in the list. */
export function addressMatcher(list: readonly string[]): (address: string | undefined) => boolean {
  const ranges = new BlockList();
  for (const range of list.flatMap((item) => namedRanges[item] ?? [item])) {
    const [address, prefix] = range.split("/") as [string, string | undefined];
    const family = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) ranges.addAddress(address, family);
    else ranges.addSubnet(address, Number(prefix), family);
  }
  return (address) => {
    if (!address) return false;
    const unmapped = address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
    const family = isIP(unmapped);
    return family !== 0 && ranges.check(unmapped, family === 6 ? "ipv6" : "ipv4");
  };
}
