package org.minijs.interpreter.nodes.literals;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.OperandsNode;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;

/**
 * {@code { a: 1, [k]: v, get x() {}, ...o }}. The operands node evaluates, in source order, each computed key
 * (converted to a property key at once, see {@link KeyNode}) followed by each value (a spread copied at once,
 * see {@link SpreadNode}); then PropertyDefinitionEvaluation defines them in order.
 */
public final class ObjectLiteralNode extends JSNode {
    public enum Kind { INIT, GET, SET, SPREAD }

    /** One member: its kind, a fixed key or a computed one (taking an extra operand), and whether it is a method. */
    public record Member(Kind kind, Object key, boolean computed, boolean method) { }

    private final Member[] members;
    @Child private OperandsNode operands;

    public ObjectLiteralNode(Member[] members, OperandsNode operands) {
        this.members = members;
        this.operands = operands;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return build(JSRealm.get(this), operands.executeValues(frame));
    }

    @TruffleBoundary
    private JSObject build(JSRealm realm, Object[] values) {
        JSObject object = realm.newObject();
        int next = 0;
        for (Member m : members) {
            Object key = m.computed ? JSRuntime.toPropertyKey(values[next++]) : m.key;
            Object value = values[next++];
            if (m.method && value instanceof JSFunction f) {
                f.setHomeObject(object); // [[HomeObject]] for super.x inside the method
            }
            if (m.kind == Kind.INIT && !m.computed && !m.method && "__proto__".equals(m.key)) {
                // __proto__: value in a literal sets [[Prototype]] (B.3.1) instead of defining a property
                if (value instanceof JSObject proto) {
                    object.setPrototypeOf(proto);
                } else if (value == org.minijs.interpreter.values.Null.INSTANCE) {
                    object.setPrototypeOf(null);
                }
                continue;
            }
            switch (m.kind) {
                case INIT -> object.defineOwnProperty(key, PropertyCell.data(value, PropertyCell.ALL));
                case GET, SET -> {
                    if (value instanceof JSFunction f) {
                        f.defineOwnProperty("name", PropertyCell.data((m.kind == Kind.GET ? "get " : "set ")
                                + functionName(key), PropertyCell.CONFIGURABLE));
                    }
                    PropertyCell existing = object.getOwnProperty(key);
                    Object getter = existing != null && existing.accessor ? existing.getter : null;
                    Object setter = existing != null && existing.accessor ? existing.setter : null;
                    if (m.kind == Kind.GET) {
                        getter = value;
                    } else {
                        setter = value;
                    }
                    object.defineOwnProperty(key, PropertyCell.accessor(getter, setter,
                            PropertyCell.ENUMERABLE | PropertyCell.CONFIGURABLE));
                }
                case SPREAD -> copyDataProperties(object, value);
            }
            if (m.kind == Kind.INIT && m.computed && value instanceof JSFunction f && f.data().name.isEmpty()) {
                f.defineOwnProperty("name", PropertyCell.data(functionName(key), PropertyCell.CONFIGURABLE));
            }
        }
        return object;
    }

    /** A computed key: ToPropertyKey runs right after the key expression, before the value is evaluated. */
    public static final class KeyNode extends JSNode {
        @Child private JSNode key;

        public KeyNode(JSNode key) {
            this.key = key;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return JSRuntime.toPropertyKey(key.execute(frame));
        }
    }

    /**
     * {@code ...o}: CopyDataProperties runs at the spread's place in the literal (later members may change o);
     * the properties are kept in a plain object that the literal copies from.
     */
    public static final class SpreadNode extends JSNode {
        @Child private JSNode source;

        public SpreadNode(JSNode source) {
            this.source = source;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return snapshot(JSRealm.get(this), source.execute(frame));
        }

        @TruffleBoundary
        private static JSObject snapshot(JSRealm realm, Object value) {
            JSObject copy = new JSObject(null);
            copyDataProperties(copy, value);
            return copy;
        }
    }

    /** SetFunctionName's name for a property key: a symbol gives "[description]". */
    static String functionName(Object key) {
        if (key instanceof org.minijs.interpreter.values.Symbol s) {
            return s.description() == null ? "" : "[" + s.description() + "]";
        }
        return JSRuntime.toString(key);
    }

    /** CopyDataProperties: own enumerable properties of the source, read through [[Get]]. */
    @TruffleBoundary
    static void copyDataProperties(JSObject target, Object source) {
        if (source instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                target.defineOwnProperty(Integer.toString(i), PropertyCell.data(String.valueOf(s.charAt(i)), PropertyCell.ALL));
            }
            return;
        }
        if (!(source instanceof JSObject from)) {
            return;
        }
        for (Object key : from.ownPropertyKeys()) {
            PropertyCell cell = from.getOwnProperty(key);
            if (cell != null && cell.enumerable() && !(from instanceof JSArray && "length".equals(key))) {
                target.defineOwnProperty(key, PropertyCell.data(from.get(key), PropertyCell.ALL));
            }
        }
    }
}
