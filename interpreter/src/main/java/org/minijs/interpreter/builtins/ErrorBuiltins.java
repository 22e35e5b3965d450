package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/** Error and the NativeError constructors (§20.5): callable with or without new. */
final class ErrorBuiltins {
    private ErrorBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSFunction error = errorConstructor(realm, in, "Error", in.errorPrototype, null);
        in.errorConstructor = error;
        error.defineOwnProperty("stackTraceLimit", PropertyCell.data(10, PropertyCell.ALL));
        Intrinsics.method(realm, in.errorPrototype, "toString", 0, (thisValue, args, nt) -> {
            if (!(thisValue instanceof JSObject o)) {
                throw Errors.typeError("Error.prototype.toString requires that 'this' be an Object");
            }
            return Errors.header(o);
        });
        errorConstructor(realm, in, "TypeError", in.typeErrorPrototype, error);
        errorConstructor(realm, in, "RangeError", in.rangeErrorPrototype, error);
        errorConstructor(realm, in, "ReferenceError", in.referenceErrorPrototype, error);
        errorConstructor(realm, in, "SyntaxError", in.syntaxErrorPrototype, error);
        JSFunction aggregate = errorConstructor(realm, in, "AggregateError", in.aggregateErrorPrototype, error);
        aggregate.defineOwnProperty("length", org.minijs.interpreter.objects.PropertyCell.data(2,
                org.minijs.interpreter.objects.PropertyCell.CONFIGURABLE));
        errorConstructor(realm, in, "EvalError", in.evalErrorPrototype, error);
        errorConstructor(realm, in, "URIError", in.uriErrorPrototype, error);
    }

    private static JSFunction errorConstructor(JSRealm realm, Intrinsics in, String name, JSObject prototype,
                                               JSFunction parent) {
        prototype.defineHidden("name", name);
        prototype.defineHidden("message", "");
        JSFunction[] self = new JSFunction[1];
        self[0] = Intrinsics.constructor(realm, in.globalObject, name, 1, prototype, (thisValue, args, newTarget) -> {
            JSObject proto = prototype;
            if (newTarget instanceof JSObject nt && nt != self[0] && nt.get("prototype") instanceof JSObject p) {
                proto = p;
            }
            boolean aggregate = prototype == in.aggregateErrorPrototype;
            // new MyError(): the frames of MyError's constructor chain are not part of the stack
            Object skip = newTarget instanceof JSFunction nf && nf.builtin() == null ? newTarget : null;
            JSObject e = Errors.createError(proto, JSBuiltin.arg(args, aggregate ? 1 : 0), null, skip);
            if (aggregate) {
                e.defineHidden("errors", new org.minijs.interpreter.objects.JSArray(realm.arrayPrototype(),
                        IterableSupport.toList(realm, JSBuiltin.arg(args, 0))));
            }
            Object options = JSBuiltin.arg(args, aggregate ? 2 : 1);
            if (options instanceof JSObject o && o.hasProperty("cause")) {
                e.defineHidden("cause", o.get("cause"));
            }
            return e;
        });
        if (parent != null) {
            self[0].setPrototypeOf(parent);
        }
        Intrinsics.method(realm, self[0], "captureStackTrace", 1, (thisValue, args, nt) -> {
            if (args.length > 0 && args[0] instanceof JSObject target) {
                // Error.captureStackTrace(target, constructorOpt): the frames above and including constructorOpt's
                // topmost call are left out, so a helper can report its caller's location
                Object constructorOpt = args.length > 1 && args[1] instanceof org.minijs.interpreter.objects.JSFunction f
                        ? f : null;
                String frames = org.minijs.interpreter.errors.StackTrace.capture(null, constructorOpt);
                if (frames != null) {
                    target.defineHidden("stack", org.minijs.interpreter.errors.StackTrace.format(Errors.header(target), frames));
                }
            }
            return Undefined.INSTANCE;
        });
        return self[0];
    }

    static String describe(Object value) {
        return JSRuntime.toString(value);
    }
}
