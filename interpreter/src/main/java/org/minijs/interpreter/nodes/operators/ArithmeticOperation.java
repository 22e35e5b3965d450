package org.minijs.interpreter.nodes.operators;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.minijs.interpreter.values.JSRuntime;

/**
 * The numeric operators - * / % ** on ToNumber of both operands, with an int fast path where the result stays
 * an int (overflow, -0 and fractions fall back to doubles).
 */
public abstract class ArithmeticOperation extends BinaryOperation {

    @Override
    public abstract int executeInt(VirtualFrame frame) throws UnexpectedResultException;

    @Override
    public boolean producesUnboxedInts() {
        return true;
    }
    public enum Kind { SUBTRACT, MULTIPLY, DIVIDE, REMAINDER, EXPONENT }

    protected final Kind kind;

    protected ArithmeticOperation(Kind kind) {
        this.kind = kind;
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected int doInt(int left, int right) {
        switch (kind) {
            case SUBTRACT:
                return Math.subtractExact(left, right);
            case MULTIPLY: {
                int r = Math.multiplyExact(left, right);
                if (r == 0 && (left < 0 || right < 0)) {
                    throw new ArithmeticException(); // -0
                }
                return r;
            }
            case REMAINDER:
                if (right == 0 || left < 0) {
                    throw new ArithmeticException(); // NaN or possibly -0
                }
                return left % right;
            default:
                throw new ArithmeticException();
        }
    }

    @Specialization(replaces = "doInt")
    protected Object doGeneric(Object left, Object right) {
        return JSRuntime.number(apply(kind, JSRuntime.toNumber(left, this), JSRuntime.toNumber(right, this)));
    }

    static double apply(Kind kind, double l, double r) {
        switch (kind) {
            case SUBTRACT: return l - r;
            case MULTIPLY: return l * r;
            case DIVIDE: return l / r;
            case REMAINDER: return l % r;
            default: return org.minijs.interpreter.builtins.MathBuiltins.pow(l, r); // Number::exponentiate
        }
    }
}
