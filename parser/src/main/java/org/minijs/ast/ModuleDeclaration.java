package org.minijs.ast;

import java.util.List;

/**
 * The import and export entries of a {@link Module}. Module specifiers are the string values of the source's
 * string literals (escapes resolved). Local names refer to top-level bindings of the module's program.
 */
public sealed interface ModuleDeclaration extends Node {

    /**
     * {@code import ... from 'source'}, and {@code import 'source'} (no specifiers). Imported bindings are
     * immutable, like {@code const}.
     */
    record Import(String source, List<ImportSpecifier> specifiers, SourceSpan span) implements ModuleDeclaration { }

    /**
     * One imported binding: {@code import x} (imported "default"), {@code import {a as x}} (imported "a"),
     * {@code import * as x} (imported null: the module namespace object).
     */
    record ImportSpecifier(String imported, String local, SourceSpan span) { }

    /**
     * Named exports. With {@code source} null, each specifier exports a local binding: {@code export {a as b}},
     * and also {@code export const/let/var/function/class} (one specifier per declared name, local = exported)
     * and {@code export default} (exported "default", local the declared name, {@code default} for an
     * anonymous function or class, or {@code *default*} for an expression). With {@code source} set it is a
     * re-export, {@code export {a as b} from 'm'}, and {@code local} names the other module's export.
     */
    record ExportNamed(List<ExportSpecifier> specifiers, String source, SourceSpan span) implements ModuleDeclaration { }

    /** {@code local} exported as {@code exported}. */
    record ExportSpecifier(String local, String exported, SourceSpan span) { }

    /** {@code export * from 'source'} ({@code exported} null) or {@code export * as exported from 'source'}. */
    record ExportAll(String exported, String source, SourceSpan span) implements ModuleDeclaration { }
}
