package org.minijs.interpreter.nodes.functions;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.OperandsNode;
import org.minijs.interpreter.objects.JSFunction;

/** {@code new C(args)}: EvaluateNew then Construct(C, args). Resumable across suspending arguments. */
public final class NewNode extends JSNode {
    @Child private JSNode constructor;
    @Child private OperandsNode arguments;
    private final boolean spread;
    private final String calleeText;
    private final int resumeSlot;

    public NewNode(JSNode constructor, OperandsNode arguments, boolean spread, String calleeText, int resumeSlot) {
        this.constructor = constructor;
        this.arguments = arguments;
        this.spread = spread;
        this.calleeText = calleeText;
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object saved = Resume.take(frame, resumeSlot);
        Object c = saved != null ? saved : constructor.execute(frame);
        Object[] argv;
        if (resumeSlot < 0) {
            argv = arguments.executeValues(frame);
        } else {
            try {
                argv = arguments.executeValues(frame);
            } catch (SuspendException e) {
                Resume.save(frame, resumeSlot, c);
                throw e;
            }
        }
        if (spread) {
            argv = SpreadNode.flatten(argv);
        }
        if (!(c instanceof JSFunction f) || !f.isConstructor()) {
            throw Errors.typeError(calleeText + " is not a constructor", this);
        }
        Node previous = org.minijs.interpreter.nodes.CallSites.enter(this);
        try {
            return f.construct(argv, f);
        } catch (StackOverflowError e) {
            throw Errors.rangeError("Maximum call stack size exceeded", this);
        } finally {
            org.minijs.interpreter.nodes.CallSites.exit(previous);
        }
    }
}
