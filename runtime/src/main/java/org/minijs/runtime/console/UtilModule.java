package org.minijs.runtime.console;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;

/** require('util'): inspect (with its options object and inspect.custom), format, formatWithOptions. */
public final class UtilModule {
    private static final Map<JSRealm, JSFunction> INSPECT = new WeakHashMap<>();
    /** util.inspect.defaultOptions of each realm whose program required util (others use the defaults). */
    private static final Map<JSRealm, JSObject> DEFAULT_OPTIONS = new WeakHashMap<>();

    private UtilModule() {
    }

    public static JSObject create(JSRealm realm) {
        JSObject util = realm.newObject();
        util.set("inspect", inspectFunction(realm));
        util.set("format", realm.newBuiltinFunction("format", 0, (t, args, nt) -> Format.format(args)));
        JSFunction promisify = realm.newBuiltinFunction("promisify", 1, (t, args, nt) ->
                org.minijs.runtime.modules.PromiseApis.promisify(realm, args.length > 0 ? args[0] : Undefined.INSTANCE));
        promisify.set("custom", org.minijs.runtime.modules.PromiseApis.customSymbol(realm));
        util.set("promisify", promisify);
        util.set("formatWithOptions", realm.newBuiltinFunction("formatWithOptions", 1, (t, args, nt) ->
                Format.format(Arrays.copyOfRange(args, Math.min(1, args.length), args.length),
                        options(args.length > 0 ? args[0] : Undefined.INSTANCE))));
        util.set("types", UtilTypes.create(realm));
        return util;
    }

    /** util.inspect(value, options): the function object, created once per realm. */
    static JSFunction inspectFunction(JSRealm realm) {
        return INSPECT.computeIfAbsent(realm, r -> {
            JSFunction inspect = r.newBuiltinFunction("inspect", 2, (t, args, nt) -> Inspect.inspect(
                    args.length > 0 ? args[0] : Undefined.INSTANCE,
                    options(args.length > 1 ? args[1] : Undefined.INSTANCE)));
            inspect.set("custom", customInspectSymbol(r));
            JSObject defaults = defaultOptionsObject(r);
            DEFAULT_OPTIONS.put(r, defaults);
            // node: a getter for the object console.log and inspect read, a setter that assigns into it
            inspect.defineOwnProperty("defaultOptions", org.minijs.interpreter.objects.PropertyCell.accessor(
                    r.newBuiltinFunction("get", 0, (t, args, nt) -> defaults),
                    r.newBuiltinFunction("set", 1, (t, args, nt) -> {
                        if (!(args.length > 0 && args[0] instanceof JSObject o) || args[0] instanceof JSFunction) {
                            throw org.minijs.runtime.NodeErrors.invalidArgType("options", "object",
                                    args.length > 0 ? args[0] : Undefined.INSTANCE);
                        }
                        for (Object key : o.ownPropertyKeys()) {
                            var cell = o.getOwnProperty(key);
                            if (cell != null && cell.enumerable()) {
                                defaults.set(key, o.get(key));
                            }
                        }
                        return Undefined.INSTANCE;
                    }), 0));
            return inspect;
        });
    }

    /** node's inspectDefaultOptions, in its key order. */
    private static JSObject defaultOptionsObject(JSRealm realm) {
        InspectOptions d = InspectOptions.DEFAULTS;
        JSObject o = realm.newObject();
        o.set("showHidden", d.showHidden());
        o.set("depth", d.depth());
        o.set("colors", false);
        o.set("customInspect", d.customInspect());
        o.set("showProxy", false);
        o.set("maxArrayLength", d.maxArrayLength());
        o.set("maxStringLength", d.maxStringLength());
        o.set("breakLength", d.breakLength());
        o.set("compact", d.compact());
        o.set("sorted", false);
        o.set("getters", false);
        o.set("numericSeparator", false);
        return o;
    }

    /** The options console.log and util.inspect start from: util.inspect.defaultOptions as the program left them. */
    public static InspectOptions defaults() {
        JSObject d = DEFAULT_OPTIONS.isEmpty() ? null : DEFAULT_OPTIONS.get(JSRealm.get(null));
        return d == null ? InspectOptions.DEFAULTS : read(d, InspectOptions.DEFAULTS);
    }

    /** Symbol.for('nodejs.util.inspect.custom'), from the realm's own symbol registry. */
    public static Symbol customInspectSymbol(JSRealm realm) {
        if (!(realm.globalObject().get("Symbol") instanceof JSObject symbolCtor)
                || !(symbolCtor.get("for") instanceof JSFunction symbolFor)) {
            return null;
        }
        return (Symbol) symbolFor.call(symbolCtor, "nodejs.util.inspect.custom");
    }

    /** Reads an options object: depth (null = unlimited), breakLength, compact, showHidden, maxArrayLength... */
    public static InspectOptions options(Object value) {
        return value instanceof JSObject opts ? read(opts, defaults()) : defaults();
    }

    private static InspectOptions read(JSObject opts, InspectOptions base) {
        InspectOptions o = base;
        if (opts.hasProperty("depth")) {
            o = o.withDepth(limit(opts.get("depth")));
        }
        if (opts.hasProperty("breakLength")) {
            o = o.withBreakLength(limit(opts.get("breakLength")));
        }
        if (opts.hasProperty("compact")) {
            Object c = opts.get("compact");
            o = o.withCompact(c == Boolean.TRUE ? InspectOptions.COMPACT_TRUE
                    : c == Boolean.FALSE ? InspectOptions.COMPACT_FALSE : (int) JSRuntime.toNumber(c));
        }
        if (opts.hasProperty("showHidden")) {
            o = o.withShowHidden(JSRuntime.toBoolean(opts.get("showHidden")));
        }
        if (opts.hasProperty("maxArrayLength")) {
            o = o.withMaxArrayLength(limit(opts.get("maxArrayLength")));
        }
        if (opts.hasProperty("maxStringLength")) {
            o = o.withMaxStringLength(limit(opts.get("maxStringLength")));
        }
        if (opts.hasProperty("customInspect")) {
            o = o.withCustomInspect(JSRuntime.toBoolean(opts.get("customInspect")));
        }
        return o;
    }

    /** null and Infinity mean "no limit". */
    private static int limit(Object v) {
        if (v == Null.INSTANCE) {
            return InspectOptions.UNLIMITED;
        }
        double d = JSRuntime.toNumber(v);
        return d >= InspectOptions.UNLIMITED ? InspectOptions.UNLIMITED : (int) d;
    }
}
