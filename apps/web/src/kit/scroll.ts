/** Back to the top of the window: a new page, or a new page of a list, is read from its start. */
export function scrollToTop() {
  if (typeof window !== 'undefined' && typeof window.scrollTo === 'function') window.scrollTo({ top: 0, left: 0 });
}
