package org.minijs.runtime;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.Undefined;

/**
 * NewPromiseCapability(%Promise%) for host code: a promise plus its resolve and reject functions, made by
 * calling the realm's Promise constructor with a built-in executor (the engine exposes no direct API).
 */
public record PromiseSupport(JSObject promise, JSFunction resolve, JSFunction reject) {

    public static PromiseSupport create(JSRealm realm) {
        JSFunction[] functions = new JSFunction[2];
        JSFunction executor = realm.newBuiltinFunction("", 2, (t, args, nt) -> {
            functions[0] = (JSFunction) args[0];
            functions[1] = (JSFunction) args[1];
            return Undefined.INSTANCE;
        });
        JSFunction ctor = (JSFunction) realm.promiseConstructor();
        JSObject promise = (JSObject) ctor.construct(new Object[] {executor}, ctor);
        return new PromiseSupport(promise, functions[0], functions[1]);
    }

    public void fulfill(Object value) {
        resolve.call(Undefined.INSTANCE, value);
    }

    public void rejectWith(Object reason) {
        reject.call(Undefined.INSTANCE, reason);
    }
}
