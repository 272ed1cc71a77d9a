/**
 * What someone typed as a link address, as the link will hold it: "www.lindeveen.nl" means
 * https://www.lindeveen.nl; an address with a scheme, a site path or an anchor stays as typed
 * (the schema in packages/editor then decides whether it is allowed).
 */
export function normaliseHref(input: string): string {
  const value = input.trim();
  if (value === "" || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("/") || value.startsWith("#")) return value;
  return `https://${value}`;
}
