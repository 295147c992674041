package io.coverkit.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * README.md's fenced blocks and the commands they show, each with its line number in the file.
 *
 * <p>A {@code ```sh} block is a list of commands, one a line, each run with no output shown (a
 * trailing {@code # comment} is the reader's, not the command's). A plain {@code ```} block whose
 * lines start with {@code $ } is a terminal session: each {@code $ command} line is followed by the
 * output it prints. A plain block without {@code $ } lines shows output without its command. Blocks
 * of source code ({@code groovy}, {@code json}, {@code java}, {@code xml}) show no command; any other language
 * is refused, so that a new kind of command block cannot go unnoticed.
 */
record Readme(List<String> lines, List<Block> blocks) {

    /** Languages whose blocks are code for the reader, never run. */
    static final Set<String> CODE_LANGUAGES = Set.of("groovy", "json", "java", "xml");

    /** A fenced block: the line of its opening fence (1-based), its language ("" when none), its lines. */
    record Block(int line, String language, List<Line> lines) {

        /** A terminal session: a plain block with at least one {@code $ } line. */
        boolean isSession() {
            return language.isEmpty() && lines.stream().anyMatch(l -> l.text().startsWith("$ "));
        }

        /** Output shown without a command: a plain block without {@code $ } lines. */
        boolean isOutputOnly() {
            return language.isEmpty() && !isSession();
        }
    }

    /** One line of a block, its indentation as the block's fence had it removed; {@code number} is 1-based. */
    record Line(int number, String text) {}

    /** A command the README tells the reader to run, with the output it shows (empty for a {@code sh} line). */
    record Command(int line, String text, List<Line> shown) {

        @Override
        public String toString() {
            return "README.md:" + line + ": `" + text + "`";
        }
    }

    /** Reads README.md; a fence left open is an error naming its line. */
    static Readme read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.stripLeading();
            if (!stripped.startsWith("```")) {
                continue;
            }
            int indent = line.length() - stripped.length();
            String language = stripped.substring(3).strip();
            List<Line> body = new ArrayList<>();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).strip().equals("```")) {
                String text = lines.get(j);
                // a block inside a list item is indented like its fence; its own indentation stays
                int cut = Math.min(indent, text.length() - text.stripLeading().length());
                body.add(new Line(j + 1, text.substring(cut).stripTrailing()));
                j++;
            }
            if (j == lines.size()) {
                throw new IllegalStateException("README.md:" + (i + 1) + ": the fenced block is never closed");
            }
            blocks.add(new Block(i + 1, language, List.copyOf(body)));
            i = j;
        }
        return new Readme(List.copyOf(lines), List.copyOf(blocks));
    }

    /**
     * The rows of the first table after the line holding {@code marker}, each as its cells (trimmed,
     * header and rule left out), with the row's line number first.
     */
    List<List<String>> tableAfter(String marker) {
        int i = 0;
        while (i < lines.size() && !lines.get(i).contains(marker)) {
            i++;
        }
        while (i < lines.size() && !lines.get(i).startsWith("|")) {
            i++;
        }
        if (i == lines.size()) {
            throw new IllegalStateException("README.md: no table after a line holding `" + marker + "`");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int row = i + 2; row < lines.size() && lines.get(row).startsWith("|"); row++) {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(row + 1));
            // a cell may hold `\|` (an escaped bar, as in `md\|html`)
            for (String cell : lines.get(row).strip().replaceAll("^\\||\\|$", "").split("(?<!\\\\)\\|")) {
                cells.add(cell.strip());
            }
            rows.add(List.copyOf(cells));
        }
        return List.copyOf(rows);
    }

    /** Every command of every {@code sh} block and terminal session, in the README's order. */
    List<Command> commands() {
        List<Command> commands = new ArrayList<>();
        for (Block block : blocks) {
            if (block.language().equals("sh")) {
                for (Line line : block.lines()) {
                    String command = line.text().replaceFirst("\\s+#.*$", "").strip();
                    if (!command.isEmpty() && !command.startsWith("#")) {
                        commands.add(new Command(line.number(), command, List.of()));
                    }
                }
            } else if (block.isSession()) {
                commands.addAll(session(block));
            }
        }
        return commands;
    }

    private static List<Command> session(Block block) {
        List<Command> commands = new ArrayList<>();
        List<Line> lines = block.lines();
        if (!lines.get(0).text().startsWith("$ ")) {
            throw new IllegalStateException("README.md:" + lines.get(0).number()
                    + ": a block of `$ command` lines starts with output; start it with its `$ ` line");
        }
        for (int i = 0; i < lines.size(); ) {
            Line command = lines.get(i++);
            List<Line> shown = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).text().startsWith("$ ")) {
                shown.add(lines.get(i++));
            }
            commands.add(new Command(command.number(), command.text().substring(2).strip(), List.copyOf(shown)));
        }
        return commands;
    }
}
