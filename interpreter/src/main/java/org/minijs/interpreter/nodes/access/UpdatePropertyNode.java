package org.minijs.interpreter.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.OperandsNode;
import org.minijs.interpreter.values.JSRuntime;

/** {@code ++o.x}, {@code o[k]--} ...: ToNumeric of the old value, plus or minus one, written back. */
public final class UpdatePropertyNode extends JSNode {
    @Child private OperandsNode target;
    private final Object name;
    private final int delta;
    private final boolean prefix;
    private final boolean strict;

    public UpdatePropertyNode(OperandsNode target, Object name, int delta, boolean prefix, boolean strict) {
        this.target = target;
        this.name = name;
        this.delta = delta;
        this.prefix = prefix;
        this.strict = strict;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] t = target.executeValues(frame);
        Object key = t.length > 1 ? t[1] : name;
        Object old = JSRuntime.number(JSRuntime.toNumber(PropertyAccess.get(t[0], key, this)));
        Object updated = JSRuntime.number(JSRuntime.toNumber(old) + delta);
        PropertyAccess.set(t[0], key, updated, strict, this);
        return prefix ? updated : old;
    }
}
