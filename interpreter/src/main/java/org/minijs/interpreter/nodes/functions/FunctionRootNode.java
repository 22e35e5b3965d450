package org.minijs.interpreter.nodes.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import org.minijs.interpreter.EngineListener;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.MiniJsLanguage;
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
    /** Scripts evaluated for their completion value (eval-like uses: -e, the REPL, Function()) return it. */
    private final boolean returnsCompletion;

    public FunctionRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name,
                            SourceSection section, JSNode body) {
        this(language, descriptor, name, section, body, false);
    }

    public FunctionRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name,
                            SourceSection section, JSNode body, boolean returnsCompletion) {
        super(language, descriptor, name, section);
        this.body = body;
        this.returnsCompletion = returnsCompletion;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        EngineListener listener = JSRealm.listenerOrNull(this, getLanguage(MiniJsLanguage.class));
        boolean traced = listener != null;
        if (traced) {
            enter(listener);
        }
        try {
            Object completion = body.execute(frame);
            return returnsCompletion ? completion : Undefined.INSTANCE;
        } catch (ReturnException r) {
            return r.value;
        } finally {
            if (traced) {
                exit(listener);
            }
        }
    }

    @TruffleBoundary
    private void enter(EngineListener listener) {
        listener.functionEnter(displayName(), getSourceSection());
    }

    @TruffleBoundary
    private void exit(EngineListener listener) {
        listener.functionExit(displayName());
    }
}
