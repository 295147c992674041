package io.coverkit.dsl;

import groovy.lang.GroovySystem;

/**
 * The Groovy that coverkit-dsl reads policies with. The reader, its direct parser and the safety
 * checks around Groovy's parser are built and tested against one Groovy line; another one parses
 * into trees of a different shape (Groovy 4 builds property nodes without the metadata Groovy 5
 * gives them), which the reader was never checked against. So loading policies on another Groovy
 * fails at once, saying how to fix the build, instead of reading policies subtly differently. The
 * usual cause is a dependency manager that pins Groovy for the whole build, as Spring Boot's does.
 */
public final class GroovyVersion {

    /** The Groovy version coverkit-dsl is built and tested with. */
    public static final String REQUIRED = "5.0.8";

    private static final String LINE = REQUIRED.substring(0, REQUIRED.indexOf('.') + 1);

    private GroovyVersion() {}

    /**
     * Fails unless the Groovy on the class path is of the required major version.
     *
     * @throws IllegalStateException naming the Groovy found, the one required, and how to set it
     */
    public static void require() {
        check(GroovySystem.getVersion());
    }

    /** {@link #require()} for a given Groovy version. */
    static void check(String found) {
        if (found == null || !found.startsWith(LINE)) {
            throw new IllegalStateException("coverkit-dsl needs Groovy " + LINE + "x (it is built and tested with " + REQUIRED
                    + "), but the class path has Groovy " + found + "; pin org.apache.groovy:groovy to " + REQUIRED
                    + " in your build (under Spring Boot, whose dependency management sets Groovy 4: set the property"
                    + " groovy.version to " + REQUIRED + " with spring-boot-starter-parent, or import"
                    + " org.apache.groovy:groovy-bom:" + REQUIRED + " before spring-boot-dependencies)");
        }
    }
}
