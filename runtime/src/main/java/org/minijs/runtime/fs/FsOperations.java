package org.minijs.runtime.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.OpenOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The blocking file operations behind fs, in plain Java: they run on a pool thread (or on the loop thread for
 * the *Sync variants) and return plain data, never JavaScript values. Each failure is an {@link FsFailure}
 * naming the syscall node would report.
 */
final class FsOperations {
    /** What fs.stat reports, as plain data. */
    record StatData(boolean isFile, boolean isDirectory, boolean isSymbolicLink, long size, long mtimeMillis,
                    long atimeMillis, long ctimeMillis, long birthtimeMillis, int mode, long ino, long nlink,
                    int uid, int gid) { }

    private FsOperations() {
    }

    static byte[] readFile(Path path) throws FsFailure {
        if (Files.isDirectory(path)) {
            throw new FsFailure("EISDIR", "read", null);
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw FsFailure.from(e, "open", path);
        }
    }

    /** The open options of a node file-system flag string for writing ('w', 'wx', 'a', 'ax', 'r+' ...); null if unknown. */
    static OpenOption[] writeOptions(String flag) {
        return switch (flag) {
            case "w", "w+" -> new OpenOption[]{StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE};
            case "wx", "xw", "wx+", "xw+" -> new OpenOption[]{StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE};
            case "a", "a+", "as", "sa", "as+", "sa+" -> new OpenOption[]{StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND};
            case "ax", "xa", "ax+", "xa+" -> new OpenOption[]{StandardOpenOption.CREATE_NEW, StandardOpenOption.APPEND};
            case "r+", "rs+", "sr+" -> new OpenOption[]{StandardOpenOption.WRITE}; // no create, no truncate
            case "r", "rs", "sr" -> new OpenOption[]{StandardOpenOption.READ}; // opens, then the write fails
            default -> null;
        };
    }

    static Void writeFile(Path path, byte[] data, OpenOption[] options) throws FsFailure {
        boolean readOnly = options.length == 1 && options[0] == StandardOpenOption.READ;
        try (var channel = Files.newByteChannel(path, options)) {
            if (readOnly) {
                throw new FsFailure("EBADF", "write", null);
            }
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(data);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            return null;
        } catch (IOException e) {
            throw FsFailure.from(e, "open", path);
        }
    }

