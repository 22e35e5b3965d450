package org.minijs.interpreter.nodes.access;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.minijs.interpreter.objects.JSArray;

/**
 * [[Set]] of {@code base[key] = value} with a computed key. An array element that exists or fills a hole
 * within the length is stored directly (the index may come unboxed, see {@link #executeIndex}); growing the
 * array, frozen or non-extensible arrays and every other base or key take the generic PutValue.
 */
public abstract class WriteElementNode extends Node {
    protected final boolean strict;

    protected WriteElementNode(boolean strict) {
        this.strict = strict;
    }

    public abstract void execute(Object base, Object key, Object value);

    /** The write with an index its parent computed unboxed (an int local, arithmetic). */
    public abstract void executeIndex(Object base, int index, Object value);

    @Specialization(guards = "index >= 0")
    protected void writeArrayElement(JSArray array, int index, Object value) {
        if (!array.setElementInBounds(index, value)) {
            PropertyAccess.set(array, index, value, strict, this);
        }
    }

    @Fallback
    protected void write(Object base, Object key, Object value) {
        PropertyAccess.set(base, key, value, strict, this);
    }
}
