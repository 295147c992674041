package io.coverkit.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example requests under {@code examples/}. The folders there that are projects of their own
 * (a {@code pom.xml} beside them: the policy team's repository, the service) are left out: their
 * files are sources and build output of another build, not requests. So is {@code examples/crd},
 * whose files are CDS Hooks requests and responses for the CRD server.
 */
public final class ExampleRequests {

    /** The examples folder, relative to the checkout root the tests run in. */
    public static final Path ROOT = Path.of("examples");

    /** The CDS Hooks examples of the CRD server: JSON, yet not coverage requests. */
    public static final Path CDS_HOOKS = ROOT.resolve("crd");

    private ExampleRequests() {}

    /** Every {@code .json} request example, sorted. */
    public static List<Path> files() throws IOException {
        return files(".json");
    }

    /** Every regular file of the examples whose name ends with {@code suffix} ("" for all), sorted. */
    public static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix))
                    .filter(ExampleRequests::outsideProjects).sorted().toList();
        }
    }

    /** Whether {@code file} lies outside every example project (a folder under examples/ with a pom.xml). */
    public static boolean outsideProjects(Path file) {
        if (file.startsWith(CDS_HOOKS)) {
            return false;
        }
        for (Path folder = file.getParent(); folder != null && !folder.equals(ROOT); folder = folder.getParent()) {
            if (Files.exists(folder.resolve("pom.xml"))) {
                return false;
            }
        }
        return true;
    }
}
