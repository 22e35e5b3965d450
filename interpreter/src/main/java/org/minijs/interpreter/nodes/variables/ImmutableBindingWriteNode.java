package org.minijs.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;

/** An assignment to an immutable binding (an import, a function expression's own name in strict code): the value is evaluated, then the TypeError of a const assignment. */
public final class ImmutableBindingWriteNode extends JSNode {
    @Child private JSNode value;

    public ImmutableBindingWriteNode(JSNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        value.execute(frame);
        throw Errors.typeError("Assignment to constant variable.", this);
    }
}
