package org.minijs.interpreter.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.minijs.interpreter.values.JSRuntime;

/** The + operator (ApplyStringOrNumericBinaryOperator for +): int fast path, doubles, string concatenation. */
public abstract class AddOperation extends BinaryOperation {

    @Override
    public abstract int executeInt(VirtualFrame frame) throws UnexpectedResultException;

    @Override
    public boolean producesUnboxedInts() {
        return true;
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    protected int addInt(int left, int right) {
        return Math.addExact(left, right);
    }

    @Specialization(replaces = "addInt")
    protected Object addNumbers(int left, int right) {
        return JSRuntime.number((double) left + right);
    }

    @Specialization
    protected Object addDoubles(double left, double right) {
        return JSRuntime.number(left + right);
    }

    @Specialization
    @TruffleBoundary
    protected String addStrings(String left, String right) {
        return left.concat(right);
    }

    @Fallback
    @TruffleBoundary
    protected Object addGeneric(Object left, Object right) {
        Object l = JSRuntime.toPrimitive(left, "none", this);
        Object r = JSRuntime.toPrimitive(right, "none", this);
        if (l instanceof String || r instanceof String) {
            return JSRuntime.toString(l, this).concat(JSRuntime.toString(r, this));
        }
        return JSRuntime.number(JSRuntime.toNumber(l, this) + JSRuntime.toNumber(r, this));
    }
}
