package org.minijs.interpreter.errors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;

/**
 * An Error instance: an ordinary object with the [[ErrorData]] slot, which here holds the captured frames.
 * Its own "stack" property is formatted on first access, as V8 does: the "Name: message" header shows the
 * name and message the error has then (a subclass constructor that sets this.name after super() is seen).
 */
public final class JSErrorObject extends JSObject {
    private String stackFrames = "";
    private boolean stackPending;

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

    /** Records the frames and defines "stack", whose text is computed when it is first read. */
    public void setStackFrames(String frames) {
        this.stackFrames = frames;
        defineHidden("stack", "");
        stackPending = true;
    }

    @Override
    protected boolean interceptsKey(Object key) {
        return stackPending && "stack".equals(key); // inline caches take the generic path until it is formatted
    }

    @Override
    @TruffleBoundary
    public PropertyCell getOwnProperty(Object key) {
        if (stackPending && "stack".equals(key)) {
            stackPending = false;
            PropertyCell cell = super.getOwnProperty(key);
            if (cell != null && !cell.accessor) {
                cell.value = StackTrace.format(Errors.header(this), stackFrames);
            }
            return cell;
        }
        return super.getOwnProperty(key);
    }

    @Override
    public boolean defineOwnProperty(Object key, PropertyCell cell) {
        if ("stack".equals(key)) {
            stackPending = false; // a stack defined by the program replaces the pending one
        }
        return super.defineOwnProperty(key, cell);
    }
}
