package org.minijs.interpreter.translate;

import org.minijs.ast.FunctionNode;

/** What the analysis knows of one function (or of the script): its scopes, where it is defined, its mode. */
final class FunctionInfo {
    final FunctionNode node;       // null for the script
    final FunctionInfo parent;
    final Scope definitionScope;   // the scope of the enclosing function where the literal appears
    final boolean strict;
    Scope scope;                   // the function's top scope (parameters, var, top-level declarations)
    boolean topLevelAwait;         // a module body that awaits: it runs as an async function
    boolean mappedArguments;       // sloppy, simple parameters, uses arguments: parameters live in the environment

    FunctionInfo(FunctionNode node, FunctionInfo parent, Scope definitionScope, boolean strict) {
        this.node = node;
        this.parent = parent;
        this.definitionScope = definitionScope;
        this.strict = strict;
    }

    boolean isArrow() {
        return node != null && node.isArrow();
    }

    boolean isAsync() {
        return node != null ? node.async() : topLevelAwait;
    }

    boolean isGenerator() {
        return node != null && node.generator();
    }
}
