package org.minijs.runtime;

/** The version minijs reports (--version, error trailers). */
public final class Version {
    public static final String VERSION = "v0.1.0";

    private Version() {
    }
}
