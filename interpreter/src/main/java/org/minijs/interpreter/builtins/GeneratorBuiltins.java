package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.generators.AsyncGeneratorObject;
import org.minijs.interpreter.generators.GeneratorObject;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.promise.PromiseCapability;
import org.minijs.interpreter.promise.PromiseOperations;
import org.minijs.interpreter.values.Undefined;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;

/** %GeneratorPrototype% (§27.5.1), %AsyncIteratorPrototype% and %AsyncGeneratorPrototype% (§27.6.1). */
final class GeneratorBuiltins {
    private GeneratorBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject proto = new JSObject(in.iteratorPrototype);
        in.generatorPrototype = proto;
        proto.defineOwnProperty(Symbol.TO_STRING_TAG, PropertyCell.data("Generator", PropertyCell.CONFIGURABLE));
        Intrinsics.method(realm, proto, "next", 1, (t, a, nt) ->
                self(t, "next").resume(GeneratorObject.ResumeMode.NEXT, JSBuiltin.arg(a, 0), realm));
        Intrinsics.method(realm, proto, "return", 1, (t, a, nt) ->
                self(t, "return").resume(GeneratorObject.ResumeMode.RETURN, JSBuiltin.arg(a, 0), realm));
        Intrinsics.method(realm, proto, "throw", 1, (t, a, nt) ->
                self(t, "throw").resume(GeneratorObject.ResumeMode.THROW, JSBuiltin.arg(a, 0), realm));

        JSObject asyncIteratorPrototype = new JSObject(in.objectPrototype);
        asyncIteratorPrototype.defineHidden(Symbol.ASYNC_ITERATOR,
                realm.newBuiltinFunction("[Symbol.asyncIterator]", 0, (t, a, nt) -> t));
        in.asyncIteratorPrototype = asyncIteratorPrototype;
        JSObject asyncProto = new JSObject(asyncIteratorPrototype);
        in.asyncGeneratorPrototype = asyncProto;
        asyncProto.defineOwnProperty(Symbol.TO_STRING_TAG, PropertyCell.data("AsyncGenerator", PropertyCell.CONFIGURABLE));
        asyncMethod(realm, asyncProto, "next", GeneratorObject.ResumeMode.NEXT);
        asyncMethod(realm, asyncProto, "return", GeneratorObject.ResumeMode.RETURN);
        asyncMethod(realm, asyncProto, "throw", GeneratorObject.ResumeMode.THROW);
    }

    /** AsyncGenerator.prototype.next/return/throw: a bad receiver rejects the returned promise. */
    private static void asyncMethod(JSRealm realm, JSObject proto, String name, GeneratorObject.ResumeMode mode) {
        Intrinsics.method(realm, proto, name, 1, (t, a, nt) -> {
            if (t instanceof AsyncGeneratorObject g) {
                return g.enqueue(mode, JSBuiltin.arg(a, 0));
            }
            PromiseCapability c = PromiseOperations.createResolvingFunctions(realm, PromiseOperations.newPromise(realm));
            ((JSFunction) c.reject()).call(Undefined.INSTANCE, Errors.typeError(name
                    + " method called on incompatible receiver " + JSRuntime.typeof(t)).value());
            return c.promise();
        });
    }

    private static GeneratorObject self(Object t, String method) {
        if (t instanceof GeneratorObject g) {
            return g;
        }
        throw Errors.typeError(method + " method called on incompatible receiver " + JSRuntime.typeof(t));
    }
}
