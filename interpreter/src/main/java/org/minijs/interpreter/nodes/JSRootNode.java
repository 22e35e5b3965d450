package org.minijs.interpreter.nodes;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

/** A root of minijs code; {@link #displayName()} is the name shown in stack traces ("at f (...)"). */
public abstract class JSRootNode extends RootNode {
    private final String name;
    private final SourceSection section;

    protected JSRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name, SourceSection section) {
        super(language, descriptor);
        this.name = name;
        this.section = section;
    }

    private boolean hidden;

    public String displayName() {
        return name;
    }

    /** Host plumbing (the CommonJS wrapper's script) leaves no frame in stack traces. */
    public void hideFromStackTraces() {
        hidden = true;
    }

    @Override
    public boolean isInternal() {
        return hidden || super.isInternal();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }
}
