"use client";

import { fetchPickList } from "./floor-api";
import { allSkus, matchesCode, type PickListPages } from "./pick-list-view";
import type { Notice } from "./floor-messages";

type Target = { sku: string; title: string };

/**
 * What Enter in the scanner field means. A code that is a SKU or barcode waiting to be picked
 * is a scan: one unit is picked and its card brought into view. Anything else is a search of
 * SKUs and titles ("kurta"), kept as the list's filter until the picker clears it.
 */
export function useScan(options: {
  /** the cards on screen, and the list as it was before any typed filter */
  views: () => (PickListPages | undefined)[];
  online: boolean;
  /** a search looks through every category */
  clearCategory: () => void;
  pick: (sku: Target, qty: number) => void;
  reveal: (sku: string) => void;
  setNotice: (notice: Notice | null) => void;
  /** keeps a word as the list's filter */
  setSearch: (search: string) => void;
}) {
  const { online, pick, reveal, setNotice, setSearch } = options;

  const onScan = async (code: string) => {
    // Letters typed before Enter may have filtered the screen for a moment: look in the
    // unfiltered list too, so a scan is never mistaken for a search.
    const loaded = options.views().flatMap(allSkus);
    const known = loaded.find((s) => matchesCode(s, code));
    if (known && known.remaining > 0) {
      pick(known, 1);
      return reveal(known.sku);
    }
    // Offline and not in the kept list: keep the scan; the server checks it on replay.
    if (!online) return pick({ sku: code, title: code }, 1);
    try {
      const found = await fetchPickList({ category: null, q: code }, undefined);
      const skus = allSkus({ pages: [found], pageParams: [undefined] });
      const match = skus.find((s) => s.sku === found.exactSku);
      if (match) {
        pick(match, 1);
        // Beyond the cards loaded so far: show it by its SKU, then bring it up.
        if (!loaded.some((s) => s.sku === match.sku)) {
          options.clearCategory();
          setSearch(match.sku);
        }
        return reveal(match.sku);
      }
      if (skus.length === 0) {
        return setNotice({
          tone: "error",
          text: `Nothing waiting to pick matches "${code}". Check the label or the spelling.`,
        });
      }
      options.clearCategory();
      setSearch(code);
      setNotice(null);
    } catch {
      pick({ sku: code, title: code }, 1);
    }
  };

  return onScan;
}
