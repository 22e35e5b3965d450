package org.minijs.interpreter.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.Shape;

import java.util.ArrayList;
import java.util.List;

/**
 * The prototype chain of an object as an inline cache saw it, each prototype with its shape, none of them
 * having a given key. While every prototype is the same object with the same shape (adding or deleting a key
 * changes a shape; a dictionary-mode object has none), the key is still absent from the whole chain.
 */
public final class PrototypeChainWithout {
    private static final int MAX_DEPTH = 8;

    private final Object key;
    @CompilationFinal(dimensions = 1) private final JSObject[] prototypes;
    @CompilationFinal(dimensions = 1) private final Shape[] shapes;

    private PrototypeChainWithout(Object key, JSObject[] prototypes, Shape[] shapes) {
        this.key = key;
        this.prototypes = prototypes;
        this.shapes = shapes;
    }

    /** The chain above {@code object}, or null when it cannot be cached (exotic or dictionary-mode prototypes, the key present, too deep). */
    public static PrototypeChainWithout create(JSObject object, Object key) {
        List<JSObject> protos = new ArrayList<>();
        List<Shape> shapes = new ArrayList<>();
        for (JSObject p = object.getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
            Shape shape = p.shapeForCache(key);
            if (shape == null || shape.indexOf(key) >= 0 || protos.size() == MAX_DEPTH) {
                return null;
            }
            protos.add(p);
            shapes.add(shape);
        }
        return new PrototypeChainWithout(key, protos.toArray(new JSObject[0]), shapes.toArray(new Shape[0]));
    }

    @ExplodeLoop
    public boolean unchanged(JSObject object) {
        JSObject p = object.getPrototypeOf();
        for (int i = 0; i < prototypes.length; i++) {
            if (p != prototypes[i] || p.shapeForCache(key) != shapes[i]) {
                return false;
            }
            p = p.getPrototypeOf();
        }
        return p == null;
    }
}
