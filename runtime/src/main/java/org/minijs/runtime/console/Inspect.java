package org.minijs.runtime.console;

import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.JSErrorObject;
import org.minijs.interpreter.objects.FunctionData;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.interpreter.collections.JSMapObject;
import org.minijs.interpreter.collections.JSWeakCollection;
import org.minijs.interpreter.collections.OrderedHashMap;
import org.minijs.interpreter.regexp.JSRegExp;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Null;
import org.minijs.interpreter.values.NumberFormatter;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * node's util.inspect (lib/internal/util/inspect.js), rule for rule, for the value kinds this engine has:
 * formatValue / formatRaw / formatProperty / reduceToSingleString with the same names, the circular
 * reference bookkeeping ({@code <ref *1>} and {@code [Circular *1]}), depth cut-off ({@code [Object]}),
 * class-named objects, functions, promises, errors and sparse arrays. One instance is one inspect() call
 * (node's ctx).
 */
public final class Inspect {
    private static final Pattern KEY_IDENTIFIER = Pattern.compile("^[a-zA-Z_][a-zA-Z_0-9]*$");
    private static final int MIN_LINE_LENGTH = 16;

    private enum Extras { OBJECT, ARRAY_ELEMENT, ARRAY_EXTRAS }

    private final InspectOptions options;
    private final List<JSObject> seen = new ArrayList<>();
    private Map<JSObject, Integer> circular;
    private int indentationLvl;
    private int currentDepth;
    private int depth;

    private Inspect(InspectOptions options) {
        this.options = options;
        this.depth = options.depth();
    }

    /** util.inspect(value) with the default options (what console.log uses for non-strings). */
    public static String inspect(Object value) {
        return inspect(value, UtilModule.defaults());
    }

    public static String inspect(Object value, InspectOptions options) {
        return new Inspect(options).formatValue(value, 0, false);
    }

    // ---- formatValue ------------------------------------------------------------------------------------

    private String formatValue(Object value, int recurseTimes, boolean typedArray) {
        if (!(value instanceof JSObject o)) {
            return formatPrimitive(value);
        }
        if (options.customInspect()) {
            String custom = customInspect(o, recurseTimes);
            if (custom != null) {
                return custom;
            }
        }
        if (seen.contains(o)) {
            if (circular == null) {
                circular = new IdentityHashMap<>();
            }
            Integer index = circular.get(o);
            if (index == null) {
                index = circular.size() + 1;
                circular.put(o, index);
            }
            return "[Circular *" + index + "]";
        }
        return formatRaw(o, recurseTimes);
    }

    /** value[util.inspect.custom](depth, options, inspect): its string result is used as is. */
    private String customInspect(JSObject o, int recurseTimes) {
        Symbol custom = customSymbol();
        if (custom == null) {
            return null;
        }
        Object fn = o.get(custom);
        if (!(fn instanceof JSFunction f)) {
            return null;
        }
        PropertyCell ctor = o.getOwnProperty("constructor");
        if (ctor != null && !ctor.accessor && ctor.value instanceof JSObject c && c.get("prototype") == o) {
            return null; // a prototype object: node filters these out
        }
        JSRealm realm = JSRealm.get(null);
        JSObject opts = realm.newObject();
        opts.set("depth", depth == InspectOptions.UNLIMITED ? Null.INSTANCE : (Object) depth);
        opts.set("breakLength", options.breakLength());
        opts.set("compact", options.compact());
        opts.set("showHidden", options.showHidden());
        Object depthArg = depth == InspectOptions.UNLIMITED ? Null.INSTANCE : (Object) (depth - recurseTimes);
        Object ret = f.call(o, depthArg, opts, UtilModule.inspectFunction(realm));
        if (ret == o) {
            return null;
        }
        if (!(ret instanceof String s)) {
            return formatValue(ret, recurseTimes, false);
        }
        return s.replace("\n", "\n" + " ".repeat(indentationLvl));
    }

    private static Symbol customSymbol() {
        return UtilModule.customInspectSymbol(JSRealm.get(null));
    }

    // ---- primitives -------------------------------------------------------------------------------------

    private String formatPrimitive(Object value) {
        if (value instanceof String s) {
            String trailer = "";
            if (s.length() > options.maxStringLength()) {
                int remaining = s.length() - options.maxStringLength();
                s = s.substring(0, options.maxStringLength());
                trailer = "... " + remaining + " more character" + (remaining > 1 ? "s" : "");
            }
            if (options.compact() != InspectOptions.COMPACT_TRUE && s.length() > MIN_LINE_LENGTH
                    && s.length() > options.breakLength() - indentationLvl - 4) {
                // Long strings are split after each newline and joined with " +".
                List<String> parts = new ArrayList<>();
                int start = 0;
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) == '\n') {
                        parts.add(StringEscape.quote(s.substring(start, i + 1)));
                        start = i + 1;
                    }
                }
                if (start < s.length()) {
                    parts.add(StringEscape.quote(s.substring(start)));
                }
                return String.join(" +\n" + " ".repeat(indentationLvl + 2), parts) + trailer;
            }
            return StringEscape.quote(s) + trailer;
        }
        return primitive(value);
    }

    /** A primitive other than a string, as inspect shows it (-0 keeps its sign). */
    static String primitive(Object value) {
        if (value instanceof String s) {
            return StringEscape.quote(s);
        }
        if (JSRuntime.isNumber(value)) {
            return formatNumber(JSRuntime.toNumber(value));
        }
        if (value instanceof Symbol s) {
            return s.toString();
        }
        if (value == Undefined.INSTANCE) {
            return "undefined";
        }
        if (value == Null.INSTANCE) {
            return "null";
        }
        return JSRuntime.toString(value);
    }

    static String formatNumber(double n) {
        if (n == 0 && 1 / n < 0) {
            return "-0";
        }
        return NumberFormatter.toString(n);
    }

    // ---- formatRaw --------------------------------------------------------------------------------------

    private String formatRaw(JSObject value, int recurseTimes) {
        String constructor = ConstructorNames.of(value, this::inspectPrototype);
        String tag = toStringTag(value);
        String base = "";
        String[] braces;
        Extras extrasType = Extras.OBJECT;
        List<Object> keys;
        Formatter formatter = (v, r) -> new ArrayList<>();

        if (value instanceof JSArray array) {
            String prefix = !"Array".equals(constructor) || !tag.isEmpty()
                    ? ConstructorNames.prefix(constructor, tag, "Array", "(" + array.length() + ")") : "";
            keys = nonIndexKeys(array);
            braces = new String[] {prefix + "[", "]"};
            if (array.length() == 0 && keys.isEmpty()) {
                return braces[0] + "]";
            }
            extrasType = Extras.ARRAY_EXTRAS;
            formatter = (v, r) -> formatArray(array, r);
        } else {
            keys = keys(value);
            braces = new String[] {"{", "}"};
            if (value instanceof JSFunction f) {
                base = functionBase(f, constructor, tag);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (value instanceof JSErrorObject || isErrorLike(value)) {
                base = ErrorFormatting.format(value, constructor, tag, keys, indentationLvl, options.showHidden());
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (value instanceof JSPromise promise) {
                braces[0] = ConstructorNames.prefix(constructor, tag, "Promise", "") + "{";
                formatter = (v, r) -> formatPromise(promise, r);
            } else if (value instanceof JSMapObject collection) {
                String kind = collection.isSet() ? "Set" : "Map";
                String prefix = ConstructorNames.prefix(constructor, tag, kind, "(" + collection.data.size() + ")");
                if (collection.data.size() == 0 && keys.isEmpty()) {
                    return prefix + "{}";
                }
                braces[0] = prefix + "{";
                formatter = (v, r) -> formatCollection(collection, r);
            } else if (value instanceof org.minijs.interpreter.collections.CollectionIteratorView iterator) {
                String type = iterator.isMapIterator() ? "Map" : "Set";
                String label = tag.equals(type + " Iterator") ? tag : (tag.isEmpty() ? "" : tag + "] [") + type + " Iterator";
                if (iterator.yieldsEntries()) {
                    label = label.replaceAll(" Iterator$", " Entries");
                }
                braces[0] = "[" + label + "] {";
                formatter = (v, r) -> formatIterator(iterator, r);
            } else if (value instanceof JSWeakCollection) {
                return ConstructorNames.prefix(constructor, tag, value.className(), "") + "{ <items unknown> }";
            } else if (value instanceof JSRegExp regexp) {
                base = "/" + regexp.escapedSource() + "/" + regexp.canonicalFlags();
                if (keys.isEmpty()) {
                    return base;
                }
            } else if ("Date".equals(value.className())) {
                base = dateBase(value);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (value instanceof org.minijs.interpreter.objects.JSPrimitiveObject boxed) {
                if (boxed instanceof org.minijs.interpreter.objects.JSStringObject) {
                    keys = nonIndexKeys(boxed);
                }
                base = boxedBase(boxed, constructor, tag);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if ("Object".equals(constructor)) {
                if ("Arguments".equals(value.className())) {
                    braces[0] = "[Arguments] {";
                } else if (!tag.isEmpty()) {
                    braces[0] = ConstructorNames.prefix(constructor, tag, "Object", "") + "{";
                }
                if (keys.isEmpty()) {
                    return braces[0] + "}";
                }
            } else {
                String style = ConstructorNames.prefix(constructor, tag, constructor == null
                        ? fallbackName(value, tag) : "", "");
                if (keys.isEmpty()) {
                    return style + "{}";
                }
                braces[0] = style + "{";
            }
        }

        if (recurseTimes > depth) {
            String name = ConstructorNames.prefix(constructor, tag, constructor == null
                    ? fallbackName(value, tag) : "", "");
            name = name.substring(0, name.length() - 1);
            return constructor != null ? "[" + name + "]" : name;
        }
        recurseTimes++;
        seen.add(value);
        currentDepth = recurseTimes;
        List<String> output = formatter.format(value, recurseTimes);
        for (Object key : keys) {
            output.add(formatProperty(value, recurseTimes, key, extrasType));
        }
        if (circular != null) {
            Integer index = circular.get(value);
            if (index != null) {
                String reference = "<ref *" + index + ">";
                base = base.isEmpty() ? reference : reference + " " + base;
            }
        }
        seen.remove(seen.size() - 1);
        return reduceToSingleString(output, base, braces, extrasType, recurseTimes, value);
    }

    private interface Formatter {
        List<String> format(JSObject value, int recurseTimes);
    }

    /** internalGetConstructorName as the fallback name of a null-prototype object ("Object"). */
    private static String fallbackName(JSObject value, String tag) {
        String name = value.className();
        return name.equals(tag) ? "Object" : name;
    }

    /** How getConstructorName shows a prototype without a usable constructor: inspect with depth -1. */
    private String inspectPrototype(JSObject proto) {
        return new Inspect(options.withDepth(-1).withCustomInspect(false)).formatValue(proto, 0, false);
    }

    private static String toStringTag(JSObject value) {
        Object tag = value.get(Symbol.TO_STRING_TAG);
        if (!(tag instanceof String s) || s.isEmpty()) {
            return "";
        }
        PropertyCell own = value.getOwnProperty(Symbol.TO_STRING_TAG);
        // Only shown when it is not an own enumerable property (otherwise it is printed as a key already).
        return own != null && own.enumerable() ? "" : s;
    }

    /** isError for objects that are not engine errors: node also treats objects inheriting Error.prototype so. */
    private static boolean isErrorLike(JSObject value) {
        JSObject errorPrototype = JSRealm.get(null).errorPrototype();
        for (JSObject p = value.getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
            if (p == errorPrototype) {
                return value.getOwnProperty("stack") != null;
            }
        }
        return false;
    }

    // ---- keys -------------------------------------------------------------------------------------------

    /** getKeys: Object.keys plus enumerable own symbols; with showHidden every own key. */
    private List<Object> keys(JSObject value) {
        List<Object> strings = new ArrayList<>();
        List<Object> symbols = new ArrayList<>();
        for (Object key : value.ownPropertyKeys()) {
            PropertyCell cell = value.getOwnProperty(key);
            if (cell == null || (!options.showHidden() && !cell.enumerable())) {
                continue;
            }
            (key instanceof Symbol ? symbols : strings).add(key);
        }
        strings.addAll(symbols);
        return strings;
    }

    /** getOwnNonIndexProperties: an array's own keys that are not indices. */
    private List<Object> nonIndexKeys(JSObject array) {
        List<Object> keys = new ArrayList<>();
        for (Object key : keys(array)) {
            if (!(key instanceof String s && org.minijs.interpreter.objects.ArrayIndex.parse(s) >= 0)) {
                keys.add(key);
            }
        }
        return keys;
    }

    // ---- kinds ------------------------------------------------------------------------------------------

    /** getBoxedBase: [Number: 3], [String: 'ab'], [Boolean (MyBool): true], [Symbol: Symbol(s)]. */
    private String boxedBase(org.minijs.interpreter.objects.JSPrimitiveObject boxed, String constructor, String tag) {
        String type = boxed.className();
        StringBuilder b = new StringBuilder("[").append(type);
        if (!type.equals(constructor)) {
            b.append(constructor == null ? " (null prototype)" : " (" + constructor + ")");
        }
        b.append(": ").append(formatPrimitive(boxed.primitiveValue())).append(']');
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            b.append(" [").append(tag).append(']');
        }
        return b.toString();
    }

    /** getFunctionBase: [Function: f], [AsyncFunction: f], [GeneratorFunction: g], [class X extends Y]. */
    private static String functionBase(JSFunction f, String constructor, String tag) {
        FunctionData data = f.data();
        String name = f.get("name") instanceof String s ? s : f.name();
        if (data.isClassConstructor()) {
            StringBuilder b = new StringBuilder("[class ").append(
                    f.getOwnProperty("name") != null && !name.isEmpty() ? name : "(anonymous)");
            if (!"Function".equals(constructor) && constructor != null) {
                b.append(" [").append(constructor).append(']');
            }
            if (!tag.isEmpty() && !tag.equals(constructor)) {
                b.append(" [").append(tag).append(']');
            }
            if (constructor != null) {
                if (f.getPrototypeOf() instanceof JSFunction parent && !parent.name().isEmpty()) {
                    b.append(" extends ").append(parent.name());
                }
            } else {
                b.append(" extends [null prototype]");
            }
            return b.append(']').toString();
        }
        String type = "Function";
        if (data.isGenerator()) {
            type = "Generator" + type;
        }
        if (data.isAsync()) {
            type = "Async" + type;
        }
        StringBuilder b = new StringBuilder("[").append(type);
        if (constructor == null) {
            b.append(" (null prototype)");
        }
        if (name.isEmpty()) {
            b.append(" (anonymous)");
        } else {
            b.append(": ").append(name);
        }
        b.append(']');
        // The engine has no %AsyncFunction.prototype% yet: an async function's constructor reads "Function",
        // which node would never show for a plain async function, so it counts as its own type.
        boolean sameType = type.equals(constructor) || ("Function".equals(constructor) && !type.equals("Function"));
        if (!sameType && constructor != null) {
            b.append(' ').append(constructor);
        }
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            b.append(" [").append(tag).append(']');
        }
        return b.toString();
    }

    /** formatSet / formatMap: values, or "key => value" entries, in insertion order. */
    private List<String> formatCollection(JSMapObject collection, int recurseTimes) {
        List<String> output = new ArrayList<>();
        indentationLvl += 2;
        OrderedHashMap data = collection.data;
        int maxLength = Math.min(Math.max(0, options.maxArrayLength()), data.size());
        int i = 0;
        for (OrderedHashMap.Entry e = data.next(data.start()); e != null && i < maxLength; e = data.next(e), i++) {
            output.add(collection.isSet() ? formatValue(e.key, recurseTimes, false)
                    : formatValue(e.key, recurseTimes, false) + " => " + formatValue(e.value, recurseTimes, false));
        }
        int remaining = data.size() - maxLength;
        if (remaining > 0) {
            output.add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
        }
        indentationLvl -= 2;
        return output;
    }

    /** formatIterator: the items a Map or Set iterator has left, entries as [ key, value ] pairs. */
    private List<String> formatIterator(org.minijs.interpreter.collections.CollectionIteratorView iterator,
                                        int recurseTimes) {
        List<Object> items = iterator.remaining();
        boolean pairs = iterator.yieldsEntries();
        int length = pairs ? items.size() / 2 : items.size();
        int maxLength = Math.min(Math.max(0, options.maxArrayLength()), length);
        List<String> output = new ArrayList<>();
        indentationLvl += 2;
        for (int i = 0; i < maxLength; i++) {
            if (pairs) {
                List<String> pair = new ArrayList<>(List.of(formatValue(items.get(2 * i), recurseTimes, false),
                        formatValue(items.get(2 * i + 1), recurseTimes, false)));
                output.add(reduceToSingleString(pair, "", new String[] {"[", "]"}, Extras.ARRAY_EXTRAS, recurseTimes,
                        null));
            } else {
                output.add(formatValue(items.get(i), recurseTimes, false));
            }
        }
        indentationLvl -= 2;
        int remaining = length - maxLength;
        if (remaining > 0) {
            output.add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
        }
        return output;
    }

    /** A Date prints as its ISO string (or "Invalid Date"), as node's formatRaw does. */
    private static String dateBase(JSObject date) {
        try {
            Object iso = date.get("toISOString") instanceof JSFunction f ? f.call(date) : null;
            return iso instanceof String s ? s : "Invalid Date";
        } catch (org.minijs.interpreter.errors.JSException e) {
            return "Invalid Date";
        }
    }

    private List<String> formatPromise(JSPromise promise, int recurseTimes) {
        List<String> output = new ArrayList<>();
        if (promise.state() == JSPromise.State.PENDING) {
            output.add("<pending>");
        } else {
            indentationLvl += 2;
            String str = formatValue(promise.result(), recurseTimes, false);
            indentationLvl -= 2;
            output.add(promise.state() == JSPromise.State.REJECTED ? "<rejected> " + str : str);
        }
        return output;
    }

    /** formatArray and formatSpecialArray: holes become "<n empty items>", past maxArrayLength "... n more". */
    private List<String> formatArray(JSArray array, int recurseTimes) {
        int valLen = array.length();
        int len = Math.min(Math.max(0, options.maxArrayLength()), valLen);
        List<String> output = new ArrayList<>();
        int index = 0;
        while (index < valLen && output.size() < len) {
            Object element = array.getElement(index);
            if (element == null) {
                int next = index;
                while (next < valLen && array.getElement(next) == null) {
                    next++;
                }
                if (next == valLen) {
                    break; // trailing holes are reported below
                }
                int empty = next - index;
                output.add("<" + empty + " empty item" + (empty > 1 ? "s" : "") + ">");
                index = next;
                continue;
            }
            output.add(formatArrayValue(element, recurseTimes));
            index++;
        }
        int remaining = valLen - index;
        if (output.size() != len) {
            if (remaining > 0) {
                output.add("<" + remaining + " empty item" + (remaining > 1 ? "s" : "") + ">");
            }
        } else if (remaining > 0) {
            output.add("... " + remaining + " more item" + (remaining > 1 ? "s" : ""));
        }
        return output;
    }

    private String formatArrayValue(Object element, int recurseTimes) {
        indentationLvl += 2;
        String str = formatValue(element, recurseTimes, false);
        indentationLvl -= 2;
        return str;
    }

    // ---- properties -------------------------------------------------------------------------------------

    private String formatProperty(JSObject value, int recurseTimes, Object key, Extras type) {
        PropertyCell desc = value.getOwnProperty(key);
        String str;
        String extra = " ";
        if (desc == null || (!desc.accessor && desc.value != Undefined.INSTANCE)) {
            Object v = desc == null ? value.get(key) : desc.value;
            int diff = options.compact() != InspectOptions.COMPACT_TRUE || type != Extras.OBJECT ? 2 : 3;
            indentationLvl += diff;
            str = formatValue(v, recurseTimes, false);
            if (diff == 3 && options.breakLength() < str.length()) {
                extra = "\n" + " ".repeat(indentationLvl);
            }
            indentationLvl -= diff;
        } else if (desc.accessor && desc.getter != null) {
            str = desc.setter != null ? "[Getter/Setter]" : "[Getter]";
        } else if (desc.accessor && desc.setter != null) {
            str = "[Setter]";
        } else {
            str = "undefined";
        }
        if (type == Extras.ARRAY_ELEMENT) {
            return str;
        }
        String name;
        if (key instanceof Symbol s) {
            name = "[" + StringEscape.escapeSequences(s.toString()) + "]";
        } else if ("__proto__".equals(key)) {
            name = "['__proto__']";
        } else if (desc != null && !desc.enumerable()) {
            name = "[" + StringEscape.escapeSequences((String) key) + "]";
        } else if (KEY_IDENTIFIER.matcher((String) key).matches()) {
            name = (String) key;
        } else {
            name = StringEscape.quote((String) key);
        }
        return name + ":" + extra + str;
    }

    // ---- line breaking ----------------------------------------------------------------------------------

    private String reduceToSingleString(List<String> output, String base, String[] braces, Extras extrasType,
                                        int recurseTimes, JSObject value) {
        if (options.compact() != InspectOptions.COMPACT_TRUE) {
            if (options.compact() >= 1) {
                int entries = output.size();
                if (extrasType == Extras.ARRAY_EXTRAS && entries > 6) {
                    output = ArrayGrouping.group(output, indentationLvl, options, allNumbers(value, output.size()),
                            options.maxArrayLength() < output.size());
                }
                if (currentDepth - recurseTimes < options.compact() && entries == output.size()) {
                    int start = output.size() + indentationLvl + braces[0].length() + base.length() + 10;
                    if (isBelowBreakLength(output, start, base)) {
                        String joined = String.join(", ", output);
                        if (joined.indexOf('\n') < 0) {
                            return (base.isEmpty() ? "" : base + " ") + braces[0] + " " + joined + " " + braces[1];
                        }
                    }
                }
            }
            String indentation = "\n" + " ".repeat(indentationLvl);
            return (base.isEmpty() ? "" : base + " ") + braces[0] + indentation + "  "
                    + String.join("," + indentation + "  ", output) + indentation + braces[1];
        }
        if (isBelowBreakLength(output, 0, base)) {
            return braces[0] + (base.isEmpty() ? "" : " " + base) + " " + String.join(", ", output) + " "
                    + braces[1];
        }
        String indentation = " ".repeat(indentationLvl);
        String ln = base.isEmpty() && braces[0].length() == 1 ? " "
                : (base.isEmpty() ? "" : " " + base) + "\n" + indentation + "  ";
        return braces[0] + ln + String.join(",\n" + indentation + "  ", output) + " " + braces[1];
    }

    /** Whether position i of the array holds a number for every output position (padStart alignment). */
    private static boolean allNumbers(JSObject value, int outputSize) {
        if (!(value instanceof JSArray array)) {
            return false;
        }
        for (int i = 0; i < outputSize; i++) {
            Object v = i < array.length() ? array.getElement(i) : null;
            if (!JSRuntime.isNumber(v)) {
                return false;
            }
        }
        return true;
    }

    private boolean isBelowBreakLength(List<String> output, int start, String base) {
        int totalLength = output.size() + start;
        if (totalLength + output.size() > options.breakLength()) {
            return false;
        }
        for (String entry : output) {
            totalLength += entry.length();
            if (totalLength > options.breakLength()) {
                return false;
            }
        }
        return base.isEmpty() || base.indexOf('\n') < 0;
    }
}
