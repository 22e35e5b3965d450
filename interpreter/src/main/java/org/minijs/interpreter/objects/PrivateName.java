package org.minijs.interpreter.objects;

/** A Private Name: a fresh identity per evaluation of a class body, so #x of two classes never clash. */
public final class PrivateName {
    private final String description;

    public PrivateName(String description) {
        this.description = description;
    }

    /** The name with its '#', as messages show it. */
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return description;
    }
}
