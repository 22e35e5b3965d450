package org.minijs.interpreter.generators;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.JSRootNode;
import org.minijs.interpreter.nodes.control.ReturnException;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.Undefined;

/** The roots of an async generator function, as for generators but settling request promises. */
public final class AsyncGeneratorRootNodes {
    private AsyncGeneratorRootNodes() {
    }

    public static final class CallRoot extends org.minijs.interpreter.async.ResumableCallRootNode {
        public CallRoot(TruffleLanguage<?> language, String name, SourceSection section,
                        FrameDescriptor bodyDescriptor, int stateSlot, RootCallTarget body) {
            super(language, name, section, bodyDescriptor, stateSlot, body);
        }

        @Override
        protected Object start(JSRealm realm, VirtualFrame callFrame, MaterializedFrame bodyFrame) {
            Object proto = Arguments.callee(callFrame).get("prototype");
            AsyncGeneratorObject generator = new AsyncGeneratorObject(realm,
                    proto instanceof JSObject p ? p : realm.asyncGeneratorPrototype(), bodyFrame, body);
            bodyFrame.setObject(stateSlot, generator);
            generator.start();
            return generator;
        }
    }

    public static final class BodyRoot extends JSRootNode {
        @Child private JSNode body;

        public BodyRoot(TruffleLanguage<?> language, String name, SourceSection section, JSNode body) {
            super(language, new FrameDescriptor(), name, section);
            this.body = body;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            AsyncGeneratorObject generator = (AsyncGeneratorObject) frame.getArguments()[0];
            try {
                body.execute(generator.frame());
                generator.bodyCompleted(false, Undefined.INSTANCE);
            } catch (ReturnException r) {
                generator.bodyCompleted(false, r.value);
            } catch (SuspendException s) {
                // parked at an await or a yield
            } catch (JSException e) {
                generator.bodyCompleted(true, e.value());
            }
            return Undefined.INSTANCE;
        }
    }
}
