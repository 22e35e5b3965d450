package org.minijs.interpreter.objects;

/**
 * A declarative environment record for bindings that closures capture. Bindings no closure sees stay in frame
 * slots; only captured ones live here, so that an inner function can outlive the frame that created them.
 */
public final class Environment {
    public final Object[] slots;
    public final Environment parent;

    public Environment(int size, Environment parent) {
        this.slots = new Object[size];
        this.parent = parent;
    }

    private Environment(Object[] slots, Environment parent) {
        this.slots = slots;
        this.parent = parent;
    }

    /** CreatePerIterationEnvironment: a fresh copy, so closures of the last iteration keep their values. */
    public Environment copy() {
        return new Environment(slots.clone(), parent);
    }
}
