package org.minijs.runtime;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSErrorObject;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.Undefined;

/**
 * node's internal errors (lib/internal/errors.js): a built-in error with an enumerable {@code code} and the
 * code in the stack header, e.g. {@code TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument ...}.
 */
public final class NodeErrors {
    private NodeErrors() {
    }

    /** ERR_INVALID_ARG_TYPE: 'The "name" argument must be of type T. Received ...'. */
    public static JSException invalidArgType(String name, String expected, Object actual) {
        JSRealm realm = JSRealm.get(null);
        String must = expected.startsWith("an instance of ") ? expected : "of type " + expected;
        return withCode(realm.typeErrorPrototype(), "ERR_INVALID_ARG_TYPE", "The \"" + name
                + "\" argument must be " + must + ". Received " + describe(actual));
    }

    public static JSException withCode(JSObject prototype, String code, String message) {
        return new JSException(create(prototype, code, message), null);
    }

    /**
     * require('internal/errors') for the modules written in JavaScript: codedError(TypeError, 'ERR_X', message)
     * and describe(value), the "Received ..." text.
     */
    public static JSObject module(JSRealm realm) {
        JSObject exports = realm.newObject();
        exports.set("codedError", realm.newBuiltinFunction("codedError", 3, (t, args, nt) ->
                create((JSObject) ((JSObject) args[0]).get("prototype"), JSRuntime.toString(args[1]),
                        JSRuntime.toString(args[2]))));
        exports.set("describe", realm.newBuiltinFunction("describe", 1, (t, args, nt) ->
                describe(args.length > 0 ? args[0] : Undefined.INSTANCE)));
        return exports;
    }

    /**
     * node's NodeError: the code in the stack's header and in toString ("TypeError [CODE]: message", an own
     * hidden method as node defines it), and as an enumerable own "code".
     */
    public static JSErrorObject create(JSObject prototype, String code, String message) {
        JSRealm realm = JSRealm.get(null);
        JSErrorObject error = Errors.createError(prototype, message, null);
        Object stack = error.get("stack");
        if (stack instanceof String s) {
            String name = JSRuntime.toString(error.get("name"));
            if (s.startsWith(name)) {
                error.defineHidden("stack", name + " [" + code + "]" + s.substring(name.length()));
            }
        }
        error.defineHidden("toString", realm.newBuiltinFunction("toString", 0, (t, args, nt) ->
                t instanceof JSObject o ? JSRuntime.toString(o.get("name")) + " [" + code + "]: "
                        + JSRuntime.toString(o.get("message")) : JSRuntime.toString(t)));
        error.defineOwnProperty("code", PropertyCell.data(code, PropertyCell.ALL));
        return error;
    }

    /** The "Received ..." tail of ERR_INVALID_ARG_TYPE (determineSpecificType). */
    public static String describe(Object value) {
        if (value == Undefined.INSTANCE || value == Null.INSTANCE) {
            return JSRuntime.toString(value);
        }
        if (value instanceof JSFunction f) {
            return "function " + f.name();
        }
        if (value instanceof JSObject o) {
            Object ctor = o.get("constructor");
            if (ctor instanceof JSObject c && c.hasProperty("name")) {
                return "an instance of " + JSRuntime.toString(c.get("name"));
            }
            return org.minijs.runtime.console.Inspect.inspect(o, org.minijs.runtime.console.InspectOptions.DEFAULTS.withDepth(-1));
        }
        if (value instanceof String s) {
            String shown = s.length() > 28 ? s.substring(0, 25) + "..." : s;
            return shown.indexOf('\'') < 0 ? "type string ('" + shown + "')"
                    : "type string (" + org.minijs.interpreter.builtins.JsonBuiltins.quote(shown) + ")";
        }
        if (JSRuntime.isNumber(value) && JSRuntime.toNumber(value) == 0 && 1 / JSRuntime.toNumber(value) < 0) {
            return "type number (-0)";
        }
        return "type " + JSRuntime.typeof(value) + " (" + JSRuntime.toDisplayString(value) + ")";
    }
}
