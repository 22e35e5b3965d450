package org.minijs.interpreter.nodes.operators;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.variables.GlobalVariableNode;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

/** The prefix operators - + ! ~ typeof void. (delete has its own node: it needs a reference.) */
public final class UnaryNode extends JSNode {
    @Child private JSNode operand;
    private final String operator;

    public UnaryNode(String operator, JSNode operand) {
        this.operator = operator;
        this.operand = operand;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (operator.equals("typeof") && operand instanceof GlobalVariableNode g && g.isRead()) {
            return JSRuntime.typeof(g.readOrUndefined()); // typeof of an undeclared name is "undefined"
        }
        Object v = operand.execute(frame);
        switch (operator) {
            case "-":
                if (v instanceof Integer i && i != 0 && i != Integer.MIN_VALUE) {
                    return -i;
                }
                return JSRuntime.number(-(v instanceof Double d ? d : toNumber(v)));
            case "+":
                return v instanceof Integer || v instanceof Double ? v : JSRuntime.number(toNumber(v));
            case "!":
                return !JSRuntime.toBoolean(v);
            case "~":
                return ~JSRuntime.toInt32(v);
            case "typeof":
                return JSRuntime.typeof(v);
            case "void":
                return Undefined.INSTANCE;
            case "toPropertyKey": // internal: a computed key evaluated once for a compound assignment
                return JSRuntime.toPropertyKey(v);
            default:
                throw new IllegalStateException("unknown unary operator " + operator);
        }
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private double toNumber(Object v) {
        return JSRuntime.toNumber(v, this);
    }
}
