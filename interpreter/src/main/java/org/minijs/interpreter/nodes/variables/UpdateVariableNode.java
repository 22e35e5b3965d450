package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.JSRuntime;

/** {@code ++x}, {@code x--} ... on a variable: int fast path, else ToNumeric plus or minus one. */
public final class UpdateVariableNode extends JSNode {
    @Child private JSNode read;
    @Child private JSNode write; // a BindingWriter: a local, environment, immutable or global binding's writer
    private final int delta;
    private final boolean prefix;

    public UpdateVariableNode(JSNode read, JSNode write, int delta, boolean prefix) {
        assert write instanceof BindingWriter;
        this.read = read;
        this.write = write;
        this.delta = delta;
        this.prefix = prefix;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object old = read.execute(frame);
        Object oldNumber;
        Object updated;
        if (old instanceof Integer i && i != Integer.MAX_VALUE && i != Integer.MIN_VALUE) {
            oldNumber = old;
            updated = i + delta;
        } else {
            double d = JSRuntime.toNumber(old);
            oldNumber = JSRuntime.number(d);
            updated = JSRuntime.number(d + delta);
        }
        ((BindingWriter) write).write(frame, updated);
        return prefix ? updated : oldNumber;
    }
}
