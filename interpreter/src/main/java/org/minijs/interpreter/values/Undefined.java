package org.minijs.interpreter.values;

/** The JavaScript value {@code undefined}. */
public final class Undefined {
    public static final Undefined INSTANCE = new Undefined();

    private Undefined() {
    }

    @Override
    public String toString() {
        return "undefined";
    }
}
