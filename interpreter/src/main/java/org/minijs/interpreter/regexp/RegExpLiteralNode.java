package org.minijs.interpreter.regexp;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.minijs.interpreter.JSRealm;
import org.minijs.interpreter.nodes.JSNode;

/** {@code /pattern/flags}: a new RegExp object per evaluation, sharing one compiled matcher per site. */
public final class RegExpLiteralNode extends JSNode {
    private final String pattern;
    private final String flags;
    @CompilerDirectives.CompilationFinal private CompiledRegex compiled;

    public RegExpLiteralNode(String pattern, String flags) {
        this.pattern = pattern;
        this.flags = flags;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        JSRealm realm = JSRealm.get(this);
        if (compiled == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            compiled = realm.compileRegex(pattern, flags);
        }
        return new JSRegExp(realm.regExpPrototype(), pattern, flags, compiled);
    }
}
