package org.minijs.interpreter.nodes.functions;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.nodes.JSNode;

/** The running function itself: the binding a named function expression has for its own name. */
public final class CalleeNode extends JSNode {
    @Override
    public Object execute(VirtualFrame frame) {
        return Arguments.callee(frame);
    }
}
