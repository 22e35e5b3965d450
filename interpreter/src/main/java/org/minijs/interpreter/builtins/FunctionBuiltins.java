package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.Arrays;
import java.util.List;

/** Function.prototype: call, apply, bind, toString (§20.2.3). */
final class FunctionBuiltins {
    private FunctionBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        Intrinsics.method(realm, in.functionPrototype, "call", 1, (t, args, nt) -> {
            JSFunction f = requireFunction(t, "call");
            return f.call(JSBuiltin.arg(args, 0), args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new Object[0]);
        });
        Intrinsics.method(realm, in.functionPrototype, "apply", 2, (t, args, nt) -> {
            JSFunction f = requireFunction(t, "apply");
            Object list = JSBuiltin.arg(args, 1);
            Object[] actuals = JSRuntime.isNullish(list) ? new Object[0] : IterableSupport.toList(realm, list).toArray();
            return f.call(JSBuiltin.arg(args, 0), actuals);
        });
        Intrinsics.method(realm, in.functionPrototype, "bind", 1, (t, args, nt) -> {
            JSFunction target = requireFunction(t, "bind");
            Object boundThis = JSBuiltin.arg(args, 0);
            List<Object> boundArgs = args.length > 1 ? Arrays.asList(Arrays.copyOfRange(args, 1, args.length)) : List.of();
            JSFunction bound = realm.newBuiltinFunction("bound " + target.name(),
                    Math.max(0, target.data().length - boundArgs.size()), (thisValue, callArgs, newTarget) -> {
                        Object[] all = new Object[boundArgs.size() + callArgs.length];
                        for (int i = 0; i < boundArgs.size(); i++) {
                            all[i] = boundArgs.get(i);
                        }
                        System.arraycopy(callArgs, 0, all, boundArgs.size(), callArgs.length);
                        if (newTarget != Undefined.INSTANCE) {
                            return target.construct(all, target);
                        }
                        return target.call(boundThis, all);
                    });
            return bound;
        });
        Intrinsics.method(realm, in.functionPrototype, "toString", 0, (t, args, nt) -> {
            JSFunction f = requireFunction(t, "toString");
            return "function " + f.name() + "() { [native code] }";
        });
        in.functionPrototype.defineOwnProperty("name", PropertyCell.data("", PropertyCell.CONFIGURABLE));
    }

    private static JSFunction requireFunction(Object t, String method) {
        if (t instanceof JSFunction f) {
            return f;
        }
        throw Errors.typeError("Function.prototype." + method + " called on a value that is not a function");
    }
}
