package io.coverkit.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of the command line in a process of its own, laid out as the CLI jar runs: the main
 * classes and their runtime libraries on the class path, nothing of the tests, and the build folder
 * (the scenario test runtime: {@code test-classes} and the test class path) found beside them. An
 * in-process run cannot show what only that layout does: under the test runner, coverkit's test
 * classes share the main classes' class loader.
 */
record CliProcess(int code, String out, String err) {

    /** The build folder: the parent of the main classes, as the command line finds it. */
    static Path buildDir() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("the main classes' location is not a path", e);
        }
    }

    /** Runs {@code coverkit args...} in {@code workingDir}, with {@code coverkit.home} the checkout as bin/coverkit sets it. */
    static CliProcess run(Path workingDir, String... args) throws IOException, InterruptedException {
        Path build = buildDir();
        Path runtime = build.resolve("coverkit-runtime.classpath");
        if (!Files.isRegularFile(runtime)) {
            throw new IllegalStateException(runtime + " is missing; the build writes it (mvn generate-test-resources)");
        }
        String classPath = build.resolve("classes") + File.pathSeparator + Files.readString(runtime, StandardCharsets.UTF_8).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dcoverkit.home=" + Path.of("").toAbsolutePath(),
                "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("coverkit-out", ".txt");
        Path err = Files.createTempFile("coverkit-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("coverkit " + String.join(" ", args) + " did not finish in 5 minutes");
            }
            return new CliProcess(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Standard output, line by line. */
    List<String> lines() {
        return out.lines().toList();
    }
}
