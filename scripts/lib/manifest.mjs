/**
 * The Custom Elements Manifest with each element's inherited entries in
 * place: what its `superclass` chain declares (attributes, members, events,
 * parts, CSS properties, slots) and the element does not list itself, marked
 * `inheritedFrom` as the analyzer marks them. The shipped manifest lists the
 * page-wide theme tokens once, on `TorgElement` (custom-elements-manifest.config.mjs);
 * a reader that shows one element's whole surface (Storybook's docs, the
 * editor data) merges them back with this.
 */

const KINDS = ['attributes', 'members', 'events', 'cssParts', 'cssProperties', 'slots', 'cssStates'];

/**
 * @template {{ modules: { declarations?: object[] }[] }} Manifest
 * @param {Manifest} manifest
 * @returns {Manifest} a copy; the manifest given is left as it is
 */
export function withInherited(manifest) {
  const copy = structuredClone(manifest);
  const declarations = copy.modules.flatMap((mod) => mod.declarations ?? []);
  const byName = new Map(declarations.map((d) => [d.name, d]));
  for (const declaration of declarations) {
    const seen = new Set([declaration.name]);
    let base = byName.get(declaration.superclass?.name);
    while (base && !seen.has(base.name)) {
      seen.add(base.name);
      const module = copy.modules.find((mod) => mod.declarations?.includes(base))?.path;
      for (const kind of KINDS) {
        for (const entry of base[kind] ?? []) {
          if (declaration[kind]?.some((own) => own.name === entry.name)) continue;
          (declaration[kind] ??= []).push({ ...entry, inheritedFrom: entry.inheritedFrom ?? { name: base.name, module } });
        }
      }
      base = byName.get(base.superclass?.name);
    }
  }
  return copy;
}
