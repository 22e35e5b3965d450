package org.minijs.interpreter.values;

/** A JavaScript Symbol: identity is the value; {@code description} may be null. */
public final class Symbol {
    public static final Symbol ITERATOR = new Symbol("Symbol.iterator");
    public static final Symbol ASYNC_ITERATOR = new Symbol("Symbol.asyncIterator");
    public static final Symbol TO_PRIMITIVE = new Symbol("Symbol.toPrimitive");
    public static final Symbol TO_STRING_TAG = new Symbol("Symbol.toStringTag");
    public static final Symbol HAS_INSTANCE = new Symbol("Symbol.hasInstance");
    public static final Symbol SPECIES = new Symbol("Symbol.species");

    private final String description;

    public Symbol(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "Symbol(" + (description == null ? "" : description) + ")";
    }
}
