package org.minijs.runtime.loop;

import org.minijs.interpreter.objects.JSFunction;

/** One setImmediate registration (node's Immediate: _onImmediate, _argv, _destroyed, kRefed). */
public final class Immediate {
    final JSFunction callback;
    final Object[] arguments;
    Object thisValue;
    boolean refed = true;
    boolean destroyed;

    Immediate(JSFunction callback, Object[] arguments) {
        this.callback = callback;
        this.arguments = arguments;
    }

    public void setThisValue(Object thisValue) {
        this.thisValue = thisValue;
    }

    public boolean hasRef() {
        return refed;
    }
}
