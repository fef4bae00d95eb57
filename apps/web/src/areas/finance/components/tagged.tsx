/** Options of a checkbox group whose labels carry a test id each (`<prefix>-<value>`). */
export const tagged = <V extends string>(options: { value: V; label: string }[], prefix: string) =>
  options.map((o) => ({ value: o.value, label: <span data-testid={`${prefix}-${o.value}`}>{o.label}</span> }));
