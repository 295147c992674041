package io.coverkit.docs;

import io.coverkit.cli.Main;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/coverkit ARGS} as a process of its own, without the script's build step: this runs
 * inside {@code mvn verify}, before there is a jar, so the command line's main class runs from the
 * compiled classes with the libraries the jar names (the build lists them in
 * {@code coverkit-runtime.classpath}) and nothing of the tests. The settings are the script's:
 * {@code coverkit.home} is the checkout (here the copy the command runs in) and models are cached
 * under its {@code target/}. {@code coverkit test} finds the scenario runtime beside the classes,
 * as it finds it beside the jar.
 */
record CoverkitProcess(int code, String out, String err) {

    private static final long TIMEOUT_MINUTES = 3;

    /** Runs the command line in {@code checkout} with the given arguments. */
    static CoverkitProcess run(Path checkout, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // bin/coverkit's start-up settings, for its speed (the output does not depend on them)
                "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto", "-Xlog:disable",
                "-Dcoverkit.home=" + checkout.toAbsolutePath(),
                "-Dcoverkit.cache=" + checkout.toAbsolutePath().resolve("target").resolve("policy-cache"),
                "-cp", classPath(), Main.class.getName()));
        command.addAll(args);
        Path out = Files.createTempFile("readme-out", ".txt");
        Path err = Files.createTempFile("readme-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(checkout.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                return new CoverkitProcess(-1, Files.readString(out), Files.readString(err)
                        + "\n(stopped: it did not finish in " + TIMEOUT_MINUTES + " minutes)");
            }
            return new CoverkitProcess(process.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** What the reader sees: standard output, then standard error, line by line. */
    List<String> lines() {
        List<String> lines = new ArrayList<>(out.lines().toList());
        lines.addAll(err.lines().toList());
        return lines;
    }

    private static String nullDevice() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }

    // the compiled main classes, then the runtime libraries the build listed
    static String classPath() throws IOException {
        Path classes;
        try {
            classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the main classes' location is not a path", e);
        }
        Path list = classes.resolveSibling("coverkit-runtime.classpath");
        if (!Files.isRegularFile(list)) {
            throw new IllegalStateException(list + " is missing; the build writes it (mvn generate-test-resources)");
        }
        return classes + File.pathSeparator + Files.readString(list, StandardCharsets.UTF_8).strip();
    }
}
