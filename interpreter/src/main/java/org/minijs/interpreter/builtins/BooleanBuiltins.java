package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSPrimitiveObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/** The Boolean constructor and Boolean.prototype (§20.3). */
final class BooleanBuiltins {
    private BooleanBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        Intrinsics.constructor(realm, in.globalObject, "Boolean", 1, in.booleanPrototype, (t, args, nt) -> {
            boolean b = JSRuntime.toBoolean(JSBuiltin.arg(args, 0));
            if (nt == Undefined.INSTANCE) {
                return b;
            }
            return new JSPrimitiveObject(Intrinsics.prototypeFromConstructor(nt, in.booleanPrototype), b);
        });
        Intrinsics.method(realm, in.booleanPrototype, "toString", 0, (t, args, nt) ->
                thisBooleanValue(t, "toString") ? "true" : "false");
        Intrinsics.method(realm, in.booleanPrototype, "valueOf", 0, (t, args, nt) -> thisBooleanValue(t, "valueOf"));
    }

    /** thisBooleanValue: a Boolean, or a Boolean wrapper's [[BooleanData]]. */
    private static boolean thisBooleanValue(Object t, String method) {
        if (JSRuntime.unwrapPrimitive(t) instanceof Boolean b) {
            return b;
        }
        throw Errors.typeError("Boolean.prototype." + method + " requires that 'this' be a Boolean");
    }
}
