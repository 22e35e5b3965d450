package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;

/**
 * An assignment to an immutable binding (an import, a function expression's own name): the value is evaluated,
 * then the TypeError of a const assignment, or, for a function's own name in sloppy code, nothing at all
 * (SetMutableBinding of an immutable binding throws only in strict code).
 */
public final class ImmutableBindingWriteNode extends JSNode implements BindingWriter {
    @Child private JSNode value;
    private final boolean strict;

    public ImmutableBindingWriteNode(JSNode value, boolean strict) {
        this.value = value;
        this.strict = strict;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return write(frame, value.execute(frame));
    }

    @Override
    public Object write(VirtualFrame frame, Object newValue) {
        if (strict) {
            throw Errors.typeError("Assignment to constant variable.", this);
        }
        return newValue;
    }
}
