package io.coverkit.cli;

import io.coverkit.api.Decision;
import io.coverkit.api.Explainer;
import io.coverkit.api.GuidelineLibrary;
import io.coverkit.determination.Determination;
import io.coverkit.json.DeterminationWriter;
import io.coverkit.request.RequestError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * One {@code coverkit eval}: decide a request file and print the determination (and, when asked,
 * the explanation). The same for picocli's {@link EvalCommand} and the plain path of {@link Main}.
 */
final class Evaluation {

    private Evaluation() {}

    /** Decides and prints; returns the exit code: 0 decided, 2 bad request, 1 policies with errors. */
    static int run(EvalArguments args, PrintWriter out, PrintWriter err) {
        String json;
        try {
            json = Files.readString(args.request(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(args.request() + ": cannot read the request file");
            return 2;
        }
        GuidelineLibrary library = PolicyFolders.policiesForDeciding(args.policies(), err, true).orElse(null);
        if (library == null) {
            return 1;
        }
        DeterminationWriter writer = new DeterminationWriter();
        Decision decision = library.decideJson(json, args.asOf());
        if (decision instanceof Decision.Rejected rejected) {
            for (RequestError e : rejected.errors()) {
                err.println(args.request() + ": " + e.format());
            }
            out.println(writer.writeErrors(rejected.errors()));
            return 2;
        }
        Determination determination = ((Decision.Decided) decision).determination();
        out.println(writer.write(determination));
        if (args.explain()) {
            out.println();
            out.print(new Explainer().explain(determination,
                    library.evaluator(determination.guideline()).orElseThrow().guideline()));
            out.flush();
        }
        return 0;
    }
}
