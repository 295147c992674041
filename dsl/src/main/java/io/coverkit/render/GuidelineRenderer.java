package io.coverkit.render;

import io.coverkit.model.Guideline;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Renders a guideline back into a readable document in the published order and words, so an
 * analyst can compare it with the published guideline. The guideline's template (see
 * {@link io.coverkit.model.Layout}) lays the page out as the publisher does; Markdown and HTML are
 * written from the same page, followed by the encoding notes: what the file adds to the published words.
 */
public final class GuidelineRenderer {

    /** Output formats. */
    public enum Format {
        MD,
        HTML
    }

    private static final DateTimeFormatter PUBLISHED = DateTimeFormatter.ofPattern("MM/dd/yy");

    /**
     * The guideline as it stood on {@code date} (the revision in force then), in the given format.
     * Content the published text does not reveal for that date is marked as unknown.
     */
    public String render(Guideline g, LocalDate date, Format format) {
        return render(g.asOf(date), format);
    }

    /** The guideline as given (usually one revision of it, see {@link Guideline#asOf}), in the given format. */
    public String render(Guideline g, Format format) {
        return switch (format) {
            case MD -> markdown(g);
            case HTML -> html(g);
        };
    }

    /** The guideline as Markdown. */
    public String markdown(Guideline g) {
        return MarkdownWriter.write(Templates.page(g));
    }

    private static String html(Guideline g) {
        return HtmlWriter.write(g.id() + " " + g.title(), g.layout().template(), Templates.page(g));
    }

    /** A date as the published guideline prints it: {@code 02/15/10}. */
    public static String published(LocalDate date) {
        return PUBLISHED.format(date);
    }

}
