// GSTIN: 2-digit state code, the holder's PAN, entity number, "Z", and a mod-36 check character.
const CHARSET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const GSTIN_SHAPE = /^(0[1-9]|[1-3]\d)[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/;

export function gstinCheckCharacter(first14: string): string {
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = CHARSET.indexOf(first14[i]!) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return CHARSET[(36 - (sum % 36)) % 36]!;
}

/** Why a GSTIN (any case, spaces around) is not one, or null when it is. */
export function gstinShapeProblem(raw: string): string | null {
  const gstin = raw.trim().toUpperCase();
  if (!GSTIN_SHAPE.test(gstin))
    return `"${raw}" is not a GSTIN (15 characters: state code, PAN, entity, Z, check)`;
  if (gstinCheckCharacter(gstin.slice(0, 14)) !== gstin[14])
    return `"${raw}" fails the GSTIN checksum — check for a mistyped character`;
  return null;
}
