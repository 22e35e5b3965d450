package org.minijs.interpreter.nodes.access;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.OperandsNode;
import org.minijs.interpreter.nodes.operators.BinaryOperation;

/**
 * {@code object.name = value}, {@code object[key] = value} and compound forms ({@code object.name += value}):
 * the operands node evaluates object, then key (when computed); the old value is read only for compound
 * forms. Resumable through the operands node and, for compound forms, the saved old value.
 */
public final class SetPropertyNode extends JSNode {
    @Child private OperandsNode target; // [object] or [object, key]
    @Child private JSNode value;
    @Child private BinaryOperation compound; // null for plain =
    @Child private WriteNamedPropertyNode writeNamed; // object.name = ...: the inline-cached [[Set]]
    private final Object name;
    private final boolean strict;
    private final int resumeSlot;

    public SetPropertyNode(OperandsNode target, Object name, JSNode value, BinaryOperation compound, boolean strict,
                           int resumeSlot) {
        this.target = target;
        this.name = name;
        this.value = value;
        this.compound = compound;
        this.strict = strict;
        this.resumeSlot = resumeSlot;
        this.writeNamed = name != null ? WriteNamedPropertyNodeGen.create(name, strict) : null;
    }

    private record Pending(Object base, Object key, Object old) { }

    @Override
    public Object execute(VirtualFrame frame) {
        Object saved = org.minijs.interpreter.async.Resume.take(frame, resumeSlot);
        Pending p;
        if (saved != null) {
            p = (Pending) saved;
        } else {
            Object[] t = target.executeValues(frame);
            Object base = t[0];
            Object k = t.length > 1 ? t[1] : name;
            p = new Pending(base, k, compound == null ? null : PropertyAccess.get(base, k, this));
        }
        Object v;
        if (resumeSlot < 0) {
            v = value.execute(frame);
        } else {
            try {
                v = value.execute(frame);
            } catch (org.minijs.interpreter.async.SuspendException e) {
                org.minijs.interpreter.async.Resume.save(frame, resumeSlot, p);
                throw e;
            }
        }
        if (compound != null) {
            v = compound.executeEvaluated(p.old, v);
        }
        if (writeNamed != null) {
            writeNamed.execute(p.base, v);
        } else {
            PropertyAccess.set(p.base, p.key, v, strict, this);
        }
        return v;
    }
}
