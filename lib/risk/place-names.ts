// Place names as buyers type them against India Post's spellings: lower case, letters only, and
// the renamed cities and states folded onto one spelling, so "Bengaluru" finds the directory's
// "Bangalore" and "Gurugram" its "Gurgaon".

const CITY_ALIASES: Record<string, string> = {
  bengaluru: "bangalore",
  gurugram: "gurgaon",
  bombay: "mumbai",
  madras: "chennai",
  calcutta: "kolkata",
  kochi: "ernakulam",
  cochin: "ernakulam",
  mysuru: "mysore",
  mangaluru: "mangalore",
  belagavi: "belgaum",
  kalaburagi: "gulbarga",
  hubballi: "hubli",
  shivamogga: "shimoga",
  prayagraj: "allahabad",
  vadodara: "baroda",
  thiruvananthapuram: "trivandrum",
  puducherry: "pondicherry",
  visakhapatnam: "vishakhapatnam",
  noida: "gautambuddhanagar",
  greaternoida: "gautambuddhanagar",
};

const STATE_ALIASES: Record<string, string> = {
  chhattisgarh: "chattisgarh",
  orissa: "odisha",
  uttaranchal: "uttarakhand",
  puducherry: "pondicherry",
  nctofdelhi: "delhi",
  newdelhi: "delhi",
  andamanandnicobarislands: "andamanandnicobar",
  // India Post still files Ladakh's pincodes under Jammu & Kashmir, and the merged union
  // territory's under its two old names.
  ladakh: "jammuandkashmir",
  dadraandnagarhavelianddamananddiu: "dadraandnagarhaveli",
  damananddiu: "dadraandnagarhaveli",
};

const letters = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z]/g, "");

export const cityKey = (s: string) => {
  const k = letters(s);
  return CITY_ALIASES[k] ?? k;
};

export const stateKey = (s: string) => {
  const k = letters(s);
  return STATE_ALIASES[k] ?? k;
};

/**
 * Whether the city the buyer typed names the pincode's district, postal division or one of its
 * post offices. Either may contain the other ("Mumbai" in "Mumbai North", "Andheri East" holding
 * "Andheri"); names under four letters are too short to say anything.
 */
export function cityMatches(city: string, names: string[]): boolean {
  const typed = cityKey(city);
  if (typed.length < 4) return true;
  return names.some((name) => {
    const known = cityKey(name);
    return known.length >= 4 && (known.includes(typed) || typed.includes(known));
  });
}

export function stateMatches(state: string, states: string[]): boolean {
  const typed = stateKey(state);
  return states.some((s) => stateKey(s) === typed);
}
