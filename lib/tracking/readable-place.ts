import type { CourierWording } from "./courier-wording";

/** "MADANPALLI" → "Madanpalli"; words already in mixed case are the courier's spelling, kept. */
function titleCase(text: string): string {
  const words = text.trim().replace(/\s+/g, " ");
  if (words !== words.toUpperCase()) return words;
  return words
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, gap: string, c: string) => gap + c.toUpperCase());
}

/** "SamodRd" → "Samod Rd" */
const spaced = (camel: string) => camel.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");

/** A part that is a code, not a name: "BLR/FC1", "RTO/CHD". */
const isCode = (part: string) => /[/\d]/.test(part);

function withState(place: string, state: string | null): string {
  if (!state?.trim()) return place;
  const named = state.trim().toLowerCase();
  const lower = place.toLowerCase();
  // "Delhi_Airport_GW (Delhi)": the state says nothing the city did not
  if (lower === named || lower.startsWith(`${named} (`)) return place;
  return `${place}, ${titleCase(state)}`;
}

/** "Hyderabad_Shamshabad_HB" → "Hyderabad (Shamshabad hub)"; "Chomu_SamodRd_D" → "Chomu". */
function facilityName(name: string, wording: CourierWording): string {
  const parts = name.split("_").filter(Boolean);
  const city = titleCase(spaced(parts[0]!));
  const last = parts.length > 1 ? parts.at(-1)! : "";
  const kind = Object.entries(wording.facilityKinds).find(
    ([code]) => code.toLowerCase() === last.toLowerCase(),
  )?.[1];
  if (!kind) return city;
  const area = parts.slice(1, -1).map(spaced).join(" ");
  return area ? `${city} (${titleCase(area)} ${kind})` : `${city} ${kind}`;
}

/**
 * A courier's location as a customer reads it: a hub code becomes its city (and the hub, when
 * it is one), an all-capitals "hub code, CITY, STATE" becomes "City, State". Null when nothing
 * readable is left (empty, "NA", only codes).
 */
export function readablePlace(raw: string | null, wording: CourierWording): string | null {
  const text = raw?.trim() ?? "";
  if (!text || /^n\/?a$/i.test(text)) return null;
  // "Gurgaon_Bilaspur_HB (Haryana)": a name and its state in brackets
  const bracketed = /^(.*?)\s*\(([^()]+)\)$/.exec(text);
  const name = bracketed ? bracketed[1]! : text;
  const state = bracketed ? bracketed[2]! : null;
  if (name.includes("_")) return withState(facilityName(name, wording), state);
  const parts = name
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p && !isCode(p));
  if (parts.length === 0) return null;
  // "MADANPALLI, Madanapalli, ANDHRA PRADESH": the last two are the city and the state
  if (parts.length >= 2) return withState(titleCase(parts.at(-2)!), parts.at(-1)!);
  return withState(titleCase(parts[0]!), state);
}
