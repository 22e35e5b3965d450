package org.minijs.interpreter.objects;

import org.minijs.interpreter.values.Symbol;

/**
 * A Boolean, Number or Symbol wrapper object (new Number(5), Object(true), Object(sym)): an ordinary object
 * with a [[BooleanData]], [[NumberData]] or [[SymbolData]] slot. String wrappers are {@link JSStringObject}.
 */
public class JSPrimitiveObject extends JSObject {
    private final Object primitiveValue;

    public JSPrimitiveObject(JSObject prototype, Object primitiveValue) {
        super(prototype);
        this.primitiveValue = primitiveValue;
    }

    /** The wrapped primitive: a Boolean, Integer or Double, Symbol, or String. */
    public Object primitiveValue() {
        return primitiveValue;
    }

    /** The builtin tag Object.prototype.toString reports (Symbol wrappers get theirs from @@toStringTag). */
    @Override
    public String className() {
        if (primitiveValue instanceof Boolean) {
            return "Boolean";
        }
        if (primitiveValue instanceof Symbol) {
            return "Symbol";
        }
        return primitiveValue instanceof String ? "String" : "Number";
    }
}
