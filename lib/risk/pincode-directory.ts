import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** What India Post's directory says about one pincode (see data/PROVENANCE.md). */
export interface PincodeEntry {
  states: string[];
  districts: string[];
  divisions: string[];
  postOffices: string[];
}

export type PincodeDirectory = (pincode: string) => PincodeEntry | null;

const FILE = join(process.cwd(), "lib/risk/data/india-pincodes.tsv.gz");

// ~19,000 lines; the split into arrays waits until a pincode is asked for, so loading costs one
// gunzip and one pass over the lines (tens of milliseconds) and the process keeps ~2 MB of text.
let lines: Map<string, string> | null = null;

function load(): Map<string, string> {
  const text = gunzipSync(readFileSync(FILE)).toString("utf8");
  const map = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    map.set(line.slice(0, 6), line.slice(7));
  }
  return map;
}

const list = (field: string | undefined) => (field ? field.split("|") : []);

/** The directory, read from disk on first use and kept for the life of the process. */
export const lookUpPincode: PincodeDirectory = (pincode) => {
  lines ??= load();
  const row = lines.get(pincode);
  if (row === undefined) return null;
  const [states, districts, divisions, postOffices] = row.split("\t");
  return {
    states: list(states),
    districts: list(districts),
    divisions: list(divisions),
    postOffices: list(postOffices),
  };
};
