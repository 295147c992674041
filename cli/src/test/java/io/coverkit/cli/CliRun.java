package io.coverkit.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line in-process: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs {@code coverkit args...} with captured streams. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = CoverkitCommand.run(o, e, args);
        }
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The first JSON value on standard output; whatever follows it (an explanation) is not read. */
    JsonNode json() throws IOException {
        try (JsonParser parser = JSON.createParser(out)) {
            return JSON.readTree(parser);
        }
    }

    /** Every JSON value on standard output, in order. */
    List<JsonNode> jsonValues() throws IOException {
        List<JsonNode> values = new ArrayList<>();
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(out)) {
            it.forEachRemaining(values::add);
        }
        return values;
    }

    /** Standard output, line by line. */
    List<String> lines() {
        return out.lines().toList();
    }
}
