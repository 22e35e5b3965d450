package org.minijs.interpreter.async;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.JSRootNode;
import org.minijs.interpreter.nodes.control.ReturnException;
import org.minijs.interpreter.values.Undefined;

/**
 * The body of an async function, entered once by AsyncFunctionStart and once per resumption. It runs the body
 * nodes on the activation's materialized frame (not on its own frame). A suspension ends this call and leaves
 * the promise pending; a return or throw settles it (AsyncBlockStart's completion steps).
 */
public final class AsyncBodyRootNode extends JSRootNode {
    @Child private JSNode body;

    public AsyncBodyRootNode(TruffleLanguage<?> language, String name, SourceSection section, JSNode body) {
        super(language, new FrameDescriptor(), name, section);
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        AsyncFunctionFrame state = (AsyncFunctionFrame) frame.getArguments()[0];
        org.minijs.interpreter.EngineListener listener = org.minijs.interpreter.JSRealm.listenerOrNull(this,
                getLanguage(org.minijs.interpreter.MiniJsLanguage.class));
        if (listener != null) {
            enter(listener);
        }
        try {
            body.execute(state.frame());
            state.complete(false, Undefined.INSTANCE);
        } catch (ReturnException r) {
            state.complete(false, r.value);
        } catch (SuspendException s) {
            // parked: the continuation is subscribed on the awaited promise
        } catch (JSException e) {
            state.complete(true, e.value());
        } finally {
            if (listener != null) {
                exit(listener);
            }
        }
        return Undefined.INSTANCE;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private void enter(org.minijs.interpreter.EngineListener listener) {
        listener.functionEnter(displayName(), getSourceSection());
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private void exit(org.minijs.interpreter.EngineListener listener) {
        listener.functionExit(displayName());
    }
}
