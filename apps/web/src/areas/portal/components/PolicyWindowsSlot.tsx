/**
 * The home page's place for the policy area's "open policy windows" (申报中的政策): the policy area, built in
 * parallel, fills it in. Until then it renders nothing, so the home page announces nothing that does not exist.
 */
export function PolicyWindowsSlot() {
  return null;
}
