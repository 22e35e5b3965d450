package org.minijs.runtime.modules;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.promise.PromiseCapability;
import org.minijs.interpreter.promise.PromiseOperations;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;
import org.minijs.runtime.NodeErrors;

import java.util.Arrays;

/** node's util.promisify, with its custom symbol (timers/promises is written in JavaScript: timers_promises.js). */
public final class PromiseApis {
    private PromiseApis() {
    }

    /** Symbol.for('nodejs.util.promisify.custom'). */
    public static Symbol customSymbol(JSRealm realm) {
        JSObject symbolCtor = (JSObject) realm.globalObject().get("Symbol");
        return (Symbol) ((JSFunction) symbolCtor.get("for")).call(symbolCtor, "nodejs.util.promisify.custom");
    }

    /**
     * util.promisify(original): a function that calls original with an (err, value) callback appended and
     * returns a promise of value; original[util.promisify.custom] is returned as is when it is a function.
     */
    public static JSFunction promisify(JSRealm realm, Object original) {
        if (!(original instanceof JSFunction fn)) {
            throw NodeErrors.invalidArgType("original", "function", original);
        }
        Symbol custom = customSymbol(realm);
        if (fn.get(custom) instanceof JSFunction f) {
            return f;
        }
        JSFunction promisified = realm.newBuiltinFunction(fn.name(), 0, (thisValue, args, nt) -> {
            PromiseCapability capability = PromiseOperations.createResolvingFunctions(realm,
                    PromiseOperations.newPromise(realm));
            JSFunction callback = realm.newBuiltinFunction("", 2, (t, a, n) -> {
                Object err = a.length > 0 ? a[0] : Undefined.INSTANCE;
                if (err != Undefined.INSTANCE && err != org.minijs.interpreter.values.Null.INSTANCE) {
                    ((JSFunction) capability.reject()).call(Undefined.INSTANCE, err);
                } else {
                    ((JSFunction) capability.resolve()).call(Undefined.INSTANCE, a.length > 1 ? a[1] : Undefined.INSTANCE);
                }
                return Undefined.INSTANCE;
            });
            Object[] withCallback = Arrays.copyOf(args, args.length + 1);
            withCallback[args.length] = callback;
            try {
                fn.call(thisValue, withCallback);
            } catch (org.minijs.interpreter.errors.JSException e) {
                ((JSFunction) capability.reject()).call(Undefined.INSTANCE, e.value());
            }
            return capability.promise();
        });
        promisified.set(custom, promisified);
        return promisified;
    }
}
