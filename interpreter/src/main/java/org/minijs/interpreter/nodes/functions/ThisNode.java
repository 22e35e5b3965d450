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
    private final int thisSlot; // derived constructors keep this in a slot until super() binds it; else -1

    public ThisNode(boolean lexical, boolean strict, int thisSlot) {
        this.lexical = lexical;
        this.strict = strict;
        this.thisSlot = thisSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (thisSlot >= 0) {
            Object t = frame.getObject(thisSlot);
            if (t == org.minijs.interpreter.nodes.variables.TemporalDeadZone.UNINITIALIZED) {
                throw org.minijs.interpreter.errors.Errors.referenceError("Must call super constructor in derived "
                        + "class before accessing 'this' or returning from derived constructor", this);
            }
            return t;
        }
        if (lexical) {
            return Arguments.callee(frame).lexicalThis();
        }
        Object thisValue = Arguments.thisValue(frame);
        if (!strict) {
            // OrdinaryCallBindThis in sloppy code: undefined/null become the global object, primitives objects
            if (JSRuntime.isNullish(thisValue)) {
                return JSRealm.get(this).globalObject();
            }
            if (!(thisValue instanceof org.minijs.interpreter.objects.JSObject)) {
                return JSRuntime.toObject(thisValue);
            }
        }
        return thisValue;
    }
}
