/**
 * Which network addresses a URL fetch may reach. Articles live on the public internet;
 * private, loopback, link-local, cloud-metadata and reserved ranges are refused unless the
 * caller allows private addresses (tests on loopback, an intranet deployment).
 */
import { BlockList, isIP } from 'node:net';

/** IPv4 ranges that are not the public internet, each with why. */
const BLOCKED_V4: ReadonlyArray<[string, number, string]> = [
  ['0.0.0.0', 8, '"this network"; 0.0.0.0 reaches the local host'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'carrier-grade NAT; also Alibaba Cloud metadata at 100.100.100.200'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local; cloud metadata at 169.254.169.254'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation (TEST-NET-1)'],
  ['192.88.99.0', 24, '6to4 relay anycast'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation (TEST-NET-2)'],
  ['203.0.113.0', 24, 'documentation (TEST-NET-3)'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved, and broadcast'],
];

/** IPv6 ranges that are not the public internet. IPv4-mapped and NAT64 forms are unwrapped first. */
const BLOCKED_V6: ReadonlyArray<[string, number, string]> = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['100::', 64, 'discard-only'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique local; AWS metadata at fd00:ec2::254'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'deprecated site-local'],
  ['ff00::', 8, 'multicast'],
];

const blockList = new BlockList();
for (const [net, prefix] of BLOCKED_V4) blockList.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of BLOCKED_V6) blockList.addSubnet(net, prefix, 'ipv6');

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d), compatible or NAT64 IPv6 address. */
function embeddedV4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:(?:0:)?|::|64:ff9b::)(?<v4>\d{1,3}(?:\.\d{1,3}){3})$/.exec(lower);
  if (dotted?.groups) return dotted.groups.v4;
  const hex = /^(?:::ffff:(?:0:)?|64:ff9b::)(?<hi>[0-9a-f]{1,4}):(?<lo>[0-9a-f]{1,4})$/.exec(lower);
  if (hex?.groups) {
    const hi = parseInt(hex.groups.hi, 16), lo = parseInt(hex.groups.lo, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return null;
}

/** True when the address is not a public internet address. Unparseable input counts as private. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return blockList.check(bare, 'ipv4');
  if (family === 6) {
    const v4 = embeddedV4(bare);
    if (v4) return blockList.check(v4, 'ipv4');
    return blockList.check(bare, 'ipv6');
  }
  return true;
}
