package org.minijs.interpreter;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleLanguage;
import org.minijs.ast.Program;
import org.minijs.parser.JsParser;

/**
 * The Truffle language registration. Hosts normally drive the engine through {@link JSRealm} directly
 * (the runtime module does); {@code Context.eval("minijs", ...)} works as well for a plain script.
 */
@TruffleLanguage.Registration(id = MiniJsLanguage.ID, name = "minijs", version = "0.1",
        defaultMimeType = MiniJsLanguage.MIME, characterMimeTypes = MiniJsLanguage.MIME,
        contextPolicy = TruffleLanguage.ContextPolicy.EXCLUSIVE, dependentLanguages = "regex")
public final class MiniJsLanguage extends TruffleLanguage<JSRealm> {
    public static final String ID = "minijs";
    public static final String MIME = "application/x-minijs";

    private static final ContextReference<JSRealm> REALM = ContextReference.create(MiniJsLanguage.class);
    private static final LanguageReference<MiniJsLanguage> LANGUAGE = LanguageReference.create(MiniJsLanguage.class);

    /**
     * Valid until a realm of this language gets host hooks with an enabled engine listener (tracing): until
     * then function entries and exits skip looking up their realm (a thread-local read per call in the
     * fallback runtime) only to find nobody listening.
     */
    private final Assumption noEngineListener = Truffle.getRuntime().createAssumption("no engine listener");

    public Assumption noEngineListener() {
        return noEngineListener;
    }

    @Override
    protected JSRealm createContext(Env env) {
        return new JSRealm(this, env);
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Program program = JsParser.parse(request.getSource().getCharacters().toString(), request.getSource().getName());
        return JSRealm.get(null).translateScript(program, request.getSource());
    }

    static JSRealm realm(com.oracle.truffle.api.nodes.Node node) {
        return REALM.get(node);
    }

    public static MiniJsLanguage get(com.oracle.truffle.api.nodes.Node node) {
        return LANGUAGE.get(node);
    }
}
