package org.minijs.interpreter.nodes.variables;

/** The value of a let/const/class binding before its declaration has run (ECMA-262's "uninitialized"). */
public final class TemporalDeadZone {
    public static final TemporalDeadZone UNINITIALIZED = new TemporalDeadZone();

    private TemporalDeadZone() {
    }
}
