package io.coverkit.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The notices every page of the Medicare coverage database prints under a document's information
 * block: the AMA's (CPT), the ADA's (CDT) and two of the AHA's (UB-04). They concern code sets, not
 * the document, so a rendering drops them; each is found in the stored page by its opening words.
 */
final class LcdChrome {
    private LcdChrome() {}

    private static final List<String> OPENINGS = List.of(
            "CPT codes, descriptions, and other data only are copyright",
            "Current Dental Terminology ©",
            "Copyright © ",
            "Making copies or utilizing the content of the UB‐04 Manual");

    /** The notices of the stored page {@code file}, each a whole line as stored; none when the file is absent. */
    static String[] notices(Path file) {
        if (!Files.isRegularFile(file)) {
            return new String[0];
        }
        try {
            List<String> found = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (OPENINGS.stream().anyMatch(line::startsWith)) {
                    found.add(line);
                }
            }
            if (found.size() != OPENINGS.size()) {
                throw new IllegalStateException(file + " holds " + found.size() + " of the " + OPENINGS.size() + " notices");
            }
            return found.toArray(new String[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The section markers of the stored page ({@code == Heading ==}) and its notices, all dropped. */
    static String[] of(Path file) {
        List<String> all = new ArrayList<>(List.of("== ", " =="));
        all.addAll(List.of(notices(file)));
        return all.toArray(new String[0]);
    }
}
