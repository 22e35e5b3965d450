package org.minijs.runtime.trace;

import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.promise.JSPromise;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Symbol;
import org.minijs.interpreter.values.Undefined;

/** Short, side-effect-free descriptions of values for traces (never calls into JavaScript). */
final class ValueDescriber {
    private ValueDescriber() {
    }

    static String describe(Object v) {
        if (v == null || v instanceof org.minijs.interpreter.nodes.variables.TemporalDeadZone) {
            return "<uninitialized>";
        }
        if (v instanceof String s) {
            String shown = s.length() > 40 ? s.substring(0, 37) + "..." : s;
            return "'" + shown.replace("\n", "\\n") + "'";
        }
        if (v instanceof JSPromise p) {
            return "Promise#" + p.id + " <" + p.state().name().toLowerCase() + ">";
        }
        if (v instanceof JSFunction f) {
            return "[Function: " + (f.name().isEmpty() ? "(anonymous)" : f.name()) + "]";
        }
        if (v instanceof JSArray a) {
            return "Array(" + a.length() + ")";
        }
        if (v instanceof JSObject o) {
            return o.className().equals("Object") ? "{...}" : o.className() + " {...}";
        }
        if (v instanceof Symbol s) {
            return s.toString();
        }
        if (v == Undefined.INSTANCE) {
            return "undefined";
        }
        if (JSRuntime.isNumber(v) || v instanceof Boolean || v == org.minijs.interpreter.values.Null.INSTANCE) {
            return JSRuntime.toString(v);
        }
        return "<" + v.getClass().getSimpleName() + ">"; // an engine-internal value (e.g. an iterator record)

    }
}
