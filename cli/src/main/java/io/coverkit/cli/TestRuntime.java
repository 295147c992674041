package io.coverkit.cli;

import io.coverkit.kit.SpecCompiler;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * What {@code coverkit test} runs scenarios with: the scenario kit (coverkit-kit), Spock and
 * Groovy's compiler, which are on the command line's own class path (the distribution's
 * {@code lib/}). Specs are compiled into a class loader below it, so the kit's scenario log and
 * reports are the very classes the specs record into.
 */
final class TestRuntime {

    private TestRuntime() {}

    /** The spec compiler the kit installs, or empty when the kit is not on the class path. */
    static Optional<SpecCompiler> compiler() {
        return ServiceLoader.load(SpecCompiler.class, TestRuntime.class.getClassLoader()).findFirst();
    }

    /**
     * A launcher for scenarios that takes its engines from the context class loader's services but
     * no session, discovery or execution listener and no filter: a scenario run is the specs'
     * alone, whatever else a class path registers.
     */
    static Launcher launcher() {
        return LauncherFactory.create(LauncherConfig.builder()
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build());
    }
}
