package org.minijs.interpreter.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.values.Undefined;

import java.util.Arrays;

/**
 * The value a formal parameter binds to: the argument at {@code index}, its default when undefined, or for a
 * rest parameter an array of the remaining arguments. {@code index == -1} gives the arguments object.
 */
public final class ParameterNode extends JSNode {
    private final int index;
    private final boolean rest;
    @Child private JSNode defaultValue;

    public ParameterNode(int index, boolean rest, JSNode defaultValue) {
        this.index = index;
        this.rest = rest;
        this.defaultValue = defaultValue;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        if (index < 0) {
            return argumentsObject(JSRealm.get(this), args);
        }
        if (rest) {
            return array(JSRealm.get(this), args, index);
        }
        Object v = Arguments.get(args, index);
        if (v == Undefined.INSTANCE && defaultValue != null) {
            return defaultValue.execute(frame);
        }
        return v;
    }

    @TruffleBoundary
    private static org.minijs.interpreter.objects.JSArguments argumentsObject(JSRealm realm, Object[] args) {
        return new org.minijs.interpreter.objects.JSArguments(realm.objectPrototype(),
                Arrays.asList(Arguments.actuals(args)), realm.arrayPrototype().get(org.minijs.interpreter.values.Symbol.ITERATOR));
    }

    @TruffleBoundary
    private static JSArray array(JSRealm realm, Object[] args, int from) {
        Object[] actuals = Arguments.actuals(args);
        Object[] tail = from < actuals.length ? Arrays.copyOfRange(actuals, from, actuals.length) : new Object[0];
        return new JSArray(realm.arrayPrototype(), Arrays.asList(tail));
    }
}
