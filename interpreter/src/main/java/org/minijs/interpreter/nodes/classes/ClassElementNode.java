package org.minijs.interpreter.nodes.classes;

import com.oracle.truffle.api.nodes.Node;
import org.minijs.interpreter.nodes.JSNode;

/** One class element as ClassDefinitionEvaluation sees it: its kind, placement, key and function. */
public final class ClassElementNode extends Node {
    public enum Kind { METHOD, GETTER, SETTER, FIELD, STATIC_BLOCK }

    final Kind kind;
    final boolean isStatic;
    final boolean isPrivate;
    @Child JSNode key;      // evaluates to a property key, or to the PrivateName for #names; null for static blocks
    @Child JSNode function; // the method, accessor, field initializer or static block body as a closure

    public ClassElementNode(Kind kind, boolean isStatic, boolean isPrivate, JSNode key, JSNode function) {
        this.kind = kind;
        this.isStatic = isStatic;
        this.isPrivate = isPrivate;
        this.key = key;
        this.function = function;
    }
}
