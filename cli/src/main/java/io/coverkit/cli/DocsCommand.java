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
 * {@code coverkit docs [DIR]}: writes the vocabulary reference, the diagnostic table and the IDE
 * descriptor (GDSL), all from the one vocabulary declaration. Without DIR they go where the
 * repository keeps them (the references in {@code docs/}, the descriptor in the DSL's source root
 * {@code dsl/}, where IntelliJ reads it); with DIR, all three go into DIR and nothing outside it.
 */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = CoverkitCommand.Version.class,
        description = "Write the vocabulary reference, the diagnostic code table and the IDE descriptor (generated from the code).")
final class DocsCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "write all three files into DIR (default: the repository's docs/, and coverkit.gdsl into its dsl/)")
    Path dir;

    @Option(names = "--ide-dir", paramLabel = "DIR", description = "where to write coverkit.gdsl instead")
    Path ideDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path docs = dir != null ? dir : repository().resolve("docs");
        try {
            Files.createDirectories(docs);
            write(docs.resolve("vocabulary.md"), new VocabularyReference().markdown());
            write(docs.resolve("diagnostics.md"), new DiagnosticTable().markdown());
            Path ide = ideDir != null ? ideDir : dir != null ? dir : repository().resolve("dsl");
            Files.createDirectories(ide);
            write(ide.resolve(IdeDescriptor.FILE_NAME), new IdeDescriptor().gdsl());
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println(docs + ": cannot write the docs: " + e.getMessage());
            return 1;
        }
    }

    /** The checkout (bin/coverkit names it in {@code coverkit.home}), else the working folder. */
    private static Path repository() {
        String home = System.getProperty("coverkit.home");
        return home != null && Files.isDirectory(Path.of(home, "dsl")) ? Path.of(home) : Path.of("");
    }

    private void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + file);
    }
}
