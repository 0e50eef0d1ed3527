package dev.gleaner.app.cli;

import dev.gleaner.app.usecase.Articles;
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

    /** Adds or removes tags of one article, then prints what changed and the article's tags now. */
    abstract static class Change implements Callable<Integer> {
        @ParentCommand
        TagCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The article id.")
        long id;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TAG", description = "The tags.")
        List<String> tags;

        /** {@return what the line says, such as "added"} */
        abstract String done();

        /** Changes the tags of article {@code id}. */
        abstract Articles.Tagged apply(Articles articles);

        @Override
        public Integer call() {
            Articles.Tagged t = apply(parent.root.services().articles());
            Article a = t.article();
            List<String> changed = t.changed();
            PrintWriter out = spec.commandLine().getOut();
            out.printf(
                    "%-7s %5d  %s: %s%n",
                    done(), a.id(), a.title(), changed.isEmpty() ? "no change" : String.join(", ", changed));
            out.printf("tags    %5d  %s%n", a.id(), String.join(", ", t.now()));
            return 0;
        }
    }

    /** {@code gleaner tag add ID TAG...}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add tags to an article.")
    static final class Add extends Change {
        @Override
        String done() {
            return "added";
        }

        @Override
        Articles.Tagged apply(Articles articles) {
            return articles.addTags(id, tags);
        }
    }

    /** {@code gleaner tag remove ID TAG...}. */
    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Remove tags you added to an article (the tags it came with stay).")
    static final class Remove extends Change {
        @Override
        String done() {
            return "removed";
        }

        @Override
        Articles.Tagged apply(Articles articles) {
            return articles.removeTags(id, tags);
        }
    }
}
