package org.minijs.interpreter.errors;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;
import org.minijs.interpreter.nodes.JSRootNode;

/**
 * Captures the JavaScript frames of the current Java stack as node prints them: "    at f (file:line:col)".
 * The innermost location is the node that created the error; each outer frame's location is its call site.
 */
public final class StackTrace {
    private static final int LIMIT = 10;

    private StackTrace() {
    }

    @TruffleBoundary
    public static String capture(Node location) {
        StringBuilder sb = new StringBuilder();
        Node[] current = {location};
        int[] count = {0};
        Truffle.getRuntime().iterateFrames((FrameInstance frame) -> {
            RootNode root = frame.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget t
                    ? t.getRootNode() : null;
            if (root instanceof JSRootNode jsRoot && !jsRoot.isInternal()) {
                Node at = current[0] != null ? current[0] : frame.getCallNode();
                appendFrame(sb, jsRoot.displayName(), at != null ? at.getEncapsulatingSourceSection() : null);
                count[0]++;
            }
            current[0] = null;
            return count[0] >= LIMIT ? Boolean.TRUE : null;
        });
        return sb.toString();
    }

    private static void appendFrame(StringBuilder sb, String name, SourceSection section) {
        sb.append("    at ");
        String location = section == null || !section.isAvailable() ? "<anonymous>"
                : section.getSource().getName() + ":" + section.getStartLine() + ":" + section.getStartColumn();
        if (name == null || name.isEmpty()) {
            sb.append(location);
        } else {
            sb.append(name).append(" (").append(location).append(')');
        }
        sb.append('\n');
    }
}
