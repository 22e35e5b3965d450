package org.minijs.runtime;

import org.minijs.interpreter.values.JSRuntime;
import org.minijs.runtime.loop.EventLoop;
import org.minijs.runtime.process.EventListeners;
import org.minijs.runtime.process.ProcessState;

/**
 * What node does after the main module (SpinEventLoop, EmitProcessBeforeExit, EmitProcessExit): run the
 * loop; when it runs dry emit 'beforeExit' with process.exitCode, and if the listeners scheduled work run
 * the loop again; finally emit 'exit' and return process.exitCode || 0.
 */
final class ProcessLifecycle {
    private final EventLoop loop;
    private final EventListeners events;
    private final ProcessState state;

    ProcessLifecycle(EventLoop loop, EventListeners events, ProcessState state) {
        this.loop = loop;
        this.events = events;
        this.state = state;
    }

    int runToExit() {
        do {
            loop.run();
            loop.runCallback(() -> events.emit("beforeExit", JSRuntime.number(state.effectiveCode())));
        } while (loop.isAlive());
        state.setExiting();
        // 'exit' listeners may still queue promise jobs, which V8 runs; nextTick callbacks no longer run.
        loop.runWithMicrotasks(() -> events.emit("exit", JSRuntime.number(state.effectiveCode())));
        return state.effectiveCode();
    }
}
