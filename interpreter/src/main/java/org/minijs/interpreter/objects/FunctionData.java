package org.minijs.interpreter.objects;

import com.oracle.truffle.api.RootCallTarget;

/**
 * What every closure of one function literal shares: the call target, the name, its kind. Created once per
 * function literal by the translator (or once per built-in).
 */
public final class FunctionData {
    public enum Kind {
        NORMAL, ARROW, METHOD, ASYNC, ASYNC_ARROW, GENERATOR, ASYNC_GENERATOR, BUILTIN, CLASS_CONSTRUCTOR,
        DERIVED_CONSTRUCTOR
    }

    public final String name;
    public final int length;
    public final Kind kind;
    public final boolean strict;
    private RootCallTarget callTarget;
    /** The function's source text (Function.prototype.toString); null for built-ins. */
    private String sourceText;

    public FunctionData(String name, int length, Kind kind, boolean strict, RootCallTarget callTarget) {
        this.name = name;
        this.length = length;
        this.kind = kind;
        this.strict = strict;
        this.callTarget = callTarget;
    }

    public String sourceText() {
        return sourceText;
    }

    public void setSourceText(String sourceText) {
        this.sourceText = sourceText;
    }

    public RootCallTarget callTarget() {
        return callTarget;
    }

    /** The translator creates the data before the body so that recursion can refer to it. */
    public void setCallTarget(RootCallTarget callTarget) {
        this.callTarget = callTarget;
    }

    public boolean isConstructor() {
        return kind == Kind.NORMAL || isClassConstructor();
    }

    public boolean isClassConstructor() {
        return kind == Kind.CLASS_CONSTRUCTOR || kind == Kind.DERIVED_CONSTRUCTOR;
    }

    public boolean isGenerator() {
        return kind == Kind.GENERATOR || kind == Kind.ASYNC_GENERATOR;
    }

    public boolean isArrow() {
        return kind == Kind.ARROW || kind == Kind.ASYNC_ARROW;
    }

    public boolean isAsync() {
        return kind == Kind.ASYNC || kind == Kind.ASYNC_ARROW || kind == Kind.ASYNC_GENERATOR;
    }
}
