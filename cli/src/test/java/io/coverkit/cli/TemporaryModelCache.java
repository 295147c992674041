package io.coverkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Models cached in a fresh folder for each test, as {@code bin/coverkit} caches them, so commands
 * run in-process read each policy file once; the property is restored afterwards. Use with
 * {@code @ExtendWith(TemporaryModelCache.class)}.
 */
public final class TemporaryModelCache implements BeforeEachCallback, AfterEachCallback {
    private static final String PROPERTY = "coverkit.cache";
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(TemporaryModelCache.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Path folder = Files.createTempDirectory("coverkit-model-cache");
        context.getStore(HERE).put("before", System.getProperty(PROPERTY, ""));
        System.setProperty(PROPERTY, folder.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String before = context.getStore(HERE).get("before", String.class);
        if (before == null || before.isEmpty()) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, before);
        }
    }
}
