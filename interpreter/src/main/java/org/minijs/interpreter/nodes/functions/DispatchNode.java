package org.minijs.interpreter.nodes.functions;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;
import org.minijs.interpreter.objects.FunctionData;
import org.minijs.interpreter.objects.JSFunction;

/** Calls a function's target: a polymorphic inline cache of direct calls keyed by the function literal. */
public abstract class DispatchNode extends Node {
    public abstract Object execute(JSFunction function, Object[] arguments);

    @Specialization(guards = "function.data() == cachedData", limit = "3")
    protected static Object doDirect(JSFunction function, Object[] arguments,
                                     @Cached("function.data()") FunctionData cachedData,
                                     @Cached("create(cachedData.callTarget())") DirectCallNode call) {
        return call.call(arguments);
    }

    @Specialization(replaces = "doDirect")
    protected static Object doIndirect(JSFunction function, Object[] arguments, @Cached IndirectCallNode call) {
        return call.call(function.data().callTarget(), arguments);
    }
}
