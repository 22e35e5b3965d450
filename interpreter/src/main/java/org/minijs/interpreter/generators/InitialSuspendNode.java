package org.minijs.interpreter.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.async.Resume;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.values.Undefined;

/**
 * The point between a generator's FunctionDeclarationInstantiation and its body: calling the generator
 * function runs up to here and returns the generator object; the first next() continues from here. (A
 * first throw or return never reaches the body: GeneratorResumeAbrupt completes the generator instead.)
 */
public final class InitialSuspendNode extends JSNode {
    private final int resumeSlot;

    public InitialSuspendNode(int resumeSlot) {
        this.resumeSlot = resumeSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (Resume.take(frame, resumeSlot) != null) {
            return Undefined.INSTANCE;
        }
        Resume.save(frame, resumeSlot, Boolean.TRUE);
        throw SuspendException.INSTANCE;
    }
}
