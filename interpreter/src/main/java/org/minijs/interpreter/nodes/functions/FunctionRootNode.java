package org.minijs.interpreter.nodes.functions;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.JSRootNode;
import org.minijs.interpreter.nodes.control.ReturnException;
import org.minijs.interpreter.values.Undefined;

/** OrdinaryCallEvaluateBody for a non-async function (and for a script run as a module body). */
public final class FunctionRootNode extends JSRootNode {
    @Child private JSNode body;

    public FunctionRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name,
                            SourceSection section, JSNode body) {
        super(language, descriptor, name, section);
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            body.execute(frame);
            return Undefined.INSTANCE;
        } catch (ReturnException r) {
            return r.value;
        }
    }
}
