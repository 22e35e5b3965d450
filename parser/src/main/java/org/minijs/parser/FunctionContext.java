package org.minijs.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * What the AST builder knows about the innermost enclosing function (or the top level, or a class field
 * initializer / static block, which behave like functions): the flags that decide early errors for return,
 * await, yield, super, new.target and arguments, and the labels and loops that break / continue may target.
 * Arrow functions inherit super / new.target / arguments rules from their enclosing function.
 */
final class FunctionContext {
    final FunctionContext parent;
    final boolean isFunction;   // return is allowed
    final boolean async;        // await is an operator (also the top level of a module)
    final boolean generator;    // yield is an operator
    final boolean strict;
    boolean superCall;          // super(...) allowed: derived-class constructors and arrows inside them
    boolean superProperty;      // super.x allowed: methods, accessors, field initializers, static blocks
    boolean newTarget;          // new.target allowed: any non-arrow function
    boolean noArguments;        // 'arguments' forbidden: class field initializers and static blocks
    boolean inParameters;       // building this function's formal parameters
    boolean awaitReserved;      // 'await' may not be an identifier: class static blocks
    final List<String> labels = new ArrayList<>();
    final List<Boolean> labelIsLoop = new ArrayList<>();
    int loops;
    int breakables;

    FunctionContext(FunctionContext parent, boolean isFunction, boolean async, boolean generator, boolean strict) {
        this.parent = parent;
        this.isFunction = isFunction;
        this.async = async;
        this.generator = generator;
        this.strict = strict;
    }

    /** Copies the super / new.target / arguments rules of {@code from} (arrows and class heritage see them). */
    FunctionContext inheritingFrom(FunctionContext from) {
        superCall = from.superCall;
        superProperty = from.superProperty;
        newTarget = from.newTarget;
        noArguments = from.noArguments;
        return this;
    }
}
