package org.minijs.interpreter.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.OperandsNode;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;

/** {@code delete o.x} / {@code delete o[k]}. */
public final class DeletePropertyNode extends JSNode {
    @Child private OperandsNode target;
    private final Object name;
    private final boolean strict;

    public DeletePropertyNode(OperandsNode target, Object name, boolean strict) {
        this.target = target;
        this.name = name;
        this.strict = strict;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] t = target.executeValues(frame);
        Object key = JSRuntime.toPropertyKey(t.length > 1 ? t[1] : name);
        if (!(t[0] instanceof JSObject o)) {
            return true;
        }
        boolean deleted = o.delete(key);
        if (!deleted && strict) {
            throw Errors.typeError("Cannot delete property '" + key + "' of object", this);
        }
        return deleted;
    }
}
