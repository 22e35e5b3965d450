package org.minijs.interpreter.nodes.access;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.minijs.interpreter.objects.JSArray;

/**
 * [[Get]] of {@code base[key]} with a computed key. An array's element at an int index is read directly (the
 * index may come unboxed, see {@link #executeIndex}); holes, indexes past the end and every other base or key
 * take the generic GetValue.
 */
public abstract class ReadElementNode extends Node {

    public abstract Object execute(Object base, Object key);

    /** The read with an index its parent computed unboxed (an int local, arithmetic). */
    public abstract Object executeIndex(Object base, int index);

    @Specialization(guards = "index >= 0")
    protected Object readArrayElement(JSArray array, int index) {
        Object value = array.getElement(index);
        return value != null ? value : PropertyAccess.get(array, index, this);
    }

    @Fallback
    protected Object read(Object base, Object key) {
        return PropertyAccess.get(base, key, this);
    }
}
