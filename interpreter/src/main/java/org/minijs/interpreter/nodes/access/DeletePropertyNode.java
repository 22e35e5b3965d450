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
    private final boolean optional; // delete a?.b: true, and nothing deleted, when a is nullish

    public DeletePropertyNode(OperandsNode target, Object name, boolean strict) {
        this(target, name, strict, false);
    }

    public DeletePropertyNode(OperandsNode target, Object name, boolean strict, boolean optional) {
        this.target = target;
        this.name = name;
        this.strict = strict;
        this.optional = optional;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] t = target.executeValues(frame);
        if (optional && JSRuntime.isNullish(t[0])) {
            return true;
        }
        JSObject o = JSRuntime.toObject(t[0]); // delete 'abc'[0] asks the String wrapper (and is false)
        Object key = JSRuntime.toPropertyKey(t.length > 1 ? t[1] : name);
        boolean deleted = o.delete(key);
        if (!deleted && strict) {
            throw Errors.typeError("Cannot delete property '" + (key instanceof String s ? s : key.toString())
                    + "' of " + PropertyAccess.describe(o), this);
        }
        return deleted;
    }
}
