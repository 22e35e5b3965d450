package org.minijs.runtime.fs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A failed file operation in node's terms (a uv error): code, errno, syscall and path; plain data, so a pool
 * thread can create it. The loop thread turns it into the Error object node throws.
 */
final class FsFailure extends Exception {
    /** code -> (errno, description), as libuv's uv_strerror words them. */
    private static final Map<String, Object[]> CODES = Map.of(
            "ENOENT", new Object[] {-2, "no such file or directory"},
            "EACCES", new Object[] {-13, "permission denied"},
            "EEXIST", new Object[] {-17, "file already exists"},
            "ENOTDIR", new Object[] {-20, "not a directory"},
            "EISDIR", new Object[] {-21, "illegal operation on a directory"},
            "ENOTEMPTY", new Object[] {-39, "directory not empty"},
            "EIO", new Object[] {-5, "i/o error"},
            "EBADF", new Object[] {-9, "bad file descriptor"});

    final String code;
    final String syscall;
    final String path;
    /** The second path of a two-path call (rename, copyfile) as the program wrote it, or null. */
    final String dest;

    FsFailure(String code, String syscall, Path path) {
        this(code, syscall, path, null);
    }

    FsFailure(String code, String syscall, Path path, String dest) {
        super(code, null, false, false);
        this.code = code;
        this.syscall = syscall;
        this.path = path == null ? null : path.toString();
        this.dest = dest;
    }

    /** This failure of a two-path call, naming its destination as shown. */
    FsFailure to(String shownDest) {
        return new FsFailure(code, syscall, path == null ? null : Path.of(path), shownDest);
    }

    static FsFailure from(IOException e, String syscall, Path path) {
        String code;
        if (e instanceof NoSuchFileException) {
            code = "ENOENT";
        } else if (e instanceof AccessDeniedException) {
            code = "EACCES";
        } else if (e instanceof FileAlreadyExistsException) {
            code = "EEXIST";
        } else if (e instanceof DirectoryNotEmptyException) {
            code = "ENOTEMPTY";
        } else if (e instanceof NotDirectoryException) {
            code = "ENOTDIR";
        } else if (e instanceof FileSystemException f && f.getReason() != null
                && f.getReason().contains("Is a directory")) {
            code = "EISDIR";
        } else if (e instanceof FileSystemException f && f.getReason() != null
                && f.getReason().contains("Not a directory")) {
            code = "ENOTDIR";
        } else {
            code = "EIO";
        }
        return new FsFailure(code, syscall, path);
    }

    int errno() {
        Object[] entry = CODES.get(code);
        return entry == null ? 0 : (Integer) entry[0];
    }

    /** "ENOENT: no such file or directory, open '/x'" (the path part only when there is one; "'a' -> 'b'" for two). */
    String message() {
        Object[] entry = CODES.get(code);
        String description = entry == null ? "unknown error" : (String) entry[1];
        return code + ": " + description + ", " + syscall + (path == null ? "" : " '" + path + "'")
                + (dest == null ? "" : " -> '" + dest + "'");
    }
}
