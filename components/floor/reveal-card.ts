// Brings a SKU's card to just under the floor toolbar, so its buttons are in reach without the
// picker scrolling. Instant, not smooth: a gloved picker should not wait for an animation.
export function revealCard(sku: string): boolean {
  const card = document.querySelector<HTMLElement>(`article[data-sku="${CSS.escape(sku)}"]`);
  if (!card) return false;
  const toolbar = document.getElementById("floor-toolbar");
  const covered = toolbar ? toolbar.getBoundingClientRect().height : 0;
  const top = card.getBoundingClientRect().top + window.scrollY - covered - 12;
  window.scrollTo({ top: Math.max(0, top), behavior: "instant" });
  return true;
}

/** Focus without scrolling: the scanner field sits at the top, the picker is further down. */
export function focusInPlace(element: HTMLElement | null | undefined) {
  element?.focus({ preventScroll: true });
}
