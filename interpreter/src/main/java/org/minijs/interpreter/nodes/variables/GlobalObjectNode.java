package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.nodes.JSNode;

/** The global object, as the base of an update to an undeclared name. */
public final class GlobalObjectNode extends JSNode {
    @Override
    public Object execute(VirtualFrame frame) {
        return JSRealm.get(this).globalObject();
    }
}
