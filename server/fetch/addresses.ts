import { lookup as dnsLookup } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Whether an address is on the public internet. Everything else is refused by default: loopback,
 * private and unique-local ranges, link-local (169.254.169.254, the cloud metadata service, is
 * one), carrier-grade NAT, multicast, reserved and unspecified. An IPv4 address written as IPv6
 * (::ffff:10.0.0.1) is judged as the IPv4 address it is.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === "unicast";
}

/** A host that resolves to an address this app will not fetch from. */
export class RefusedAddressError extends Error {
  readonly code = "EREFUSEDADDRESS";
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} is ${address === host ? "" : `at ${address}, `}a private, loopback or link-local address (set FEEDS_ALLOW_PRIVATE=1 to allow it)`);
  }
}

/** The host of a URL as `net.connect` sees it: IPv6 literals without their brackets. */
export const bareHost = (hostname: string) => hostname.replace(/^\[|\]$/g, "");

/** Which addresses may be connected to: public ones, unless a test or FEEDS_ALLOW_PRIVATE says more. */
export type AddressRule = (address: string) => boolean;

/** Refuses a URL whose host is an IP literal the rule refuses (no lookup happens for those). */
export function checkLiteralHost(url: URL, allowed: AddressRule = isPublicAddress): void {
  const host = bareHost(url.hostname);
  if (isIP(host) !== 0 && !allowed(host)) throw new RefusedAddressError(host, host);
}

/**
 * A DNS lookup for `http.request` that refuses a host if any of its addresses is not public.
 * It runs at connect time, so the address checked is the address connected to (a second lookup
 * cannot return something else, as it could if the check ran before the request).
 */
export const guardedLookup =
  (allowed: AddressRule = isPublicAddress): LookupFunction =>
  (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const refused = addresses.find((entry) => !allowed(entry.address));
    if (refused) return callback(new RefusedAddressError(hostname, refused.address) as unknown as NodeJS.ErrnoException, "", 0);
    if (options.all) return (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "", 0);
    callback(null, first.address, first.family);
  });
};
