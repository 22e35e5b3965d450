package org.minijs.interpreter.modules;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.variables.TemporalDeadZone;

/** Reads an imported binding through its cell (a live binding), with the TDZ check of the export. */
public final class ImportReadNode extends JSNode {
    private final ImportCell cell;

    public ImportReadNode(ImportCell cell) {
        this.cell = cell;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object v = cell.read();
        if (v == null || v == TemporalDeadZone.UNINITIALIZED) {
            throw Errors.referenceError("Cannot access '" + cell.localName() + "' before initialization", this);
        }
        return v;
    }
}
