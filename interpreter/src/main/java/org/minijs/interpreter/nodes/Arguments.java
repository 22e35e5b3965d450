package org.minijs.interpreter.nodes;

import com.oracle.truffle.api.frame.Frame;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.values.Undefined;

/**
 * The layout of a call's frame arguments: [0] the callee, [1] this, [2] new.target (undefined for a plain
 * call), then the actual arguments.
 */
public final class Arguments {
    public static final int CALLEE = 0;
    public static final int THIS = 1;
    public static final int NEW_TARGET = 2;
    public static final int FIRST_ARGUMENT = 3;

    private Arguments() {
    }

    public static Object[] create(JSFunction callee, Object thisValue, Object newTarget, Object[] args) {
        Object[] all = new Object[FIRST_ARGUMENT + args.length];
        all[CALLEE] = callee;
        all[THIS] = thisValue;
        all[NEW_TARGET] = newTarget;
        System.arraycopy(args, 0, all, FIRST_ARGUMENT, args.length);
        return all;
    }

    public static JSFunction callee(Frame frame) {
        return (JSFunction) frame.getArguments()[CALLEE];
    }

    public static JSFunction callee(Object[] arguments) {
        return (JSFunction) arguments[CALLEE];
    }

    public static Object thisValue(Frame frame) {
        return frame.getArguments()[THIS];
    }

    public static Object newTarget(Frame frame) {
        return frame.getArguments()[NEW_TARGET];
    }

    public static int count(Object[] arguments) {
        return arguments.length - FIRST_ARGUMENT;
    }

    public static Object get(Object[] arguments, int index) {
        int i = FIRST_ARGUMENT + index;
        return i < arguments.length ? arguments[i] : Undefined.INSTANCE;
    }

    public static Object[] actuals(Object[] arguments) {
        Object[] result = new Object[arguments.length - FIRST_ARGUMENT];
        System.arraycopy(arguments, FIRST_ARGUMENT, result, 0, result.length);
        return result;
    }
}
