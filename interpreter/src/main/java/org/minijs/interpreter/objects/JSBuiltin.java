package org.minijs.interpreter.objects;

/** The Java behaviour of a built-in function: [[Call]] when newTarget is undefined, else [[Construct]]. */
@FunctionalInterface
public interface JSBuiltin {
    Object call(Object thisValue, Object[] args, Object newTarget);

    static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : org.minijs.interpreter.values.Undefined.INSTANCE;
    }
}