    /** scandir: libuv sorts the names (strcmp), so node's readdir order is sorted. */
    static List<String> readdir(Path path) throws FsFailure {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new FsFailure("ENOTDIR", "scandir", path);
        }
        try (Stream<Path> entries = Files.list(path)) {
            List<String> names = new ArrayList<>();
            entries.forEach(p -> names.add(p.getFileName().toString()));
            Collections.sort(names);
            return names;
        } catch (IOException e) {
            throw FsFailure.from(e, "scandir", path);
        }
    }

    /** A directory entry with its uv_dirent_type_t (1 file, 2 directory, 3 link, 0 anything else), as readdir(withFileTypes) reports. */
    record DirEntry(String name, int type) { }

    static List<DirEntry> readdirWithTypes(Path path) throws FsFailure {
        List<DirEntry> entries = new ArrayList<>();
        for (String name : readdir(path)) {
            Path entry = path.resolve(name);
            int type = Files.isSymbolicLink(entry) ? 3 : Files.isDirectory(entry) ? 2 : Files.isRegularFile(entry) ? 1 : 0;
            entries.add(new DirEntry(name, type));
        }
        return entries;
    }

    static StatData stat(Path path) throws FsFailure {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            int mode = 0;
            long ino = 0;
            long nlink = 1;
            int uid = 0;
            int gid = 0;
            try {
                mode = (Integer) Files.getAttribute(path, "unix:mode");
                ino = (Long) Files.getAttribute(path, "unix:ino");
                nlink = ((Number) Files.getAttribute(path, "unix:nlink")).longValue();
                uid = (Integer) Files.getAttribute(path, "unix:uid");
                gid = (Integer) Files.getAttribute(path, "unix:gid");
            } catch (UnsupportedOperationException | IllegalArgumentException ignored) {
                // not a unix file system: the portable attributes are all there is
            }
            return new StatData(a.isRegularFile(), a.isDirectory(), a.isSymbolicLink(), a.size(),
                    a.lastModifiedTime().toMillis(), a.lastAccessTime().toMillis(), a.lastModifiedTime().toMillis(),
                    a.creationTime().toMillis(), mode, ino, nlink, uid, gid);
        } catch (IOException e) {
            throw FsFailure.from(e, "stat", path);
        }
    }

    /** rename(2): replaces an existing file at {@code to}; {@code shownTo} is {@code to} as the program wrote it. */
    static Void rename(Path from, Path to, String shownTo) throws FsFailure {
        try {
            Files.move(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return null;
        } catch (IOException e) {
            throw FsFailure.from(e, "rename", from).to(shownTo);
        }
    }

    /** copyFile: {@code exclusive} is COPYFILE_EXCL (mode 1), failing with EEXIST when {@code to} exists. */
    static Void copyFile(Path from, Path to, String shownTo, boolean exclusive) throws FsFailure {
        try {
            if (exclusive) {
                Files.copy(from, to);
            } else {
                Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return null;
        } catch (IOException e) {
            throw FsFailure.from(e, "copyfile", from).to(shownTo);
        }
    }

    private static final String TEMP_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /** mkdtemp(3): a new directory named {@code prefix} plus six random characters; the name as the program's. */
    static String mkdtemp(Path cwd, String prefix) throws FsFailure {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; ; attempt++) {
            StringBuilder name = new StringBuilder(prefix);
            for (int i = 0; i < 6; i++) {
                name.append(TEMP_CHARS.charAt(random.nextInt(TEMP_CHARS.length())));
            }
            Path dir = cwd.resolve(name.toString());
            try {
                Files.createDirectory(dir);
                return name.toString();
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw FsFailure.from(e, "mkdtemp", cwd.resolve(prefix + "XXXXXX"));
                }
            } catch (IOException e) {
                throw FsFailure.from(e, "mkdtemp", cwd.resolve(prefix + "XXXXXX"));
            }
        }
    }

    static Void unlink(Path path) throws FsFailure {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new FsFailure("EISDIR", "unlink", path);
        }
        try {
            Files.delete(path);
            return null;
        } catch (IOException e) {
            throw FsFailure.from(e, "unlink", path);
        }
    }

    static Void mkdir(Path path, boolean recursive) throws FsFailure {
        try {
            if (recursive) {
                Files.createDirectories(path);
            } else {
                Files.createDirectory(path);
            }
            return null;
        } catch (IOException e) {
            throw FsFailure.from(e, "mkdir", path);
        }
    }

    static Void rmdir(Path path) throws FsFailure {
        try {
            Files.delete(path);
            return null;
        } catch (IOException e) {
            throw FsFailure.from(e, "rmdir", path);
        }
    }

    /** fs.rm: files, and directories with {@code recursive}; {@code force} ignores a missing path. */
    static Void rm(Path path, boolean recursive, boolean force) throws FsFailure {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (force) {
                return null;
            }
            throw new FsFailure("ENOENT", "stat", path);
        }
        try {
            if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                if (!recursive) {
                    throw new FsFailure("ERR_FS_EISDIR", "rm", path);
                }
                try (Stream<Path> walk = Files.walk(path)) {
                    List<Path> all = new ArrayList<>(walk.toList());
                    Collections.reverse(all);
                    for (Path p : all) {
                        Files.delete(p);
                    }
                }
            } else {
                Files.delete(path);
            }
            return null;
        } catch (IOException e) {
            throw FsFailure.from(e, "rm", path);
        }
    }

    static boolean exists(Path path) {
        return Files.exists(path);
    }

}
