package org.minijs.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of every executable node. Statements and expressions share it: a statement's value is ignored.
 * Each node remembers its source section so that errors, stacks and traces can point at file:line:col.
 */
@NodeInfo(language = "minijs")
public abstract class JSNode extends Node {
    private SourceSection sourceSection;

    public abstract Object execute(VirtualFrame frame);

    /**
     * The value as an int, unboxed. Parents specialized for ints call this (the DSL does it for its
     * {@code @NodeChild}ren), so an int read from a frame slot reaches an int operation without a box; nodes
     * whose specializations produce ints override it.
     */
    public int executeInt(VirtualFrame frame) throws UnexpectedResultException {
        Object value = execute(frame);
        if (value instanceof Integer i) {
            return i;
        }
        throw new UnexpectedResultException(value);
    }

    /**
     * True when this node's executeInt computes a primitive int rather than unboxes a value that
     * exists boxed anyway (an argument, a property's value). Only such primitives are worth storing unboxed in
     * a frame slot: unboxing an existing box to store it costs a new box at every read that needs an object.
     */
    public boolean producesUnboxedInts() {
        return false;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    public final <T extends JSNode> T at(SourceSection section) {
        this.sourceSection = section;
        @SuppressWarnings("unchecked") T self = (T) this;
        return self;
    }
}
