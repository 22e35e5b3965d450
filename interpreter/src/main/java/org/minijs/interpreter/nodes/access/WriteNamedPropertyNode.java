package org.minijs.interpreter.nodes.access;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.objects.Shape;

/**
 * [[Set]] of a fixed property name on an ordinary object, with a polymorphic inline cache keyed on shapes: an
 * own writable data property is stored into its cell; a missing property is added along the cached shape
 * transition when the prototype chain is unchanged and does not have the name either (so no setter or read-only
 * property up the chain can intercept the assignment). Everything else takes OrdinarySet.
 */
public abstract class WriteNamedPropertyNode extends Node {
    protected final Object name;
    private final boolean strict;

    protected WriteNamedPropertyNode(Object name, boolean strict) {
        this.name = name;
        this.strict = strict;
    }

    public abstract void execute(Object base, Object value);

    @Specialization(guards = {"isOrdinary(obj)", "cachedShape != null", "index >= 0",
            "obj.shapeForCache(name) == cachedShape"}, limit = "3")
    protected void doOwn(JSObject obj, Object value,
                         @Cached("obj.shapeForCache(name)") Shape cachedShape,
                         @Cached("indexOf(cachedShape, name)") int index) {
        PropertyCell cell = obj.cellAt(index);
        if (!cell.accessor && cell.writable()) {
            cell.value = value;
        } else {
            PropertyAccess.set(obj, name, value, strict, this); // an accessor, or read-only: the generic path decides
        }
    }

    @Specialization(guards = {"isOrdinary(obj)", "cachedShape != null", "index < 0", "nextShape != null", "chain != null",
            "obj.shapeForCache(name) == cachedShape", "obj.isExtensible()", "chain.unchanged(obj)"}, limit = "3")
    protected void doAdd(JSObject obj, Object value,
                         @Cached("obj.shapeForCache(name)") Shape cachedShape,
                         @Cached("indexOf(cachedShape, name)") int index,
                         @Cached("cachedShape.transition(name)") Shape nextShape,
                         @Cached("create(obj, name)") PrototypeChainWithout chain) {
        obj.appendProperty(nextShape, PropertyCell.data(value, PropertyCell.ALL));
    }

    @Specialization(replaces = {"doOwn", "doAdd"})
    protected void doGeneric(Object base, Object value) {
        PropertyAccess.set(base, name, value, strict, this);
    }

    /** Plain objects only: subclasses may intercept [[Set]] or [[DefineOwnProperty]] (arrays, process.env...). */
    protected static boolean isOrdinary(JSObject obj) {
        return obj.getClass() == JSObject.class;
    }

    protected static int indexOf(Shape shape, Object name) {
        return shape == null ? -1 : shape.indexOf(name);
    }
}
