package org.minijs.interpreter.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import org.minijs.interpreter.objects.JSFunction;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.objects.Shape;
import org.minijs.interpreter.values.Undefined;

/**
 * [[Get]] of a fixed property name with a polymorphic inline cache keyed on shapes: an own property of the
 * receiver's shape, or a property of its prototype (the receiver's shape lacks the name, its prototype is the
 * cached object and still has the cached shape). Other bases and shapes take the generic path.
 */
public abstract class ReadNamedPropertyNode extends Node {
    protected final Object name;

    protected ReadNamedPropertyNode(Object name) {
        this.name = name;
    }

    public abstract Object execute(Object base);

    @Specialization(guards = {"cachedShape != null", "index >= 0", "obj.shapeForCache(name) == cachedShape"}, limit = "3")
    protected Object doOwn(JSObject obj,
                           @Cached("obj.shapeForCache(name)") Shape cachedShape,
                           @Cached("indexOf(cachedShape, name)") int index) {
        return read(obj.cellAt(index), obj);
    }

    // The prototype's shape is checked through obj: a guard on cached values alone would be checked only when
    // the cache entry is made, and a prototype that changes shape later (a delete, dictionary mode) would be
    // read at a stale index.
    @Specialization(guards = {"cachedShape != null", "ownIndex < 0", "protoShape != null", "protoIndex >= 0",
            "obj.shapeForCache(name) == cachedShape", "obj.getPrototypeOf() == cachedProto",
            "obj.getPrototypeOf().shapeForCache(name) == protoShape"}, limit = "3")
    protected Object doPrototype(JSObject obj,
                                 @Cached("obj.shapeForCache(name)") Shape cachedShape,
                                 @Cached("indexOf(cachedShape, name)") int ownIndex,
                                 @Cached("obj.getPrototypeOf()") JSObject cachedProto,
                                 @Cached("shapeOf(cachedProto, name)") Shape protoShape,
                                 @Cached("indexOf(protoShape, name)") int protoIndex) {
        return read(cachedProto.cellAt(protoIndex), obj);
    }

    @Specialization(replaces = {"doOwn", "doPrototype"})
    protected Object doGeneric(Object base) {
        return PropertyAccess.get(base, name, this);
    }

    protected static int indexOf(Shape shape, Object name) {
        return shape == null ? -1 : shape.indexOf(name);
    }

    protected static Shape shapeOf(JSObject object, Object name) {
        return object == null ? null : object.shapeForCache(name);
    }

    private Object read(PropertyCell cell, JSObject receiver) {
        if (!cell.accessor) {
            return cell.value;
        }
        return callGetter(cell, receiver);
    }

    @TruffleBoundary
    private Object callGetter(PropertyCell cell, JSObject receiver) {
        return cell.getter instanceof JSFunction g ? g.callFrom(this, receiver) : Undefined.INSTANCE;
    }
}
