package io.coverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * spark/run's JVM options (spark/conf/jvm-options) are Spark's own list, as its launcher gives
 * them to every Spark JVM, so a Spark upgrade that changes the list fails here rather than at run
 * time. One option is left out: the incubating Vector API, which Spark uses only where it is
 * present, and whose module makes the JVM print a warning on every start.
 */
class JvmOptionsTest {

    @Test
    void theOptionsAreSparksOwnBarTheIncubatingVectorModule() throws IOException {
        List<String> expected = new ArrayList<>(List.of(JavaModuleOptions.defaultModuleOptionArray()));
        expected.remove("--add-modules=jdk.incubator.vector");
        assertEquals("-XX:+IgnoreUnrecognizedVMOptions", expected.get(0), "options this JVM does not know are ignored, not fatal");
        assertEquals(expected, Files.readAllLines(Path.of("spark/conf/jvm-options")));
    }
}
