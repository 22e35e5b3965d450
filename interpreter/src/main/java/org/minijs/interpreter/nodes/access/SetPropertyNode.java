package org.minijs.interpreter.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.OperandsNode;
import org.minijs.interpreter.nodes.operators.BinaryOperation;

/**
 * {@code object.name = value}, {@code object[key] = value} and compound forms ({@code object.name += value}):
 * the operands node evaluates object, then key (when computed); the old value is read only for compound
 * forms. When nothing in it can suspend the node evaluates its operands one by one, keeping no state (and an
 * int index unboxed); otherwise it is resumable through the operands node and, for compound forms, the saved
 * old value.
 */
public final class SetPropertyNode extends JSNode {
    @Child private OperandsNode target; // [object] or [object, key]
    @Child private JSNode value;
    @Child private BinaryOperation compound; // null for plain =
    @Child private WriteNamedPropertyNode writeNamed; // object.name = ...: the inline-cached [[Set]]
    @Child private WriteElementNode writeElement; // object[key] = ...
    private final Object name;
    private final int resumeSlot;
    private final boolean resumable;
    /** The key is evaluated as an int while it has been one; the first other key ends that for good. */
    @CompilationFinal private boolean unboxedKey;

    public SetPropertyNode(OperandsNode target, Object name, JSNode value, BinaryOperation compound, boolean strict,
                           int resumeSlot) {
        this.target = target;
        this.name = name;
        this.value = value;
        this.compound = compound;
        this.resumeSlot = resumeSlot;
        this.resumable = resumeSlot >= 0 || target.isResumable();
        this.writeNamed = name != null ? WriteNamedPropertyNodeGen.create(name, strict) : null;
        this.writeElement = name == null ? WriteElementNodeGen.create(strict) : null;
        this.unboxedKey = name == null && !resumable && compound == null && target.operand(1).producesUnboxedInts();
    }

    private record Pending(Object base, Object key, Object old) { }

    @Override
    public Object execute(VirtualFrame frame) {
        if (!resumable) {
            Object base = target.operand(0).execute(frame);
            if (unboxedKey) {
                int index;
                try {
                    index = target.operand(1).executeInt(frame);
                } catch (UnexpectedResultException e) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    unboxedKey = false;
                    return assign(base, e.getResult(), value.execute(frame));
                }
                Object v = value.execute(frame);
                writeElement.executeIndex(base, index, v);
                return v;
            }
            Object key = name != null ? name : target.operand(1).execute(frame);
            Object old = compound == null ? null : PropertyAccess.get(base, key, this);
            return assign(base, key, compound(old, value.execute(frame)));
        }
        Object saved = Resume.take(frame, resumeSlot);
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
        try {
            v = value.execute(frame);
        } catch (SuspendException e) {
            Resume.save(frame, resumeSlot, p);
            throw e;
        }
        return assign(p.base, p.key, compound(p.old, v));
    }

    private Object compound(Object old, Object v) {
        return compound == null ? v : compound.executeEvaluated(old, v);
    }

    private Object assign(Object base, Object key, Object v) {
        if (writeNamed != null) {
            writeNamed.execute(base, v);
        } else {
            writeElement.execute(base, key, v);
        }
        return v;
    }
}
