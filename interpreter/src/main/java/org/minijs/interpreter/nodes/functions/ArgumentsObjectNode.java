package org.minijs.interpreter.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.variables.EnvLocatorNode;
import org.minijs.interpreter.objects.Environment;
import org.minijs.interpreter.objects.JSArguments;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.values.Symbol;

import java.util.Arrays;

/**
 * The function's arguments object: mapped (CreateMappedArgumentsObject) when the function is sloppy and its
 * parameters are simple, so that {@code arguments[i]} and the i-th parameter alias each other through the
 * environment that holds the parameters; unmapped otherwise, with a callee that throws.
 */
public final class ArgumentsObjectNode extends JSNode {
    @Child private EnvLocatorNode parameters; // null: unmapped
    private final int[] parameterSlots;

    public ArgumentsObjectNode(EnvLocatorNode parameters, int[] parameterSlots) {
        this.parameters = parameters;
        this.parameterSlots = parameterSlots;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Environment env = parameters == null ? null : parameters.execute(frame);
        return create(JSRealm.get(this), frame.getArguments(), env);
    }

    @TruffleBoundary
    private JSArguments create(JSRealm realm, Object[] args, Environment env) {
        JSFunction callee = Arguments.callee(args);
        Object iterator = realm.arrayPrototype().get(Symbol.ITERATOR);
        if (env == null) {
            Object thrower = realm.functionPrototype().getOwnProperty("caller").getter;
            return new JSArguments(realm.objectPrototype(), Arrays.asList(Arguments.actuals(args)), iterator, thrower,
                    null, null);
        }
        return new JSArguments(realm.objectPrototype(), Arrays.asList(Arguments.actuals(args)), iterator, callee, env,
                parameterSlots);
    }
}
