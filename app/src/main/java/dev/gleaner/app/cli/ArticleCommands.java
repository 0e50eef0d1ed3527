package dev.gleaner.app.cli;

import dev.gleaner.app.usecase.Articles;
import dev.gleaner.core.GleanerException;
import dev.gleaner.core.model.Article;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The window's actions on articles as commands: star, unstar, read, unread, notes and delete. Each
 * checks every id before it changes anything, and keeps the search index in step afterwards.
 */
final class ArticleCommands {
    private ArticleCommands() {}

    /** Sets one flag of articles as the window's list does, printing a line per article. */
    abstract static class FlagCommand implements Callable<Integer> {
        @ParentCommand
        GleanerCommand root;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids (see 'gleaner list').")
        List<Long> ids;

        private final String done;
        private final Articles.Flag flag;
        private final boolean on;

        /**
         * @param done what the line says of an article that changed, such as "starred"
         * @param flag the flag it sets
         * @param on whether it sets the flag or clears it
         */
        FlagCommand(String done, Articles.Flag flag, boolean on) {
            this.done = done;
            this.flag = flag;
            this.on = on;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Articles.Flagged f : root.services().articles().set(ids, flag, on)) {
                Article a = f.article();
                out.printf("%-9s %5d  %s%n", f.changed() ? done : "already", a.id(), a.title());
            }
            return 0;
        }
    }

    /** {@code gleaner star ID...}. */
    @Command(name = "star", mixinStandardHelpOptions = true, description = "Star articles (as 's' in the window).")
    static final class Star extends FlagCommand {
        Star() {
            super("starred", Articles.Flag.STARRED, true);
        }
    }

    /** {@code gleaner unstar ID...}. */
    @Command(name = "unstar", mixinStandardHelpOptions = true, description = "Take the star off articles.")
    static final class Unstar extends FlagCommand {
        Unstar() {
            super("unstarred", Articles.Flag.STARRED, false);
        }
    }

    /** {@code gleaner read ID...}. */
    @Command(name = "read", mixinStandardHelpOptions = true, description = "Mark articles read.")
    static final class Read extends FlagCommand {
        Read() {
            super("read", Articles.Flag.READ, true);
        }
    }

    /** {@code gleaner unread ID...}. */
    @Command(
            name = "unread",
            mixinStandardHelpOptions = true,
            description = "Mark articles unread (back in the Inbox).")
    static final class Unread extends FlagCommand {
        Unread() {
            super("unread", Articles.Flag.READ, false);
        }
    }

    /** {@code gleaner notes ID [FILE|-]}. */
    @Command(
            name = "notes",
            mixinStandardHelpOptions = true,
            description = {
                "Print an article's notes, or replace them with a Markdown file ('-' for standard input).",
                "An empty file clears them; --clear does too."
            })
    static final class Notes implements Callable<Integer> {
        @ParentCommand
        GleanerCommand root;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The article id.")
        long id;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FILE|-", description = "The new notes (Markdown).")
        String file;

        @Option(names = "--clear", description = "Remove the article's notes.")
        boolean clear;

        @Override
        public Integer call() throws IOException {
            if (clear && file != null) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "give a FILE or --clear, not both");
            }
            Articles articles = root.services().articles();
            Article a = articles.require(id);
            PrintWriter out = spec.commandLine().getOut();
            if (file == null && !clear) {
                out.print(a.notes().isEmpty() || a.notes().endsWith("\n") ? a.notes() : a.notes() + "\n");
                return 0;
            }
            String notes = clear ? "" : read(file).replace("\r\n", "\n");
            articles.setNotes(id, notes);
            long lines = notes.isBlank() ? 0 : notes.strip().lines().count();
            out.printf(
                    notes.isBlank() ? "Cleared the notes of %d  %s%n" : "Saved %d  %s: %d line(s) of notes%n",
                    a.id(),
                    a.title(),
                    lines);
            return 0;
        }

        private String read(String name) throws IOException {
            if (name.equals("-")) {
                try {
                    return StandardCharsets.UTF_8
                            .newDecoder()
                            .decode(java.nio.ByteBuffer.wrap(root.stdin().readAllBytes()))
                            .toString();
                } catch (CharacterCodingException e) {
                    throw new GleanerException("The notes on standard input are not UTF-8 text: save them as UTF-8.");
                }
            }
            Path path = root.path(name);
            try {
                return Files.readString(path);
            } catch (NoSuchFileException e) {
                throw new GleanerException(
                        "There is no file " + path + ": give the notes' Markdown file, or - for standard input.");
            } catch (CharacterCodingException e) {
                throw new GleanerException("The notes file " + path + " is not UTF-8 text: save it as UTF-8.");
            } catch (IOException e) {
                throw new GleanerException("Cannot read the notes file " + path + ": " + e.getMessage(), e);
            }
        }
    }

    /** {@code gleaner delete ID...}. */
    @Command(
            name = "delete",
            mixinStandardHelpOptions = true,
            description = {
                "Delete articles from the library (issue items keep their heading, summary and link).",
                "A feed's article still in its feed comes back at the next refresh."
            })
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        GleanerCommand root;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids (see 'gleaner list').")
        List<Long> ids;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Article a : root.services().articles().delete(ids)) {
                out.printf("deleted %5d  %s%n", a.id(), a.title());
            }
            return 0;
        }
    }
}
