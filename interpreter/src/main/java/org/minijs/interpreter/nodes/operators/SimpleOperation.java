package org.minijs.interpreter.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Specialization;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.access.PropertyAccess;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.JSRuntime;

/** The operators without a hot path worth specializing: equality, bitwise, shifts, in, instanceof. */
public abstract class SimpleOperation extends BinaryOperation {
    private final String operator;

    protected SimpleOperation(String operator) {
        this.operator = operator;
    }

    @Specialization
    @TruffleBoundary
    protected Object apply(Object l, Object r) {
        switch (operator) {
            case "===": return JSRuntime.strictEquals(l, r);
            case "!==": return !JSRuntime.strictEquals(l, r);
            case "==": return JSRuntime.looseEquals(l, r);
            case "!=": return !JSRuntime.looseEquals(l, r);
            case "&": return JSRuntime.toInt32(l) & JSRuntime.toInt32(r);
            case "|": return JSRuntime.toInt32(l) | JSRuntime.toInt32(r);
            case "^": return JSRuntime.toInt32(l) ^ JSRuntime.toInt32(r);
            case "<<": return JSRuntime.toInt32(l) << (JSRuntime.toInt32(r) & 31);
            case ">>": return JSRuntime.toInt32(l) >> (JSRuntime.toInt32(r) & 31);
            case ">>>": return JSRuntime.number((JSRuntime.toInt32(l) & 0xFFFFFFFFL) >>> (JSRuntime.toInt32(r) & 31));
            case "in": {
                if (!(r instanceof JSObject o)) {
                    throw Errors.typeError("Cannot use 'in' operator to search for '" + PropertyAccess.describeValue(l) + "' in "
                            + JSRuntime.toString(r), this);
                }
                return o.hasProperty(JSRuntime.toPropertyKey(l));
            }
            case "instanceof":
                if (!(r instanceof JSObject)) { // the spec's first check, reported at the operator
                    throw Errors.typeError("Right-hand side of 'instanceof' is not an object", this);
                }
                return JSRuntime.instanceofOperator(l, r);
            default: throw new IllegalStateException("unknown operator " + operator);
        }
    }
}
