package org.minijs.interpreter.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.iteration.IteratorRecord;

import java.util.ArrayList;
import java.util.List;

/** IterableToList: GetIterator(obj, sync) then IteratorStepValue until done. */
public final class IterableSupport {
    private IterableSupport() {
    }

    @TruffleBoundary
    public static List<Object> toList(JSRealm realm, Object iterable) {
        return drain(IteratorRecord.of(realm, iterable));
    }

    /** As above for a language construct (spread): {@code sourceText} names the iterable in the error. */
    @TruffleBoundary
    public static List<Object> toList(JSRealm realm, Object iterable, String sourceText,
                                      com.oracle.truffle.api.nodes.Node site) {
        return drain(IteratorRecord.of(realm, iterable, sourceText, site));
    }

    private static List<Object> drain(IteratorRecord record) {
        List<Object> values = new ArrayList<>();
        for (Object v = record.stepValue(); v != null; v = record.stepValue()) {
            values.add(v);
        }
        return values;
    }
}
