package org.minijs.interpreter.regexp;

import org.minijs.interpreter.objects.JSObject;
import org.minijs.interpreter.objects.PropertyCell;

/** A RegExp instance: [[OriginalSource]], [[OriginalFlags]], [[RegExpMatcher]] and its own lastIndex. */
public final class JSRegExp extends JSObject {
    public final String source;
    public final String flags;
    public final CompiledRegex matcher;

    public JSRegExp(JSObject prototype, String source, String flags, CompiledRegex matcher) {
        super(prototype);
        this.source = source;
        this.flags = flags;
        this.matcher = matcher;
        defineOwnProperty("lastIndex", PropertyCell.data(0, PropertyCell.WRITABLE));
    }

    @Override
    public String className() {
        return "RegExp";
    }

    public boolean hasFlag(char flag) {
        return flags.indexOf(flag) >= 0;
    }
}
