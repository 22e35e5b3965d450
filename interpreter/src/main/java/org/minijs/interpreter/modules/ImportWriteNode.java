package org.minijs.interpreter.modules;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;

/** An assignment to an imported binding: the value is evaluated, then the TypeError of a const assignment. */
public final class ImportWriteNode extends JSNode {
    @Child private JSNode value;

    public ImportWriteNode(JSNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        value.execute(frame);
        throw Errors.typeError("Assignment to constant variable.", this);
    }
}
