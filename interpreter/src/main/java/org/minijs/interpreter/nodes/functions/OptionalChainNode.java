package org.minijs.interpreter.nodes.functions;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.Undefined;

/**
 * The boundary of an optional chain: when an optional link ({@code ?.}) meets null or undefined it throws
 * {@link ShortCircuit}, and the whole chain evaluates to undefined.
 */
public final class OptionalChainNode extends JSNode {
    @Child private JSNode chain;

    public OptionalChainNode(JSNode chain) {
        this.chain = chain;
    }

    public static final class ShortCircuit extends ControlFlowException {
        public static final ShortCircuit INSTANCE = new ShortCircuit();

        private ShortCircuit() {
        }
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return chain.execute(frame);
        } catch (ShortCircuit s) {
            return Undefined.INSTANCE;
        }
    }
}
