package org.minijs.interpreter.errors;

import org.minijs.interpreter.objects.JSObject;

/** An Error instance: an ordinary object with the [[ErrorData]] slot, which here holds the captured frames. */
public final class JSErrorObject extends JSObject {
    private String stackFrames = "";

    public JSErrorObject(JSObject prototype) {
        super(prototype);
    }

    @Override
    public String className() {
        return "Error";
    }

    /** The "    at ..." lines captured when the error was created, each ending with a newline. */
    public String stackFrames() {
        return stackFrames;
    }

    public void setStackFrames(String frames) {
        this.stackFrames = frames;
    }
}
