package io.coverkit.api;

import io.coverkit.annotations.API;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * What reads policy files into a {@link GuidelineLibrary}: a service that {@code coverkit-dsl}
 * provides. The core carries no policy reader, so a service that deploys bundles needs no Groovy;
 * loading {@code *.groovy} files without {@code coverkit-dsl} on the class path fails with a
 * message that says so.
 */
@API(status = API.Status.INTERNAL)
public interface PolicyLoader {

    /**
     * Reads, validates and compiles policy files; a file with errors is left out with its
     * diagnostics, and every other file loads regardless.
     *
     * @param files the policy files, in order
     * @param cacheFolder where validated models are kept between runs, or null for none
     */
    GuidelineLibrary load(List<Path> files, Path cacheFolder);

    /**
     * As {@link #load}, reading each cached guideline only when it is first used.
     *
     * @param files the policy files, in order
     * @param cacheFolder where validated models are kept between runs
     */
    GuidelineLibrary loadOnDemand(List<Path> files, Path cacheFolder);

    /**
     * Reads, validates and compiles policy sources that are not files, as {@link #load} does files.
     * No revision lock is checked: locks sit beside files (a bundle carries its own).
     *
     * @param sources the policy sources, in order
     */
    GuidelineLibrary read(List<PolicySource> sources);

    /** The policy loader on the class path. */
    static PolicyLoader installed() {
        return InstalledLoader.LOADER;
    }
}

/** The installed policy loader, looked up once: a service loader scan is a class-path walk. */
final class InstalledLoader {

    static final PolicyLoader LOADER = ServiceLoader.load(PolicyLoader.class, PolicyLoader.class.getClassLoader())
            .findFirst().orElseGet(Missing::new);

    private InstalledLoader() {}

    /** Stands in when no reader is installed, so the failure names what to add. */
    private static final class Missing implements PolicyLoader {
        @Override
        public GuidelineLibrary load(List<Path> files, Path cacheFolder) {
            throw new IllegalStateException("reading policy files needs coverkit-dsl on the class path;"
                    + " without it, load a compiled bundle (coverkit bundle)");
        }

        @Override
        public GuidelineLibrary loadOnDemand(List<Path> files, Path cacheFolder) {
            return load(files, cacheFolder);
        }

        @Override
        public GuidelineLibrary read(List<PolicySource> sources) {
            return load(List.of(), null);
        }
    }
}
