package org.minijs.runtime.console;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.Set;

/**
 * node's util.format (formatWithOptionsInternal): when the first argument is a string, %s %d %i %f %j %o %O
 * %c and %% are replaced while arguments remain; every other argument is appended after a space, strings as
 * they are and anything else inspected.
 */
public final class Format {
    /** Constructors whose toString counts as built-in for %s (builtInObjects, for the ones this engine has). */
    /** node's builtInObjects: the capitalised globals of the language (those this engine has). */
    private static final Set<String> BUILT_IN = Set.of("Object", "Array", "Function", "Error", "TypeError",
            "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError", "AggregateError", "Promise",
            "Symbol", "Number", "String", "Boolean", "Date", "RegExp", "Map", "Set", "WeakMap", "WeakSet", "JSON",
            "Math", "Reflect");

    private Format() {
    }

    public static String format(Object[] args) {
        return format(args, UtilModule.defaults());
    }

    public static String format(Object[] args, InspectOptions options) {
        StringBuilder str = new StringBuilder();
        int a = 0;
        String join = "";
        if (args.length > 0 && args[0] instanceof String first) {
            if (args.length == 1) {
                return first;
            }
            int lastPos = 0;
            for (int i = 0; i < first.length() - 1; i++) {
                if (first.charAt(i) != '%') {
                    continue;
                }
                char next = first.charAt(++i);
                if (a + 1 != args.length) {
                    String temp;
                    switch (next) {
                        case 's' -> temp = formatString(args[++a], options);
                        case 'j' -> temp = stringify(args[++a]);
                        case 'd' -> temp = numberDirective(args[++a], false);
                        case 'O' -> temp = Inspect.inspect(args[++a], options);
                        case 'o' -> temp = Inspect.inspect(args[++a], options.withShowHidden(true).withDepth(4));
                        case 'i' -> temp = integerDirective(args[++a]);
                        case 'f' -> temp = numberDirective(args[++a], true);
                        case 'c' -> {
                            a++;
                            temp = "";
                        }
                        case '%' -> {
                            str.append(first, lastPos, i);
                            lastPos = i + 1;
                            continue;
                        }
                        default -> {
                            continue;
                        }
                    }
                    if (lastPos != i - 1) {
                        str.append(first, lastPos, i - 1);
                    }
                    str.append(temp);
                    lastPos = i + 1;
                } else if (next == '%') {
                    str.append(first, lastPos, i);
                    lastPos = i + 1;
                }
            }
            if (lastPos != 0) {
                a++;
                join = " ";
                if (lastPos < first.length()) {
                    str.append(first, lastPos, first.length());
                }
            }
        }
        for (; a < args.length; a++) {
            Object value = args[a];
            str.append(join);
            str.append(value instanceof String s ? s : Inspect.inspect(value, options));
            join = " ";
        }
        return str.toString();
    }

    /** %s: numbers keep -0; objects without their own toString are inspected at depth 0. */
    private static String formatString(Object arg, InspectOptions options) {
        if (JSRuntime.isNumber(arg)) {
            return Inspect.formatNumber(JSRuntime.toNumber(arg));
        }
        if (arg instanceof Symbol s) {
            return s.toString();
        }
        if (!(arg instanceof JSObject o) || arg instanceof JSFunction || !hasBuiltInToString(o)) {
            return JSRuntime.toString(arg);
        }
        return Inspect.inspect(arg, options.withDepth(0).withCompact(3));
    }

    /** hasBuiltInToString: the toString (or Symbol.toPrimitive) found on the chain belongs to a built-in. */
    private static boolean hasBuiltInToString(JSObject value) {
        boolean hasToString = value.get("toString") instanceof JSFunction;
        boolean hasToPrimitive = value.get(Symbol.TO_PRIMITIVE) instanceof JSFunction;
        if (!hasToString && !hasToPrimitive) {
            return true;
        }
        if (value.getOwnProperty("toString") != null || value.getOwnProperty(Symbol.TO_PRIMITIVE) != null) {
            return false;
        }
        JSObject pointer = value;
        do {
            pointer = pointer.getPrototypeOf();
        } while (pointer != null && !(hasToString && pointer.getOwnProperty("toString") != null)
                && !(hasToPrimitive && pointer.getOwnProperty(Symbol.TO_PRIMITIVE) != null));
        if (pointer == null) {
            return true;
        }
        PropertyCell ctor = pointer.getOwnProperty("constructor");
        return ctor != null && !ctor.accessor && ctor.value instanceof JSFunction f && BUILT_IN.contains(f.name());
    }

    private static String numberDirective(Object arg, boolean parseFloat) {
        if (arg instanceof Symbol) {
            return "NaN";
        }
        if (parseFloat) {
            return Inspect.formatNumber(callGlobal("parseFloat", arg));
        }
        return Inspect.formatNumber(JSRuntime.toNumber(arg instanceof JSObject o ? JSRuntime.toPrimitive(o, "number")
                : arg));
    }

    private static String integerDirective(Object arg) {
        if (arg instanceof Symbol) {
            return "NaN";
        }
        return Inspect.formatNumber(callGlobal("parseInt", arg));
    }

    private static double callGlobal(String name, Object arg) {
        JSRealm realm = JSRealm.get(null);
        JSFunction f = (JSFunction) realm.globalObject().get(name);
        return JSRuntime.toNumber(f.call(Undefined.INSTANCE, arg));
    }

    /** %j: JSON.stringify, with '[Circular]' for circular structures as tryStringify does. */
    private static String stringify(Object arg) {
        JSRealm realm = JSRealm.get(null);
        JSObject json = (JSObject) realm.globalObject().get("JSON");
        try {
            Object result = ((JSFunction) json.get("stringify")).call(json, arg);
            return JSRuntime.toString(result);
        } catch (JSException e) {
            if (e.value() instanceof JSObject err && "TypeError".equals(JSRuntime.toString(err.get("name")))
                    && JSRuntime.toString(err.get("message")).toLowerCase().contains("circular")) {
                return "[Circular]";
            }
            throw e;
        }
    }
}
