package org.minijs.parser;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;

/** Names declared in one block or function scope, for the duplicate-declaration early errors. */
final class DeclarationScope {
    final DeclarationScope parent;
    final boolean functionScope;
    /** Lexically declared names; the value says whether the declaration is a plain function declaration. */
    HashMap<String, Boolean> lexical;
    HashSet<String> vars;
    Set<String> params;
    String catchParam;          // a simple catch binding: let may not redeclare it, var may (Annex B)

    DeclarationScope(DeclarationScope parent, boolean functionScope) {
        this.parent = parent;
        this.functionScope = functionScope;
    }

    boolean hasLexical(String name) {
        return lexical != null && lexical.containsKey(name);
    }

    boolean hasVar(String name) {
        return vars != null && vars.contains(name);
    }

    boolean declares(String name) {
        return hasLexical(name) || hasVar(name);
    }
}
