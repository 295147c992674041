package io.coverkit.cli;

import io.coverkit.api.BatchFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An output file that appears only complete: written to a temporary file in the same folder (so the
 * move is a rename on the same file system) and moved onto its name when the writing succeeds. A
 * batch that stops midway keeps what it wrote as {@code NAME.partial} instead, and leaves the file
 * of that name as it was.
 */
final class AtomicOutput {

    /** What writes the output. */
    @FunctionalInterface
    interface Writing<T> {
        T write(OutputStream to) throws IOException;
    }

    private AtomicOutput() {}

    /** Where a stopped batch keeps its records. */
    static Path partial(Path output) {
        return output.resolveSibling(output.getFileName() + ".partial");
    }

    /** Runs {@code writing} into a temporary file, then moves it onto {@code output}. */
    static <T> T run(Path output, Writing<T> writing) throws IOException {
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            // Named as the file would have been, not as the temporary file.
            throw new java.nio.file.NoSuchFileException(output.toString());
        }
        Path temporary = Files.createTempFile(folder, "." + output.getFileName() + ".", ".tmp");
        if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            // A temporary file is private to its owner; the output is an ordinary file.
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        }
        boolean kept = false;
        try {
            T result;
            try (OutputStream to = Files.newOutputStream(temporary)) {
                result = writing.write(to);
            }
            move(temporary, output);
            kept = true;
            return result;
        } catch (BatchFailure failure) {
            move(temporary, partial(output));
            kept = true;
            throw failure;
        } finally {
            if (!kept) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
