package org.minijs.interpreter.values;

/** A JavaScript Symbol: identity is the value; {@code description} may be null. */
public final class Symbol {
    public static final Symbol ITERATOR = new Symbol("Symbol.iterator");
    public static final Symbol ASYNC_ITERATOR = new Symbol("Symbol.asyncIterator");
    public static final Symbol TO_PRIMITIVE = new Symbol("Symbol.toPrimitive");
    public static final Symbol TO_STRING_TAG = new Symbol("Symbol.toStringTag");
    public static final Symbol HAS_INSTANCE = new Symbol("Symbol.hasInstance");
    public static final Symbol SPECIES = new Symbol("Symbol.species");
    public static final Symbol IS_CONCAT_SPREADABLE = new Symbol("Symbol.isConcatSpreadable");
    public static final Symbol MATCH = new Symbol("Symbol.match");
    public static final Symbol MATCH_ALL = new Symbol("Symbol.matchAll");
    public static final Symbol REPLACE = new Symbol("Symbol.replace");
    public static final Symbol SEARCH = new Symbol("Symbol.search");
    public static final Symbol SPLIT = new Symbol("Symbol.split");
    public static final Symbol UNSCOPABLES = new Symbol("Symbol.unscopables");
    /** Explicit resource management (node 20 defines these two ahead of the using declarations). */
    public static final Symbol DISPOSE = new Symbol("Symbol.dispose");
    public static final Symbol ASYNC_DISPOSE = new Symbol("Symbol.asyncDispose");

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
