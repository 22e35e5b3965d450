package org.minijs.interpreter.translate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lexical scope found by {@link ScopeAnalysis}: a function's top scope, a block, a for(let ...) head or a
 * catch clause. After analysis each binding knows whether a closure captures it; the translator then gives
 * uncaptured bindings frame slots and captured ones indices in the scope's Environment.
 */
final class Scope {
    final Scope parent;
    final FunctionInfo function;
    final Map<String, Binding> bindings = new LinkedHashMap<>();
    /** Frame slot holding this scope's Environment; -1 until assigned, or when nothing is captured. */
    int envSlot = -1;
    int envSize;
    boolean slotsAssigned;
    /**
     * A module's top scope: its environment is allocated by the host before evaluation (so importers can
     * link to it) and reaches the module body as the callee's closure.
     */
    boolean external;

    Scope(Scope parent, FunctionInfo function) {
        this.parent = parent;
        this.function = function;
    }

    boolean hasEnvironment() {
        if (external) {
            return true;
        }
        for (Binding b : bindings.values()) {
            if (b.captured) {
                return true;
            }
        }
        return false;
    }

    Binding lookupLocal(String name) {
        return bindings.get(name);
    }
}
