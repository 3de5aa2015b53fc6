/**
 * The contract's types as a reader of the package's declarations wants them:
 * plain interfaces and aliases (`interface Torg { id: string; … services:
 * Service[]; … }`), not valibot's expanded generic schema types that `tsc`
 * writes for `v.InferOutput<typeof TorgSchema>`.
 *
 * The types stay inferred from the schemas in `src/contract/schemas.ts` (one
 * source of truth): the TypeScript checker resolves each exported type alias
 * there, and this module prints the result, naming a nested type by its
 * alias wherever it is one (`services: Service[]`, `day: Weekday`).
 */
import ts from 'typescript';

const FLAGS =
  ts.TypeFormatFlags.NoTruncation |
  ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType |
  ts.TypeFormatFlags.WriteArrayAsGenericType;

/**
 * The declaration text for the type aliases `file` exports (a `.ts` module),
 * each as an interface (object types) or a type alias, with the alias's own
 * documentation comment.
 */
export function schemaDeclarations(file, tsconfig = 'tsconfig.json') {
  const config = ts.getParsedCommandLineOfConfigFile(tsconfig, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} });
  const program = ts.createProgram([file], { ...config.options, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`${file} not found`);

  const aliases = source.statements.filter(
    (s) => ts.isTypeAliasDeclaration(s) && s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword),
  );
  if (aliases.length === 0) throw new Error(`${file} exports no type alias`);
  const resolved = aliases.map((node) => ({ node, name: node.name.text, type: checker.getTypeAtLocation(node.name) }));
  /** A type's full text → the alias that names it (the first one, when two are alike). */
  const names = new Map();
  for (const { name, type } of resolved) {
    const text = checker.typeToString(type, undefined, FLAGS);
    if (!names.has(text)) names.set(text, name);
  }

  const isObject = (type) =>
    (type.flags & ts.TypeFlags.Object) !== 0 && !checker.isArrayType(type) && checker.getPropertiesOfType(type).length > 0;

  /** A type's text, with named parts by name; `self` is the alias being written (not named by itself). */
  function print(type, indent, self) {
    const full = checker.typeToString(type, undefined, FLAGS);
    const named = names.get(full);
    if (named && named !== self) return named;
    if (type.isUnion()) {
      const members = type.types.map((member) => print(member, indent, self));
      const nullish = ['null', 'undefined'].filter((m) => members.includes(m));
      let rest = members.filter((m) => !nullish.includes(m));
      // `false | true` is TypeScript's spelling of `boolean`.
      if (rest.includes('false') && rest.includes('true'))
        rest = [...rest.filter((m) => m !== 'false' && m !== 'true'), 'boolean'];
      // `Gender | undefined`, not `'kvinne' | 'mann' | 'annet' | undefined`.
      const alias = rest.length > 1 && names.get(rest.join(' | '));
      return [...(alias && alias !== self ? [alias] : rest), ...nullish].join(' | ');
    }
    if (checker.isArrayType(type)) {
      const [element] = checker.getTypeArguments(type);
      const inner = print(element, indent, self);
      return /[|&]/.test(inner) && !inner.startsWith('{') ? `(${inner})[]` : `${inner}[]`;
    }
    if (isObject(type)) return objectBody(type, indent, self);
    return full;
  }

  function objectBody(type, indent, self) {
    const lines = checker.getPropertiesOfType(type).map((property) => {
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      const key = /^[A-Za-z_$][\w$]*$/.test(property.name) ? property.name : JSON.stringify(property.name);
      const value = print(checker.getTypeOfSymbol(property), `${indent}    `, self);
      return `${indent}    ${key}${optional ? '?' : ''}: ${value};`;
    });
    return `{\n${lines.join('\n')}\n${indent}}`;
  }

  const comment = (node) => {
    const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
    const docs = ranges.map((r) => source.text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**'));
    return docs.length ? `${docs.at(-1)}\n` : '';
  };

  return resolved
    .map(({ node, name, type }) =>
      isObject(type)
        ? `${comment(node)}export interface ${name} ${objectBody(type, '', name)}`
        : `${comment(node)}export type ${name} = ${print(type, '', name)};`,
    )
    .join('\n');
}
