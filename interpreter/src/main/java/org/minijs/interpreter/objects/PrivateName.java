package org.minijs.interpreter.objects;

/** A Private Name: a fresh identity per evaluation of a class body, so #x of two classes never clash. */
public final class PrivateName {
    private final String description;
    private final String brandCheckMessage; // methods and accessors: the TypeError for an object without the brand

    public PrivateName(String description, String brandCheckMessage) {
        this.description = description;
        this.brandCheckMessage = brandCheckMessage;
    }

    /** V8's message when an object lacking the class's brand uses this private method or accessor; null for fields. */
    public String brandCheckMessage() {
        return brandCheckMessage;
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
