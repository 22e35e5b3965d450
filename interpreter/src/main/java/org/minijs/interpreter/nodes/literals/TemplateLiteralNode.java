package org.minijs.interpreter.nodes.literals;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.OperandsNode;
import org.minijs.interpreter.values.JSRuntime;

/** An untagged template literal: quasis interleaved with ToString of each substitution. */
public final class TemplateLiteralNode extends JSNode {
    private final String[] quasis;
    @Child private OperandsNode substitutions;

    public TemplateLiteralNode(String[] quasis, OperandsNode substitutions) {
        this.quasis = quasis;
        this.substitutions = substitutions;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return concat(substitutions.executeValues(frame));
    }

    @TruffleBoundary
    private String concat(Object[] values) {
        // a substitution's toString runs as called from here: its caller frame reports this template's position
        com.oracle.truffle.api.nodes.Node previous = org.minijs.interpreter.nodes.CallSites.enter(this);
        try {
            StringBuilder sb = new StringBuilder(quasis[0]);
            for (int i = 0; i < values.length; i++) {
                sb.append(JSRuntime.toString(values[i], this)).append(quasis[i + 1]);
            }
            return sb.toString();
        } finally {
            org.minijs.interpreter.nodes.CallSites.exit(previous);
        }
    }
}
