package de.casebook.app.platform;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Keys generated once into the data directory: written whole or not at all, readable by their owner only. */
public final class SecretFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SecretFiles() {
    }

    public static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        var written = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(written);
        if (POSIX) {
            Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(written, content);
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
    }
}
