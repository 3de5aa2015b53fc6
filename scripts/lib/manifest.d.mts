export function withInherited<Manifest extends { modules: { declarations?: object[] }[] }>(manifest: Manifest): Manifest;
