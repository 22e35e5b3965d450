package org.minijs.interpreter.nodes.patterns;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.iteration.IteratorRecord;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The steps of BindingInitialization / DestructuringAssignmentEvaluation. The translator lowers a pattern into
 * ordinary nodes around these: the value being destructured and the iterator record live in frame slots.
 */
public final class DestructuringNodes {
    private DestructuringNodes() {
    }

    /**
     * RequireObjectCoercible before an object pattern reads properties, with V8's messages: naming the first
     * property when it has a plain key, or, for a pattern nested in a property ({a: {b}}), as the read of it.
     */
    public static final class RequireObjectCoercibleNode extends JSNode {
        @Child private JSNode value;
        private final String firstKey; // null: no properties, or a computed first key
        private final String sourceText; // the declaration's initializer as V8 prints it, or null
        private final boolean nested;
        private final boolean parameter;

        public RequireObjectCoercibleNode(JSNode value, String firstKey, String sourceText, boolean nested,
                                          boolean parameter) {
            this.value = value;
            this.firstKey = firstKey;
            this.sourceText = sourceText;
            this.nested = nested;
            this.parameter = parameter;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            if (JSRuntime.isNullish(v)) {
                String s = JSRuntime.toString(v);
                // a parameter has no source text: V8 describes null by its type, "object null"
                String shown = sourceText != null ? sourceText
                        : parameter && v == org.minijs.interpreter.values.Null.INSTANCE ? "object null" : s;
                throw Errors.typeError(firstKey == null ? "Cannot destructure '" + shown + "' as it is " + s + "."
                        : nested ? "Cannot read properties of " + s + " (reading '" + firstKey + "')"
                        : "Cannot destructure property '" + firstKey + "' of '" + shown + "' as it is " + s + ".", this);
            }
            return v;
        }
    }

    /** {@code target = default}: the default is evaluated only when the value is undefined. */
    public static final class DefaultValueNode extends JSNode {
        @Child private JSNode value;
        @Child private JSNode defaultValue;

        public DefaultValueNode(JSNode value, JSNode defaultValue) {
            this.value = value;
            this.defaultValue = defaultValue;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            return v == Undefined.INSTANCE ? defaultValue.execute(frame) : v;
        }
    }

    /** GetIterator(value, sync), as an IteratorRecord value to keep in a frame slot. */
    public static final class GetIteratorNode extends JSNode {
        @Child private JSNode iterable;
        private final String sourceText; // the declaration's initializer as V8 names it, or null

        public GetIteratorNode(JSNode iterable, String sourceText) {
            this.iterable = iterable;
            this.sourceText = sourceText;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return IteratorRecord.forPattern(JSRealm.get(this), iterable.execute(frame), sourceText,
                    iterable.getSourceSection() != null ? iterable : this) /* V8: at the initializer */;
        }
    }

    /** One element of an array pattern: the next value, or undefined once the iterator is done. */
    public static final class IteratorStepValueNode extends JSNode {
        @Child private JSNode record;

        public IteratorStepValueNode(JSNode record) {
            this.record = record;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = ((IteratorRecord) record.execute(frame)).stepValue();
            return v == null ? Undefined.INSTANCE : v;
        }
    }

    /** {@code ...rest} of an array pattern: the remaining values in a new array. */
    public static final class IteratorRestNode extends JSNode {
        @Child private JSNode record;

        public IteratorRestNode(JSNode record) {
            this.record = record;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return rest(JSRealm.get(this), (IteratorRecord) record.execute(frame));
        }

        @TruffleBoundary
        private static JSArray rest(JSRealm realm, IteratorRecord it) {
            List<Object> values = new ArrayList<>();
            for (Object v = it.stepValue(); v != null; v = it.stepValue()) {
                values.add(v);
            }
            return new JSArray(realm.arrayPrototype(), values);
        }
    }

    /** After the elements: IteratorClose when the pattern did not exhaust the iterator. */
    public static final class IteratorCloseNode extends JSNode {
        @Child private JSNode record;

        public IteratorCloseNode(JSNode record) {
            this.record = record;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            ((IteratorRecord) record.execute(frame)).close();
            return Undefined.INSTANCE;
        }
    }

    /** {@code ...rest} of an object pattern: CopyDataProperties excluding the keys already taken. */
    public static final class ObjectRestNode extends JSNode {
        @Child private JSNode source;
        @Children private final JSNode[] excludedKeys;

        public ObjectRestNode(JSNode source, JSNode[] excludedKeys) {
            this.source = source;
            this.excludedKeys = excludedKeys;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object from = source.execute(frame);
            Set<Object> excluded = new HashSet<>();
            for (JSNode k : excludedKeys) {
                excluded.add(JSRuntime.toPropertyKey(k.execute(frame)));
            }
            return copy(JSRealm.get(this), from, excluded);
        }

        @TruffleBoundary
        private static JSObject copy(JSRealm realm, Object from, Set<Object> excluded) {
            JSObject target = realm.newObject();
            if (from instanceof JSObject o) {
                for (Object key : o.ownPropertyKeys()) {
                    PropertyCell cell = o.getOwnProperty(key);
                    if (cell != null && cell.enumerable() && !excluded.contains(key)
                            && !(o instanceof JSArray && "length".equals(key))) {
                        target.defineOwnProperty(key, PropertyCell.data(o.get(key), PropertyCell.ALL));
                    }
                }
            } else if (from instanceof String s) {
                for (int i = 0; i < s.length(); i++) {
                    if (!excluded.contains(Integer.toString(i))) {
                        target.defineOwnProperty(Integer.toString(i), PropertyCell.data(String.valueOf(s.charAt(i)), PropertyCell.ALL));
                    }
                }
            }
            return target;
        }
    }
}
