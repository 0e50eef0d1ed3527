package dev.gleaner.app.cli;

import dev.gleaner.app.usecase.Notes;
import dev.gleaner.app.usecase.Progress;
import dev.gleaner.ingest.local.ImportReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner import PATH...}. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import Markdown, text and HTML files, or folders of them.",
            "Markdown (.md/.markdown) keeps its YAML/TOML front matter (title, date, tags); .txt keeps its text;",
            "HTML (.html/.htm) goes through the article extractor. Folders are read recursively.",
            "Importing an unchanged file again changes nothing; a changed file updates its article."
        })
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportReport report = root.services().notes().importPaths(paths, Progress.NONE, new Notes.Listener() {
            @Override
            public void file(ImportReport.FileResult r) {
                switch (r) {
                    case ImportReport.Added a ->
                        out.println(oneLine("added     %d  %s  (%s)".formatted(a.articleId(), a.title(), a.file())));
                    case ImportReport.Updated u ->
                        out.println(oneLine("updated   %d  %s  (%s)".formatted(u.articleId(), u.title(), u.file())));
                    case ImportReport.Unchanged u ->
                        out.println(oneLine("unchanged %d  %s  (%s)".formatted(u.articleId(), u.title(), u.file())));
                    case ImportReport.Failed f -> out.println(oneLine("failed    " + f.reason()));
                }
                out.flush();
            }

            @Override
            public void warning(ImportReport.Warning w) {
                err.println(oneLine("gleaner: warning: " + w.message()));
                err.flush();
            }
        });
        long failed = report.count(ImportReport.Failed.class);
        out.printf(
                "%d added, %d updated, %d unchanged, %d failed%n",
                report.count(ImportReport.Added.class),
                report.count(ImportReport.Updated.class),
                report.count(ImportReport.Unchanged.class),
                failed);
        if (!report.warnings().isEmpty()) {
            // Said apart, so that the summary line keeps its shape: these files were imported.
            out.printf(
                    "%d imported with warnings (see above)%n", report.warnings().size());
        }
        if (!report.gone().isEmpty()) {
            // Deleted (or renamed and edited) since the last import: kept, and named so they can go.
            for (ImportReport.Gone g : report.gone()) {
                out.println(oneLine("gone      %d  %s  (%s)".formatted(g.articleId(), g.title(), g.file())));
            }
            out.printf(
                    "%d imported before are gone from their folder and stay in the library;"
                            + " remove them with: gleaner delete %s%n",
                    report.gone().size(),
                    String.join(
                            " ",
                            report.gone().stream()
                                    .map(g -> Long.toString(g.articleId()))
                                    .toList()));
        }
        return failed == 0 ? 0 : Cli.USER_ERROR;
    }

    /**
     * {@return {@code line} with line breaks and other control characters in file names and titles
     * shown as escapes, so that each result stays on one line}
     */
    static String oneLine(String line) {
        StringBuilder b = new StringBuilder(line.length());
        line.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        b.append("\\x%02x".formatted(c));
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }
}
