package io.coverkit.cli;

import io.coverkit.diagnostic.DiagnosticTable;
import io.coverkit.dsl.IdeDescriptor;
import io.coverkit.dsl.VocabularyReference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coverkit docs [DIR]}: writes the vocabulary reference and the diagnostic table, and the
 * IDE descriptor (GDSL) beside the DSL's sources, all from the one vocabulary declaration.
 */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = CoverkitCommand.Version.class,
        description = "Write the vocabulary reference, the diagnostic code table and the IDE descriptor (generated from the code).")
final class DocsCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "where to write them (default: docs)")
    Path dir = Path.of("docs");

    @Option(names = "--ide-dir", paramLabel = "DIR", description = "where to write coverkit.gdsl (default: dsl/ beside DIR)")
    Path ideDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            Files.createDirectories(dir);
            write(dir.resolve("vocabulary.md"), new VocabularyReference().markdown());
            write(dir.resolve("diagnostics.md"), new DiagnosticTable().markdown());
            Path ide = ideDir != null ? ideDir : dir.toAbsolutePath().normalize().resolveSibling("dsl");
            Files.createDirectories(ide);
            write(ide.resolve(IdeDescriptor.FILE_NAME), new IdeDescriptor().gdsl());
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println(dir + ": cannot write the docs: " + e.getMessage());
            return 1;
        }
    }

    private void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + file);
    }
}
