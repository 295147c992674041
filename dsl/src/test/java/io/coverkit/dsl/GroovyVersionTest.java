package io.coverkit.dsl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import groovy.lang.GroovySystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Policies are read only on the Groovy line coverkit-dsl is built and tested with; another one is refused saying how to fix it. */
class GroovyVersionTest {

    @Test
    void theRequiredVersionIsTheOneThisBuildTestsWith() {
        assertEquals(GroovySystem.getVersion(), GroovyVersion.REQUIRED, "GroovyVersion.REQUIRED follows groovy.version in pom.xml");
        assertDoesNotThrow(GroovyVersion::require);
    }

    @Test
    void anotherReleaseOfTheSameLineIsAccepted() {
        assertDoesNotThrow(() -> GroovyVersion.check("5.0.3"));
        assertDoesNotThrow(() -> GroovyVersion.check("5.1.0"));
    }

    @Test
    void groovyFourAsSpringBootManagesItIsRefusedNamingTheFix() {
        String message = assertThrows(IllegalStateException.class, () -> GroovyVersion.check("4.0.29")).getMessage();
        assertTrue(message.startsWith("coverkit-dsl needs Groovy 5.x (it is built and tested with " + GroovyVersion.REQUIRED
                + "), but the class path has Groovy 4.0.29;"), message);
        assertTrue(message.contains("set the property groovy.version to " + GroovyVersion.REQUIRED), message);
        assertTrue(message.contains("org.apache.groovy:groovy-bom:" + GroovyVersion.REQUIRED + " before spring-boot-dependencies"), message);
        assertThrows(IllegalStateException.class, () -> GroovyVersion.check("6.0.0"));
        assertThrows(IllegalStateException.class, () -> GroovyVersion.check(null));
    }

    @Test
    void theReadmeQuotesTheMessageAsPrinted() throws IOException {
        String message = assertThrows(IllegalStateException.class, () -> GroovyVersion.check("4.0.29")).getMessage();
        assertTrue(Files.readString(Path.of("README.md")).contains("`" + message + "`"), "README.md quotes: " + message);
    }
}
