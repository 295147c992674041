package io.coverkit.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.coverkit.diagnostic.Diagnostic;
import java.util.List;

/** Writes diagnostics as JSON for editors and CI annotations. */
public final class DiagnosticsWriter {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * {@code {"files": n, "errors": e, "warnings": w, "diagnostics": [{file, line, column, severity,
     * code, message, help}]}}, diagnostics in the order given (sorted by location).
     */
    public String write(int files, List<Diagnostic> diagnostics) {
        ObjectNode root = MAPPER.createObjectNode();
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        root.put("files", files);
        root.put("errors", errors);
        root.put("warnings", diagnostics.size() - errors);
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            list.addObject()
                    .put("file", d.at().file())
                    .put("line", d.at().line())
                    .put("column", d.at().column())
                    .put("severity", d.severity().word())
                    .put("code", d.code().name())
                    .put("message", d.message())
                    .put("help", d.help());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree built in memory always serializes", e);
        }
    }
}
