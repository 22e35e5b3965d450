package org.minijs.interpreter.objects;

/**
 * A declarative environment record for bindings that closures capture. Bindings no closure sees stay in frame
 * slots; only captured ones live here, so that an inner function can outlive the frame that created them.
 */
public final class Environment {
    public final Object[] slots;
    public final Environment parent;
    /** The binding name of each slot (shared by all environments of one scope), for the instruments; may be null. */
    private final String[] names;

    public Environment(int size, Environment parent) {
        this(new Object[size], parent, null);
    }

    public Environment(int size, Environment parent, String[] names) {
        this(new Object[size], parent, names);
    }

    private Environment(Object[] slots, Environment parent, String[] names) {
        this.slots = slots;
        this.parent = parent;
        this.names = names;
    }

    /** CreatePerIterationEnvironment: a fresh copy, so closures of the last iteration keep their values. */
    public Environment copy() {
        return new Environment(slots.clone(), parent, names);
    }

    /** The name of slot {@code i}, or null when unknown. */
    public String name(int i) {
        return names == null || i >= names.length ? null : names[i];
    }
}
