/**
 * The name a location registers under with every courier. A courier cannot edit an address it
 * has registered through its API (Shiprocket has no edit; a name taken is refused), so each
 * address version registers anew under its own name: "Bengaluru WH", then "Bengaluru WH v2".
 * 36 characters: Shiprocket's nickname limit, the tightest of the three.
 */
export function courierLocationName(name: string, addressVersion: number): string {
  if (addressVersion <= 1) return name;
  const suffix = ` v${addressVersion}`;
  return `${name.slice(0, 36 - suffix.length).trimEnd()}${suffix}`;
}
