package org.minijs.interpreter.builtins;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.objects.JSBuiltin;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
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
            String source = f.data().sourceText();
            return source != null ? source : "function " + f.name() + "() { [native code] }";
        });
        in.functionPrototype.defineOwnProperty("name", PropertyCell.data("", PropertyCell.CONFIGURABLE));
    }

    /**
     * The intrinsic prototypes of async, generator and async generator functions, with their (hidden)
     * constructors AsyncFunction, GeneratorFunction and AsyncGeneratorFunction. Those constructors compile
     * source text at run time, which minijs does not do: calling them is a TypeError.
     */
    static void installFunctionKinds(JSRealm realm, Intrinsics in) {
        JSFunction function = kind(realm, in.functionPrototype, "Function", null, "function");
        in.globalObject.defineHidden("Function", function);
        kind(realm, in.asyncFunctionPrototype, "AsyncFunction", null, "async function");
        kind(realm, in.generatorFunctionPrototype, "GeneratorFunction", in.generatorPrototype, "function*");
        kind(realm, in.asyncGeneratorFunctionPrototype, "AsyncGeneratorFunction", in.asyncGeneratorPrototype,
                "async function*");
    }

    /**
     * CreateDynamicFunction: {@code new Function('a', 'b', 'return a + b')} builds the source text the spec
     * prescribes and evaluates it as a function expression in the global scope.
     */
    private static Object createDynamicFunction(JSRealm realm, String keyword, Object[] args) {
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < args.length - 1; i++) {
            if (i > 0) {
                params.append(',');
            }
            params.append(JSRuntime.toString(args[i]));
        }
        String body = args.length == 0 ? "" : JSRuntime.toString(args[args.length - 1]);
        String source = "(" + keyword + " anonymous(" + params + "\n) {\n" + body + "\n})";
        return realm.evaluateScript(source, "anonymous", Undefined.INSTANCE, true);
    }

    private static JSFunction kind(JSRealm realm, JSObject proto, String name, JSObject instancePrototype,
                                   String keyword) {
        JSFunction constructor = realm.newBuiltinFunction(name, 1, (t, a, nt) -> createDynamicFunction(realm, keyword, a));
        constructor.defineOwnProperty("prototype", PropertyCell.data(proto, 0));
        proto.defineOwnProperty("constructor", PropertyCell.data(constructor, PropertyCell.CONFIGURABLE));
        if (!name.equals("Function")) {
            proto.defineOwnProperty(org.minijs.interpreter.values.Symbol.TO_STRING_TAG,
                    PropertyCell.data(name, PropertyCell.CONFIGURABLE));
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
