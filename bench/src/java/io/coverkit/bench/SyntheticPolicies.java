package io.coverkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Realistic synthetic policy files for loading benchmarks: variants of the repository's real
 * policies (the long IGRT guideline and the criteria-heavy LDCT NCD, alternately), each under its
 * own guideline id and file name, with its own procedure code and indication wording, so that no
 * two files are alike and every one passes validation exactly as the originals do.
 */
public final class SyntheticPolicies {

    private SyntheticPolicies() {}

    /** Writes {@code count} variants into {@code dir} (created if need be); returns {@code dir}. */
    public static Path write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        String igrt = Files.readString(DecisionPaths.policy("04-77260-19.groovy"), StandardCharsets.UTF_8);
        String ldct = Files.readString(DecisionPaths.policy("ncd-210.14.groovy"), StandardCharsets.UTF_8);
        for (int i = 0; i < count; i++) {
            String id;
            String text;
            if (i % 2 == 0) {
                id = String.format(Locale.ROOT, "syn-igrt-%04d", i);
                // A code of the same shape per variant, replaced everywhere it appears so the update
                // history still announces it.
                String code = String.format(Locale.ROOT, "9%04d", i);
                text = igrt.replace("guideline('04-77260-19')", "guideline('" + id + "')")
                        .replace("77387", code)
                        .replace("'Implanted fiducial markers'", "'Implanted fiducial markers, variant " + i + "'")
                        .replace("Bony anatomy fails", "Bony anatomy (variant " + i + ") fails");
            } else {
                id = String.format(Locale.ROOT, "syn-ldct-%04d", i);
                text = ldct.replace("guideline('ncd-210.14')", "guideline('" + id + "')")
                        .replace("'Current smoker'", "'Current smoker (variant " + i + ")'");
            }
            Files.writeString(dir.resolve(id + ".groovy"), text, StandardCharsets.UTF_8);
        }
        return dir;
    }
}
