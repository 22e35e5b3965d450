package org.minijs.interpreter.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.SavedValue;
import org.minijs.interpreter.values.JSRuntime;

/**
 * {@code object.name} ({@code key == null}, name fixed) or {@code object[key]}. Optional chaining returns
 * undefined for a nullish object. Resumable across a suspension in the key.
 */
public final class GetPropertyNode extends JSNode {
    @Child private JSNode object;
    @Child private JSNode key;
    private final Object name;
    private final boolean optional;
    private final int resumeSlot;
    @Child private ReadNamedPropertyNode read; // the inline cache for object.name
    @Child private ReadElementNode element; // object[key]
    /** The key is evaluated as an int while it has been one; the first other key ends that for good. */
    @CompilationFinal private boolean unboxedKey;

    public GetPropertyNode(JSNode object, Object name, JSNode key, boolean optional, int resumeSlot) {
        this.object = object;
        this.name = name;
        this.key = key;
        this.optional = optional;
        this.resumeSlot = resumeSlot;
        this.read = key == null ? ReadNamedPropertyNodeGen.create(name) : null;
        this.element = key == null ? null : ReadElementNodeGen.create();
        this.unboxedKey = key != null && resumeSlot < 0 && key.producesUnboxedInts();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object base = SavedValue.first(frame, resumeSlot, object);
        if (optional && JSRuntime.isNullish(base)) {
            throw org.minijs.interpreter.nodes.functions.OptionalChainNode.ShortCircuit.INSTANCE;
        }
        if (key == null) {
            return read.execute(base);
        }
        if (unboxedKey) {
            int index;
            try {
                index = key.executeInt(frame);
            } catch (UnexpectedResultException e) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                unboxedKey = false;
                return element.execute(base, e.getResult());
            }
            return element.executeIndex(base, index);
        }
        return element.execute(base, SavedValue.second(frame, resumeSlot, base, key));
    }
}
