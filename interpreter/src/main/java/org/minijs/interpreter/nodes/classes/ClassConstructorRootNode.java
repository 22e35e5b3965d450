package org.minijs.interpreter.nodes.classes;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.errors.Errors;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.JSRootNode;
import org.minijs.interpreter.nodes.control.ReturnException;
import org.minijs.interpreter.nodes.variables.TemporalDeadZone;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.Undefined;

/**
 * [[Call]]/[[Construct]] body of a class constructor: calling it without new is a TypeError; a derived
 * constructor's result is the this value bound by super() unless it returns an object.
 */
public final class ClassConstructorRootNode extends JSRootNode {
    @Child private JSNode body;
    private final boolean derived;
    private final int thisSlot;

    public ClassConstructorRootNode(TruffleLanguage<?> language, FrameDescriptor descriptor, String name,
                                    SourceSection section, JSNode body, boolean derived, int thisSlot) {
        super(language, descriptor, name, section);
        this.body = body;
        this.derived = derived;
        this.thisSlot = thisSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        if (Arguments.newTarget(frame) == Undefined.INSTANCE) {
            throw Errors.typeError("Class constructor " + displayName() + " cannot be invoked without 'new'",
                    body);
        }
        Object result = Undefined.INSTANCE;
        try {
            body.execute(frame);
        } catch (ReturnException r) {
            result = r.value;
        }
        if (!derived || result instanceof JSObject) {
            return result;
        }
        if (result != Undefined.INSTANCE) {
            throw Errors.typeError("Derived constructors may only return object or undefined", body);
        }
        Object thisValue = frame.getObject(thisSlot);
        if (thisValue == TemporalDeadZone.UNINITIALIZED) {
            throw Errors.referenceError("Must call super constructor in derived class before accessing 'this' or "
                    + "returning from derived constructor", body);
        }
        return thisValue;
    }
}
