package org.minijs.ast;

import java.util.List;

/**
 * A parsed ES module ({@code .mjs}), as opposed to a script (a bare {@link Program}).
 *
 * <p>{@code program} holds the module's code in source order, always strict, ready to be run like a script
 * body: import declarations are left out (their bindings are listed in {@code declarations}), and export
 * wrappers are unwrapped, so {@code export const x = 1} contributes {@code const x = 1},
 * {@code export function f() {}} contributes the declaration of {@code f}, and {@code export default expr}
 * contributes {@code const *default* = expr} (the spec's local name for an anonymous default export; it
 * cannot clash with a user name). {@code export default function () {}} and {@code export default class {}}
 * become declarations named {@code default}. {@code export { ... }} and {@code export * from} contribute
 * nothing to the body.
 *
 * <p>{@code declarations} lists every import and export entry in source order; see {@link ModuleDeclaration}.
 */
public record Module(Program program, List<ModuleDeclaration> declarations, SourceSpan span) implements Node {
}
