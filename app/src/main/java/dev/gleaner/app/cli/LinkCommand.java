package dev.gleaner.app.cli;

import dev.gleaner.app.usecase.Articles;
import dev.gleaner.core.GleanerException;
import dev.gleaner.core.model.Article;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner link ID URL}: gives an article (an imported note) the link an issue lists it under. */
@Command(
        name = "link",
        mixinStandardHelpOptions = true,
        description = {
            "Give an article its link, e.g. the address where an imported note is published,",
            "so that it can be added to an issue. Re-importing the note keeps the link."
        })
final class LinkCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The article id.")
    long id;

    @Parameters(index = "1", paramLabel = "URL", description = "An http(s) URL.")
    String url;

    @Override
    public Integer call() {
        Articles.Linked linked;
        try {
            linked = root.services().articles().link(id, url);
        } catch (Articles.NoSuchArticle e) {
            throw new GleanerException("There is no article " + id + ": see the ids with 'gleaner list'.", e);
        }
        Article before = linked.before();
        spec.commandLine()
                .getOut()
                .println("Linked " + id + "  " + before.title() + "  (" + linked.url() + ")"
                        + (before.url() == null ? "" : ", was " + before.url()));
        return 0;
    }
}
