package org.minijs.interpreter.generators;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.async.SuspendException;
import org.minijs.interpreter.builtins.IteratorBuiltins;
import org.minijs.interpreter.errors.JSException;
import org.minijs.interpreter.nodes.Arguments;
import org.minijs.interpreter.nodes.JSNode;
import org.minijs.interpreter.nodes.JSRootNode;
import org.minijs.interpreter.nodes.control.ReturnException;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.values.Undefined;

/** The two roots of a generator function: [[Call]] creates the generator; the body runs per resumption. */
public final class GeneratorRootNodes {
    private GeneratorRootNodes() {
    }

    /**
     * [[Call]] of a generator function: OrdinaryCreateFromConstructor(F, "%GeneratorPrototype%"), a resumable
     * frame, and the body run up to its initial suspension (parameters are bound now, as the spec requires).
     */
    public static final class CallRoot extends org.minijs.interpreter.async.ResumableCallRootNode {
        public CallRoot(TruffleLanguage<?> language, String name, SourceSection section,
                        FrameDescriptor bodyDescriptor, int stateSlot, RootCallTarget body) {
            super(language, name, section, bodyDescriptor, stateSlot, body);
        }

        @Override
        protected Object start(JSRealm realm, VirtualFrame callFrame, MaterializedFrame bodyFrame) {
            Object proto = Arguments.callee(callFrame).get("prototype");
            GeneratorObject generator = new GeneratorObject(proto instanceof JSObject p ? p : realm.generatorPrototype(),
                    bodyFrame, body);
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
            GeneratorObject generator = (GeneratorObject) frame.getArguments()[0];
            JSRealm realm = JSRealm.get(this);
            Object value;
            try {
                body.execute(generator.frame());
                value = Undefined.INSTANCE;
            } catch (ReturnException r) {
                value = r.value;
            } catch (SuspendException s) {
                return IteratorBuiltins.result(realm, generator.yieldedValue, false);
            } catch (JSException e) {
                generator.complete();
                throw e;
            }
            generator.complete();
            return IteratorBuiltins.result(realm, value, true);
        }
    }
}
