package io.coverkit.cli;

import io.coverkit.model.DateText;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The arguments of {@code coverkit eval} in the plain shapes that scripts and people type, read
 * without picocli: {@code eval REQUEST.json} with {@code --explain}, {@code --policies DIR} and
 * {@code --as-of DATE} (either {@code --name value} or {@code --name=value}), each at most once and
 * in any order. picocli builds a model of every subcommand by reflection before it reads an
 * argument, which costs more than deciding the request does; every other shape (help, version,
 * a mistake, an argument file, {@code --}) is left to picocli, so its messages stay its own.
 *
 * @param request the request file
 * @param policies the policies folder, or null for the default
 * @param asOf the date whose revision decides, or null for the request's date of service
 * @param explain whether to print an explanation after the determination
 * @param bundle the bundle to decide with instead of the policies, or null
 * @param bundleKey the public key the bundle's signature must verify with, or null
 */
record EvalArguments(Path request, Path policies, LocalDate asOf, boolean explain, Path bundle, Path bundleKey) {

    /** Arguments without a bundle. */
    EvalArguments(Path request, Path policies, LocalDate asOf, boolean explain) {
        this(request, policies, asOf, explain, null, null);
    }

    /** Where the guidelines come from. */
    LibrarySource source() {
        return new LibrarySource(policies, bundle, bundleKey);
    }

    /** The arguments when {@code args} is a plain {@code eval} command line, else empty. */
    static Optional<EvalArguments> parse(String... args) {
        if (args.length < 2 || !args[0].equals("eval")) {
            return Optional.empty();
        }
        String request = null;
        String policies = null;
        String asOf = null;
        String bundle = null;
        String bundleKey = null;
        boolean explain = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-")) {
                if (request != null || !plainValue(arg)) {
                    return Optional.empty();
                }
                request = arg;
            } else if (arg.equals("--explain") && !explain) {
                explain = true;
            } else {
                String name = valueOption(arg);
                String value;
                if (name == null) {
                    return Optional.empty();
                } else if (arg.length() > name.length()) {
                    value = arg.substring(name.length() + 1);
                } else if (i + 1 < args.length && plainValue(args[i + 1])) {
                    value = args[++i];
                } else {
                    return Optional.empty();
                }
                if (name.equals("--policies") && policies == null) {
                    policies = value;
                } else if (name.equals("--as-of") && asOf == null) {
                    asOf = value;
                } else if (name.equals("--bundle") && bundle == null) {
                    bundle = value;
                } else if (name.equals("--bundle-key") && bundleKey == null) {
                    bundleKey = value;
                } else {
                    return Optional.empty();
                }
            }
        }
        if (request == null || "".equals(policies) || "".equals(bundle) || "".equals(bundleKey)) {
            return Optional.empty();
        }
        LocalDate date = asOf == null ? null : DateText.parse(asOf);
        if (asOf != null && date == null) {
            // picocli words the error for a value it cannot convert (through DateOption)
            return Optional.empty();
        }
        try {
            return Optional.of(new EvalArguments(Path.of(request), path(policies), date, explain, path(bundle), path(bundleKey)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }

    // The option taking a value that an argument names, as `--name` or `--name=value`; null for any
    // other option, which makes the command line one for picocli.
    private static String valueOption(String arg) {
        for (String name : new String[] {"--policies", "--as-of", "--bundle-key", "--bundle"}) {
            if (arg.equals(name) || arg.startsWith(name + "=")) {
                return name;
            }
        }
        return null;
    }

    // A value picocli would take as it is: not empty, not an option, not an @argument-file.
    private static boolean plainValue(String arg) {
        return !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@");
    }
}
