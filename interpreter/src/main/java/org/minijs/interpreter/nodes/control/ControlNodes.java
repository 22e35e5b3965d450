package org.minijs.interpreter.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.Undefined;

/** The small statements that end a completion abruptly: return, throw, break, continue, and labels. */
public final class ControlNodes {
    private ControlNodes() {
    }

    public static final class ReturnNode extends JSNode {
        @Child private JSNode value; // null: return undefined

        public ReturnNode(JSNode value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            throw new ReturnException(value == null ? Undefined.INSTANCE : value.execute(frame));
        }
    }

    public static final class ThrowNode extends JSNode {
        @Child private JSNode value;

        public ThrowNode(JSNode value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            throw JSException.thrownBy(value.execute(frame), this);
        }
    }

    public static final class BreakNode extends JSNode {
        private final String label;

        public BreakNode(String label) {
            this.label = label;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            throw new BreakException(label);
        }
    }

    public static final class ContinueNode extends JSNode {
        private final String label;

        public ContinueNode(String label) {
            this.label = label;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            throw new ContinueException(label);
        }
    }

    /** A labeled statement that is not a loop: {@code break label} inside it ends it. */
    public static final class LabeledNode extends JSNode {
        private final String label;
        @Child private JSNode body;

        public LabeledNode(String label, JSNode body) {
            this.label = label;
            this.body = body;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            try {
                return body.execute(frame);
            } catch (BreakException b) {
                if (label.equals(b.label)) {
                    return Undefined.INSTANCE;
                }
                throw b;
            }
        }
    }
}
