package io.coverkit.server.http;

import io.coverkit.api.GuidelineLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a watched source holds, summed up in one string that changes when it does: each file's
 * name, size, modification time and content digest (the digest catches an edit that keeps the size
 * within the file system's time resolution).
 */
final class Fingerprint {

    private Fingerprint() {}

    static String ofPolicies(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "missing";
        }
        StringBuilder sb = new StringBuilder();
        for (Path file : GuidelineLibrary.policyFiles(folder)) {
            sb.append(ofFile(file)).append('\n');
        }
        return sb.toString();
    }

    static String ofFile(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return file + " missing";
            }
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis() + " "
                    + HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
