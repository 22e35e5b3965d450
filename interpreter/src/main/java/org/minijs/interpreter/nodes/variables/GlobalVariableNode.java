package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.objects.JSObject;

/**
 * A name no scope declares: a property of the global object. Reading a missing one is a ReferenceError
 * (except under typeof); assigning creates it in sloppy code, as node does for an undeclared name.
 */
public final class GlobalVariableNode extends JSNode implements BindingWriter {
    private final String name;
    @Child private JSNode value; // null for a read
    private final boolean strict;

    public GlobalVariableNode(String name, JSNode value, boolean strict) {
        this.name = name;
        this.value = value;
        this.strict = strict;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        JSObject global = JSRealm.get(this).globalObject();
        if (value == null) {
            Object v = global.getIfPresent(name); // one walk of the chain: absent is a ReferenceError
            if (v == null) {
                throw Errors.referenceError(name + " is not defined", this);
            }
            return v;
        }
        return write(frame, value.execute(frame));
    }

    /** PutValue on the global reference (update expressions compute the value themselves). */
    @Override
    public Object write(VirtualFrame frame, Object v) {
        JSObject global = JSRealm.get(this).globalObject();
        if (strict && !global.hasProperty(name)) {
            throw Errors.referenceError(name + " is not defined", this);
        }
        org.minijs.interpreter.nodes.access.PropertyAccess.set(global, name, v, strict, this); // undefined = 1 throws in strict code
        return v;
    }

    /** The read that typeof performs: a missing name gives undefined instead of throwing. */
    public Object readOrUndefined() {
        JSObject global = JSRealm.get(this).globalObject();
        return global.get(name);
    }

    public boolean isRead() {
        return value == null;
    }

    public String name() {
        return name;
    }
}
