package org.minijs.interpreter.translate;

/** One declared name and where it lives: a frame slot, or (when captured) an index in its scope's Environment. */
final class Binding {
    enum Kind { VAR, LET, CONST, FUNCTION, PARAM, CATCH, CALLEE, ARGUMENTS, IMPORT }

    final String name;
    Kind kind;
    final Scope scope;
    boolean captured;
    int index = -1;
    /** For IMPORT bindings: the cell the host links to the exporting module. */
    org.minijs.interpreter.modules.ImportCell importCell;

    Binding(String name, Kind kind, Scope scope) {
        this.name = name;
        this.kind = kind;
        this.scope = scope;
    }

    /**
     * let, const and parameters start uninitialized: a read before the declaration (or, for a parameter, in
     * an earlier parameter's default) is a ReferenceError.
     */
    boolean lexical() {
        return kind == Kind.LET || kind == Kind.CONST || kind == Kind.PARAM;
    }
}
