package org.minijs.interpreter.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import org.minijs.interpreter.values.JSRuntime;

/** The relational operators via IsLessThan: int fast path, then numbers, then string comparison. */
public abstract class CompareOperation extends BinaryOperation {
    public enum Kind { LT, GT, LE, GE }

    protected final Kind kind;

    protected CompareOperation(Kind kind) {
        this.kind = kind;
    }

    @Specialization
    protected boolean doInt(int l, int r) {
        switch (kind) {
            case LT: return l < r;
            case GT: return l > r;
            case LE: return l <= r;
            default: return l >= r;
        }
    }

    @Specialization
    protected boolean doDouble(double l, double r) {
        return compareNumbers(l, r);
    }

    @Specialization(replaces = {"doInt", "doDouble"})
    @TruffleBoundary
    protected boolean doGeneric(Object left, Object right) {
        // IsLessThan swaps its operands for > and >=, but with LeftFirst false: the left operand of the
        // source expression is always converted first.
        Object l = JSRuntime.toPrimitive(left, "number", this);
        Object r = JSRuntime.toPrimitive(right, "number", this);
        if (l instanceof String a && r instanceof String b) {
            int c = a.compareTo(b);
            switch (kind) {
                case LT: return c < 0;
                case GT: return c > 0;
                case LE: return c <= 0;
                default: return c >= 0;
            }
        }
        return compareNumbers(JSRuntime.toNumber(l, this), JSRuntime.toNumber(r, this));
    }

    private boolean compareNumbers(double l, double r) {
        switch (kind) {
            case LT: return l < r;
            case GT: return l > r;
            case LE: return l <= r;
            default: return l >= r;
        }
    }
}
