package org.minijs.interpreter.nodes.literals;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.OperandsNode;
import org.minijs.interpreter.nodes.functions.SpreadNode;
import org.minijs.interpreter.objects.JSArray;

import java.util.ArrayList;
import java.util.List;

/** {@code [a, , ...b]}: holes stay holes (null elements), spreads are expanded through the iterator protocol. */
public final class ArrayLiteralNode extends JSNode {
    @Child private OperandsNode elements;

    public ArrayLiteralNode(OperandsNode elements) {
        this.elements = elements;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return build(JSRealm.get(this), elements.executeValues(frame));
    }

    @TruffleBoundary
    private static JSArray build(JSRealm realm, Object[] values) {
        List<Object> list = new ArrayList<>(values.length);
        for (Object v : values) {
            if (v instanceof SpreadNode.Spread spread) {
                list.addAll(spread.values());
            } else {
                list.add(v == HoleNode.HOLE ? null : v);
            }
        }
        return new JSArray(realm.arrayPrototype(), list);
    }

    /** An elision in an array literal. */
    public static final class HoleNode extends JSNode {
        static final Object HOLE = new Object();

        @Override
        public Object execute(VirtualFrame frame) {
            return HOLE;
        }
    }
}
