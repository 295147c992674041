package io.coverkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Where {@code coverkit test} finds Spock, Groovy's compiler and the scenario kit: the build writes
 * the test classpath to {@code coverkit-test.classpath} and compiles the kit into
 * {@code test-classes}, both in the build folder beside the CLI jar. They are loaded in a child of
 * the CLI's own class loader, so the command line's main classes (the scenario log, the reports)
 * are the very ones the specs record into.
 *
 * <p>{@code test-classes} is the whole of coverkit's own test output, so its
 * {@code META-INF/services} also registers what coverkit's unit-test run uses (a launcher session
 * listener that holds the direct parser against Groovy's, reaching into the DSL's package). The
 * scenario launcher therefore registers no listener or filter from services: only the test engines
 * (Spock) are found that way, and Spock's own extensions (the scenario kit's) as Spock finds them.
 */
final class TestRuntime {

    /** The classpath file's name in the build folder. */
    static final String CLASSPATH_FILE = "coverkit-test.classpath";

    private TestRuntime() {}

    /** The build folder: the one holding the CLI jar, or the one holding {@code classes/} when run from a build. */
    static Optional<Path> buildDir() {
        String explicit = System.getProperty("coverkit.build.dir");
        if (explicit != null) {
            return Optional.of(Path.of(explicit));
        }
        try {
            Path location = Path.of(TestRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(location.getParent());
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * A launcher for scenarios that takes its engines from the context class loader's services but
     * no session, discovery or execution listener and no filter. Those are the unit-test run's own:
     * loaded here by the test runtime's class loader, outside the package of the main classes they
     * reach into, they fail with an access error on every run.
     */
    static Launcher launcher() {
        return LauncherFactory.create(LauncherConfig.builder()
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build());
    }

    /** A class loader over the test runtime, or empty when the build has not written it. */
    static Optional<URLClassLoader> loader(Path buildDir) {
        Path file = buildDir.resolve(CLASSPATH_FILE);
        Path testClasses = buildDir.resolve("test-classes");
        if (!Files.isRegularFile(file) || !Files.isDirectory(testClasses)) {
            return Optional.empty();
        }
        try {
            List<URL> urls = new ArrayList<>();
            urls.add(testClasses.toUri().toURL());
            for (String entry : Files.readString(file, StandardCharsets.UTF_8).strip().split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
            return Optional.of(new URLClassLoader("coverkit-test-runtime", urls.toArray(URL[]::new), TestRuntime.class.getClassLoader()));
        } catch (MalformedURLException e) {
            throw new IllegalStateException("the test classpath names a path that is not a URL", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
