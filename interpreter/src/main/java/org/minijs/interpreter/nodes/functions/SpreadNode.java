package org.minijs.interpreter.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.builtins.IterableSupport;
import org.minijs.interpreter.nodes.JSNode;

import java.util.ArrayList;
import java.util.List;

/** {@code ...iterable} in a call or array literal: yields a marker that the consumer flattens. */
public final class SpreadNode extends JSNode {
    @Child private JSNode iterable;
    private final String sourceText; // the iterable as written, for "x is not iterable"; may be null
    private final boolean inArguments; // f(...x): V8 words a missing iterator differently there

    public SpreadNode(JSNode iterable, String sourceText, boolean inArguments) {
        this.iterable = iterable;
        this.sourceText = sourceText;
        this.inArguments = inArguments;
    }

    public record Spread(List<Object> values) { }

    @Override
    public Object execute(VirtualFrame frame) {
        return new Spread(collect(iterable.execute(frame)));
    }

    @TruffleBoundary
    private List<Object> collect(Object value) {
        JSRealm realm = JSRealm.get(this);
        if (inArguments) {
            if (org.minijs.interpreter.values.JSRuntime.isNullish(value)) {
                String shown = org.minijs.interpreter.values.JSRuntime.toString(value);
                throw org.minijs.interpreter.errors.Errors.typeError((sourceText != null ? sourceText : shown)
                        + " is not iterable (cannot read property " + shown + ")", this);
            }
            if (!(org.minijs.interpreter.iteration.IteratorRecord.getMethod(realm, value,
                    org.minijs.interpreter.values.Symbol.ITERATOR) instanceof org.minijs.interpreter.objects.JSFunction)) {
                throw org.minijs.interpreter.errors.Errors.typeError(
                        "Spread syntax requires ...iterable[Symbol.iterator] to be a function", this);
            }
        }
        return IterableSupport.toList(realm, value, sourceText, this);
    }

    /** Flattens spread markers in evaluated arguments. */
    @TruffleBoundary
    public static Object[] flatten(Object[] values) {
        List<Object> all = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof Spread s) {
                all.addAll(s.values());
            } else {
                all.add(v);
            }
        }
        return all.toArray();
    }
}
