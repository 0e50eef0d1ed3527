package dev.gleaner.app.cli;

import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.Article;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code gleaner tag add|remove ID TAG...}: the reader's own tags. They join the tags an article
 * came with, are found by {@code tag:} and {@code list --tag}, and outlive re-imports and refreshes.
 */
@Command(
        name = "tag",
        mixinStandardHelpOptions = true,
        description = "Add tags of your own to an article, or remove them.",
        subcommands = {TagCommand.Add.class, TagCommand.Remove.class})
final class TagCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Prints what changed and the article's tags now. */
    private static void report(PrintWriter out, String what, List<String> changed, Library library, Article a) {
        Article now = library.article(a.id()).orElse(a);
        out.printf(
                "%s %5d  %s: %s%n",
                what, a.id(), a.title(), changed.isEmpty() ? "no change" : String.join(", ", changed));
        out.printf("tags    %5d  %s%n", a.id(), String.join(", ", now.tags()));
    }

    /** {@code gleaner tag add ID TAG...}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add tags to an article.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        TagCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The article id.")
        long id;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TAG", description = "The tags to add.")
        List<String> tags;

        @Override
        public Integer call() {
            var services = parent.root.services();
            Library library = services.library();
            Article a = ArticleCommands.require(library, List.of(id)).getFirst();
            List<String> added = library.addUserTags(id, tags);
            services.afterLibraryChange();
            report(spec.commandLine().getOut(), "added  ", added, library, a);
            return 0;
        }
    }

    /** {@code gleaner tag remove ID TAG...}. */
    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Remove tags you added to an article (the tags it came with stay).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        TagCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The article id.")
        long id;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TAG", description = "The tags to remove.")
        List<String> tags;

        @Override
        public Integer call() {
            var services = parent.root.services();
            Library library = services.library();
            Article a = ArticleCommands.require(library, List.of(id)).getFirst();
            List<String> own = library.userTags(id);
            for (String t : tags) {
                boolean mine = own.stream().anyMatch(o -> o.equalsIgnoreCase(t.strip()));
                if (!mine && a.tags().stream().anyMatch(o -> o.equalsIgnoreCase(t.strip()))) {
                    throw new dev.gleaner.core.library.LibraryException(
                            "The tag '" + t.strip() + "' came with article " + id
                                    + " from its source, so it cannot be removed; only tags added with 'gleaner tag add' can.");
                }
            }
            List<String> removed = library.removeUserTags(id, tags);
            services.afterLibraryChange();
            report(spec.commandLine().getOut(), "removed", removed, library, a);
            return 0;
        }
    }
}
