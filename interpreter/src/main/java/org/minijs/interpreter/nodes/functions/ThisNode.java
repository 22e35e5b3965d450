package org.minijs.interpreter.nodes.functions;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.JSRuntime;

/**
 * ResolveThisBinding: an arrow's this is the one it captured; sloppy functions called without a receiver see
 * the global object; strict ones see what they were given.
 */
public final class ThisNode extends JSNode {
    private final boolean lexical;
    private final boolean strict;

    public ThisNode(boolean lexical, boolean strict) {
        this.lexical = lexical;
        this.strict = strict;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (lexical) {
            return Arguments.callee(frame).lexicalThis();
        }
        Object thisValue = Arguments.thisValue(frame);
        if (!strict && JSRuntime.isNullish(thisValue)) {
            return JSRealm.get(this).globalObject();
        }
        return thisValue;
    }
}
