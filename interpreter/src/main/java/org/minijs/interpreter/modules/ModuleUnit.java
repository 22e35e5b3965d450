package org.minijs.interpreter.modules;

import com.oracle.truffle.api.RootCallTarget;

import java.util.Map;

/**
 * A translated ES module, ready to be linked, instantiated and evaluated by the host: the call target that
 * initializes its environment (InitializeEnvironment: bindings and top-level functions), the body's call
 * target, the size of the module environment the host allocates before evaluation (so importers can bind to
 * it, even in cycles), where each top-level name lives in it, and one cell per import binding to resolve.
 */
public record ModuleUnit(RootCallTarget instantiate, RootCallTarget body, int environmentSize, Map<String, Integer> bindingIndex,
                         Map<String, ImportCell> imports, boolean hasTopLevelAwait) {
}
