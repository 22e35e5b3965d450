package org.minijs.interpreter.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.nodes.JSRootNode;
import org.minijs.interpreter.objects.JSFunction;

/**
 * The one root shared by every built-in function: it runs the Java behaviour stored in the callee. Built-ins
 * are internal frames, hidden from JavaScript stack traces as in node.
 */
public final class BuiltinRootNode extends JSRootNode {
    public BuiltinRootNode(TruffleLanguage<?> language) {
        super(language, new FrameDescriptor(), "<builtin>", null);
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return run(frame.getArguments());
    }

    /**
     * Runs the behaviour. A Java failure inside a built-in (a bug of ours, or an exhausted stack) becomes a
     * JavaScript error the program can catch, so no Java stack trace ever reaches the user.
     */
    @TruffleBoundary
    private static Object run(Object[] arguments) {
        JSFunction callee = (JSFunction) arguments[Arguments.CALLEE];
        try {
            return callee.builtin().call(arguments[Arguments.THIS], Arguments.actuals(arguments), arguments[Arguments.NEW_TARGET]);
        } catch (AbstractTruffleException | ControlFlowException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw Errors.rangeError("Maximum call stack size exceeded", null);
        } catch (RuntimeException e) {
            throw new JSException(Errors.createError(JSRealm.get(null).errorPrototype(),
                    "internal error in " + callee.name() + ": " + e, null), null);
        }
    }
}
