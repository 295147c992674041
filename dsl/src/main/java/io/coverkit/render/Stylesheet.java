package io.coverkit.render;

/** The stylesheet embedded in every rendered page: plain, printable, readable at 1280 pixels. */
final class Stylesheet {
    private Stylesheet() {}

    static final String PAGE = """
            body { margin: 0; background: #f6f7f9; color: #1d2329; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
            main { max-width: 60rem; margin: 0 auto; padding: 2rem 2.5rem 4rem; background: #fff; min-height: 100vh; box-sizing: border-box; }
            h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
            h2 { font-size: 1.1rem; letter-spacing: 0.02em; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid #d7dde4; }
            h3 { font-size: 1rem; margin: 1.5rem 0 0.5rem; }
            p { margin: 0.5rem 0; }
            ul, ol { margin: 0.4rem 0 0.8rem; padding-left: 1.75rem; }
            li { margin: 0.25rem 0; }
            li > p { margin: 0.25rem 0; }
            .criteria[data-label]::before { content: attr(data-label); display: block; margin: 0 0 0.2rem -1.75rem; font-size: 0.75rem;
                font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; color: #4b6584; }
            .criteria[data-logic="none"], .criteria[data-logic="unless"] { border-left: 3px solid #c0392b; }
            .criteria[data-logic="none"]::before, .criteria[data-logic="unless"]::before { color: #c0392b; }
            li:target, tr:target, td:target, p:target { background: #fff6d5; }
            .table { overflow-x: auto; margin: 0.75rem 0; }
            table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
            caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
            th, td { border: 1px solid #cfd6de; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
            th { background: #eef2f6; }
            blockquote.notice { margin: 0.75rem 0; padding: 0.5rem 1rem; border-left: 4px solid #e0a800; background: #fff8e1; }
            hr { border: 0; border-top: 1px solid #d7dde4; margin: 2.5rem 0 1rem; }
            aside.encoding-notes { font-size: 0.9rem; color: #3d4852; background: #f3f6f9; padding: 0.5rem 1.25rem 1rem; border-radius: 4px; }
            aside.encoding-notes h2 { border: 0; margin-top: 0.75rem; }
            code { overflow-wrap: anywhere; }
            """;
}
