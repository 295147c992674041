package io.coverkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** coverkit's main classes, from every artifact's classes folder or jar, imported once for the architecture tests. */
final class MainClasses {

    private static JavaClasses imported;

    private MainClasses() {}

    static synchronized JavaClasses all() {
        if (imported == null) {
            imported = new ClassFileImporter()
                    // main classes only: not the test classes, nor the test jar of shared test helpers
                    .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
                    .importPackages("io.coverkit");
        }
        return imported;
    }
}
