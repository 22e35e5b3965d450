package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The Function constructor and Function.prototype: call, apply, bind, toString, @@hasInstance (§20.2). */
final class FunctionBuiltins {
    private FunctionBuiltins() {
    }

    static void install(JSRealm realm, Intrinsics in) {
        JSObject proto = in.functionPrototype;
        Intrinsics.method(realm, proto, "call", 1, (t, args, nt) -> {
            JSFunction f = requireFunction(t, "call");
            return f.call(JSBuiltin.arg(args, 0), args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new Object[0]);
        });
        Intrinsics.method(realm, proto, "apply", 2, (t, args, nt) -> {
            JSFunction f = requireFunction(t, "apply");
            Object list = JSBuiltin.arg(args, 1);
            Object[] actuals = JSRuntime.isNullish(list) ? new Object[0] : createListFromArrayLike(list);
            return f.call(JSBuiltin.arg(args, 0), actuals);
        });
        Intrinsics.method(realm, proto, "bind", 1, (t, args, nt) -> bind(realm, requireFunction(t, "bind"), args));
        Intrinsics.method(realm, proto, "toString", 0, (t, args, nt) -> {
            return requireFunction(t, "toString").sourceText();
        });
        proto.defineOwnProperty(Symbol.HAS_INSTANCE, PropertyCell.data(realm.newBuiltinFunction("[Symbol.hasInstance]", 1,
                (t, args, nt) -> JSRuntime.ordinaryHasInstance(t, JSBuiltin.arg(args, 0))), 0));
        proto.defineOwnProperty("name", PropertyCell.data("", PropertyCell.CONFIGURABLE));
        proto.defineOwnProperty("length", PropertyCell.data(0, PropertyCell.CONFIGURABLE));
        // AddRestrictedFunctionProperties: "caller" and "arguments" are accessors that throw %ThrowTypeError%
        JSFunction thrower = realm.newBuiltinFunction("", 0, (t, args, nt) -> {
            throw Errors.typeError("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode "
                    + "functions or the arguments objects for calls to them");
        });
        thrower.preventExtensions();
        proto.defineOwnProperty("arguments", PropertyCell.accessor(thrower, thrower, PropertyCell.CONFIGURABLE));
        proto.defineOwnProperty("caller", PropertyCell.accessor(thrower, thrower, PropertyCell.CONFIGURABLE));
    }

    /**
     * Function.prototype.bind: BoundFunctionCreate plus the "name" ("bound " + the target's name) and "length"
     * (the target's length less the bound arguments, never negative) that bind gives it.
     */
    private static JSFunction bind(JSRealm realm, JSFunction target, Object[] args) {
        Object boundThis = JSBuiltin.arg(args, 0);
        Object[] boundArgs = args.length > 1 ? Arrays.copyOfRange(args, 1, args.length) : new Object[0];
        double length = 0;
        if (target.getOwnProperty("length") != null) {
            Object targetLength = target.get("length");
            if (JSRuntime.isNumber(targetLength)) {
                double l = JSRuntime.toNumber(targetLength);
                length = l == Double.POSITIVE_INFINITY ? l
                        : Math.max(0, JSRuntime.toIntegerOrInfinity(targetLength) - boundArgs.length);
            }
        }
        Object targetName = target.get("name");
        String name = "bound " + (targetName instanceof String s ? s : "");
        JSFunction[] self = new JSFunction[1];
        self[0] = realm.newBuiltinFunction(name, 0, (thisValue, callArgs, newTarget) -> {
            Object[] all = new Object[boundArgs.length + callArgs.length];
            System.arraycopy(boundArgs, 0, all, 0, boundArgs.length);
            System.arraycopy(callArgs, 0, all, boundArgs.length, callArgs.length);
            if (newTarget != Undefined.INSTANCE) {
                // [[Construct]] of a bound function: new.target that is the bound function becomes the target
                return target.construct(all, newTarget == self[0] ? target : (JSObject) newTarget);
            }
            return target.call(boundThis, all);
        });
        JSFunction bound = self[0];
        bound.defineOwnProperty("length", PropertyCell.data(JSRuntime.number(length), PropertyCell.CONFIGURABLE));
        bound.setBoundTargetFunction(target);
        if (target.isConstructor()) {
            bound.makeConstructor();
        }
        if (target.getPrototypeOf() != realm.functionPrototype()) {
            bound.setPrototypeOf(target.getPrototypeOf());
        }
        return bound;
    }

    /** CreateListFromArrayLike. */
    static Object[] createListFromArrayLike(Object value) {
        if (!(value instanceof JSObject o)) {
            throw Errors.typeError("CreateListFromArrayLike called on non-object");
        }
        long length = (long) JSRuntime.toLength(o.get("length"));
        List<Object> list = new ArrayList<>();
        for (long i = 0; i < length; i++) {
            list.add(o.get(Long.toString(i)));
        }
        return list.toArray();
    }

    /**
     * The Function constructor and the intrinsic prototypes of async, generator and async generator functions
     * with their (hidden) constructors AsyncFunction, GeneratorFunction and AsyncGeneratorFunction; each
     * compiles source text at run time (CreateDynamicFunction).
     */
    static void installFunctionKinds(JSRealm realm, Intrinsics in) {
        JSFunction function = kind(realm, in.functionPrototype, "Function", null, "function");
        in.globalObject.defineHidden("Function", function);
        kind(realm, in.asyncFunctionPrototype, "AsyncFunction", null, "async function");
        kind(realm, in.generatorFunctionPrototype, "GeneratorFunction", in.generatorPrototype, "function*");
        kind(realm, in.asyncGeneratorFunctionPrototype, "AsyncGeneratorFunction", in.asyncGeneratorPrototype,
                "async function*");
    }

    private static JSFunction kind(JSRealm realm, JSObject proto, String name, JSObject instancePrototype,
                                   String keyword) {
        JSFunction constructor = realm.newBuiltinFunction(name, 1,
                (t, a, nt) -> DynamicFunction.create(realm, keyword, a));
        constructor.makeConstructor();
        constructor.defineOwnProperty("prototype", PropertyCell.data(proto, 0));
        proto.defineOwnProperty("constructor", PropertyCell.data(constructor, PropertyCell.CONFIGURABLE));
        if (!name.equals("Function")) {
            proto.defineOwnProperty(Symbol.TO_STRING_TAG, PropertyCell.data(name, PropertyCell.CONFIGURABLE));
        }
        if (instancePrototype != null) {
            proto.defineOwnProperty("prototype", PropertyCell.data(instancePrototype, PropertyCell.CONFIGURABLE));
            instancePrototype.defineOwnProperty("constructor", PropertyCell.data(proto, PropertyCell.CONFIGURABLE));
        }
        return constructor;
    }

    private static JSFunction requireFunction(Object t, String method) {
        if (t instanceof JSFunction f) {
            return f;
        }
        throw Errors.typeError("Function.prototype." + method + " called on a value that is not a function");
    }
}
