package org.minijs.interpreter.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
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

    @TruffleBoundary
    private static Object run(Object[] arguments) {
        JSFunction callee = (JSFunction) arguments[Arguments.CALLEE];
        return callee.builtin().call(arguments[Arguments.THIS], Arguments.actuals(arguments), arguments[Arguments.NEW_TARGET]);
    }
}
