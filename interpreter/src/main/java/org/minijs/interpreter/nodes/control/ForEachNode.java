package org.minijs.interpreter.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.iteration.IteratorRecord;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.objects.JSArray;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;
import org.minijs.interpreter.values.JSRuntime;
import org.minijs.interpreter.values.Undefined;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ForIn/OfBodyEvaluation: takes values from an iterator record (for-of) or from the enumerable keys
 * (for-in), stores each in {@code valueSlot}, runs the per-iteration binding, then the body. An abrupt exit
 * closes the iterator (IteratorClose). Resumable: the iterator record lives in a frame slot, so a suspension
 * in the binding or the body resumes in the same iteration.
 */
public final class ForEachNode extends JSNode {
    @Child private JSNode subject;
    @Child private JSNode bind;   // scope entry + binding of the value read from valueSlot
    @Child private JSNode body;
    private final boolean forIn;
    private final int iteratorSlot;
    private final int valueSlot;
    private final java.util.Set<String> labels;
    private final int resumeSlot;

    private final String subjectText; // the iterable as written, for "x is not iterable"; may be null

    public ForEachNode(JSNode subject, JSNode bind, JSNode body, boolean forIn, int iteratorSlot, int valueSlot,
                       java.util.Set<String> labels, int resumeSlot, String subjectText) {
        this.subjectText = subjectText;
        this.subject = subject;
        this.bind = bind;
        this.body = body;
        this.forIn = forIn;
        this.iteratorSlot = iteratorSlot;
        this.valueSlot = valueSlot;
        this.labels = labels;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        IteratorRecord it;
        Object saved = Resume.take(frame, resumeSlot);
        boolean resumed = saved != null;
        boolean inBody = Boolean.TRUE.equals(saved);
        if (resumed) {
            it = (IteratorRecord) frame.getObject(iteratorSlot);
        } else {
            Object value = subject.execute(frame);
            if (forIn) {
                if (JSRuntime.isNullish(value)) {
                    return Undefined.INSTANCE;
                }
                it = enumerate(JSRealm.get(this), value);
            } else {
                it = IteratorRecord.of(JSRealm.get(this), value, subjectText, subject);
            }
            frame.setObject(iteratorSlot, it);
        }
        try {
            while (true) {
                if (!resumed) {
                    Object next = it.stepValue();
                    if (next == null) {
                        return Undefined.INSTANCE;
                    }
                    frame.setObject(valueSlot, next);
                }
                try {
                    if (!inBody) {
                        bind.execute(frame);
                        inBody = true;
                    }
                    resumed = false;
                    body.execute(frame);
                    inBody = false;
                } catch (ContinueException c) {
                    inBody = false;
                    if (c.label != null && !labels.contains(c.label)) {
                        throw c;
                    }
                }
            }
        } catch (SuspendException e) {
            if (resumeSlot >= 0) {
                Resume.save(frame, resumeSlot, inBody);
            }
            throw e;
        } catch (BreakException b) {
            it.close();
            if (b.label == null || labels.contains(b.label)) {
                return Undefined.INSTANCE;
            }
            throw b;
        } catch (JSException e) {
            closeQuietly(it);
            throw e;
        } catch (ControlFlowException e) {
            it.close();
            throw e;
        }
    }

    /** IteratorClose with a throw completion: the original exception wins over one from return(). */
    private static void closeQuietly(IteratorRecord it) {
        try {
            it.close();
        } catch (JSException ignored) {
            // the pending throw completion takes precedence
        }
    }

    /** EnumerateObjectProperties: own then inherited enumerable string keys, each name once. */
    @TruffleBoundary
    private static IteratorRecord enumerate(JSRealm realm, Object value) {
        JSObject object = value instanceof JSObject o ? o
                : new JSArray(realm.arrayPrototype(), value instanceof String s
                        ? new ArrayList<>(s.chars().mapToObj(c -> (Object) String.valueOf((char) c)).toList()) : List.of());
        List<String> keys = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (JSObject o = object; o != null; o = o.getPrototypeOf()) {
            for (Object key : o.ownPropertyKeys()) {
                if (key instanceof String k && visited.add(k)) {
                    PropertyCell cell = o.getOwnProperty(k);
                    if (cell != null && cell.enumerable()) {
                        keys.add(k);
                    }
                }
            }
        }
        return IteratorRecord.ofKeys(object, keys);
    }
}
