package org.minijs.interpreter.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of every executable node. Statements and expressions share it: a statement's value is ignored.
 * Each node remembers its source section so that errors, stacks and traces can point at file:line:col.
 */
@NodeInfo(language = "minijs")
public abstract class JSNode extends Node {
    private SourceSection sourceSection;

    public abstract Object execute(VirtualFrame frame);

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
