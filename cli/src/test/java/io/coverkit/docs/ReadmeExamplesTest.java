package io.coverkit.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coverkit.cli.Main;
import io.coverkit.determination.Outcome;
import io.coverkit.examples.ExampleRequests;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README's table of the bundled examples is what {@code bin/coverkit eval} gives for each: the
 * outcome named first in a row (or {@code exit N:} and what the errors name), and every other
 * name in backticks in what it prints, and every date and number of the row in that or in the
 * request. Every example is in the table. (The command line runs in-process here, with models
 * cached as bin/coverkit caches them; {@link ReadmeCommandsTest} runs it as a process.)
 */
@org.junit.jupiter.api.extension.ExtendWith(io.coverkit.cli.TemporaryModelCache.class)
class ReadmeExamplesTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern EXIT = Pattern.compile("exit (\\d+):.*");
    // a date, or a number that is not part of a word or a date (19.5, 730, 77014)
    private static final Pattern FIGURE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|(?<![\\w.-])\\d+(?:\\.\\d+)?(?![\\w-])");



    @Test
    void everyExampleGivesWhatTheTableSays() throws IOException {
        List<List<String>> rows = Readme.read(Path.of("README.md")).tableAfter("`examples/` holds");
        List<String> problems = new ArrayList<>();
        TreeSet<String> listed = new TreeSet<>();
        for (List<String> row : rows) {
            String where = "README.md:" + row.get(0) + ": ";
            Matcher file = TICKED.matcher(row.get(1));
            if (!file.matches()) {
                problems.add(where + "the first cell is not one `file`: " + row.get(1));
                continue;
            }
            listed.add(file.group(1));
            Path request = EXAMPLES.resolve(file.group(1));
            if (!Files.isRegularFile(request)) {
                problems.add(where + request + " does not exist");
                continue;
            }
            problems.addAll(check(where + "`bin/coverkit eval " + request + "`", row.get(2), request));
        }
        try (Stream<Path> files = ExampleRequests.files().stream()) {
            files.map(p -> EXAMPLES.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !listed.contains(name)).sorted()
                    .forEach(name -> problems.add("examples/" + name + " is not in README's table of examples"));
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    private static List<String> check(String what, String said, Path request) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "eval", request.toString());
        String printed = out + err.toString();
        List<String> problems = new ArrayList<>();
        List<String> ticked = TICKED.matcher(said).results().map(m -> m.group(1)).toList();
        Matcher exit = EXIT.matcher(said);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        if (exit.matches()) {
            if (code != Integer.parseInt(exit.group(1))) {
                problems.add(what + " exits " + code + ", the table says " + exit.group(1));
            }
            List<String> named = new ArrayList<>();
            json.path("errors").forEach(e -> {
                named.add(e.path("field").asText());
                named.add(e.path("message").asText());
            });
            // `dateOfService` is a field the errors name; `PPO` a value one of their messages quotes
            ticked.stream().filter(t -> named.stream().noneMatch(n -> n.equals(t) || n.contains("`" + t + "`")))
                    .forEach(t -> problems.add(what + ": no error names `" + t + "` (as its field or quoted in its message); "
                            + "the errors: " + json.path("errors")));
        } else if (ticked.isEmpty() || Arrays.stream(Outcome.values()).noneMatch(o -> o.name().equals(ticked.get(0)))) {
            problems.add(what + ": the row names no outcome first (`OUTCOME` or `exit N: ...`): " + said);
        } else {
            if (code != 0) {
                problems.add(what + " exits " + code + ", expected 0:\n" + printed);
            }
            if (!ticked.get(0).equals(json.path("outcome").asText())) {
                problems.add(what + " gives " + json.path("outcome").asText() + ", the table says " + ticked.get(0));
            }
            ticked.stream().skip(1).filter(t -> !printed.contains(t))
                    .forEach(t -> problems.add(what + " does not print `" + t + "`, which the table names"));
        }
        String asked = Files.readString(request);
        FIGURE.matcher(said.replaceAll("`[^`]*`", "")).results().map(java.util.regex.MatchResult::group)
                .filter(f -> !printed.contains(f) && !asked.contains(f))
                .forEach(f -> problems.add(what + ": " + f + ", which the table says, is neither in the request nor printed"));
        return problems;
    }
}
