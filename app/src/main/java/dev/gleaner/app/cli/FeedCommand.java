package dev.gleaner.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gleaner.app.usecase.Feeds;
import dev.gleaner.core.feed.Feed;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code gleaner feed}: subscribe, list, remove, import and export feeds. */
@Command(
        name = "feed",
        mixinStandardHelpOptions = true,
        description = "Manage feed subscriptions.",
        subcommands = {
            FeedCommand.Add.class,
            FeedCommand.ListFeeds.class,
            FeedCommand.Remove.class,
            FeedCommand.ImportOpml.class,
            FeedCommand.ExportOpml.class,
            FeedCommand.FullText.class,
            FeedCommand.Move.class
        })
final class FeedCommand implements Callable<Integer> {
    @ParentCommand
    GleanerCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** {@code gleaner feed add URL}. */
    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = "Subscribe to a feed, or find the feed of a site.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        FeedCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "URL", description = "A feed URL or a site URL.")
        String url;

        @Option(names = "--title", paramLabel = "T", description = "A title of your own.")
        String title;

        @Option(names = "--folder", paramLabel = "F", description = "The folder to put it in.")
        String folder;

        @Override
        public Integer call() {
            Feed stored = parent.root.services().feedUseCase().subscribe(url, title, folder);
            spec.commandLine().getOut().printf("%d\t%s%n", stored.id(), stored.displayName());
            return 0;
        }
    }

    /** {@code gleaner feed list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the feeds with their state.")
    static final class ListFeeds implements Callable<Integer> {
        @ParentCommand
        FeedCommand parent;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "text",
                description = "text or json (default: ${DEFAULT-VALUE}).")
        ListCommand.ListFormat format;

        @Override
        public Integer call() {
            List<Feed> feeds = parent.root.services().feedUseCase().list();
            PrintWriter out = spec.commandLine().getOut();
            if (format == ListCommand.ListFormat.json) {
                ObjectNode doc = Json.object();
                ArrayNode list = doc.putArray("feeds");
                for (Feed f : feeds) {
                    ObjectNode n = list.addObject();
                    n.put("id", f.id());
                    n.put("url", f.url());
                    n.put("title", f.title());
                    n.put("siteUrl", f.siteUrl());
                    n.put("folder", f.folder());
                    n.put(
                            "lastSuccess",
                            f.lastSuccess() == null ? null : f.lastSuccess().toString());
                    n.put("lastError", f.lastError());
                    n.put("unread", f.unread());
                    n.put("total", f.total());
                }
                Json.print(out, doc);
                return 0;
            }
            if (feeds.isEmpty()) {
                out.println("No feeds yet: add one with 'gleaner feed add URL' or 'gleaner feed import-opml FILE'.");
            }
            for (Feed f : feeds) {
                String state = state(f, ZoneId.systemDefault());
                out.printf(
                        "%5d  %4d/%-4d  %s%s  (%s)%n",
                        f.id(),
                        f.unread(),
                        f.total(),
                        f.folder() == null ? "" : f.folder() + " / ",
                        f.displayName(),
                        state);
            }
            return 0;
        }
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * {@return a feed's state in one phrase: when it last worked and, beside it, what went wrong
     * since} A feed failing for a week still shows when it last worked, so the reader can judge.
     */
    static String state(Feed f, ZoneId zone) {
        String ok = f.lastSuccess() == null ? null : WHEN.format(f.lastSuccess().atZone(zone));
        if (f.lastError() == null) {
            return ok == null ? "never fetched" : "ok " + ok;
        }
        if (f.failures() == 0) {
            // Fetched, though part of it was refused (a DTD, unsafe links): said beside the success.
            return (ok == null ? "fetched" : "ok " + ok) + "; " + f.lastError();
        }
        String failed = "failed " + (f.failures() == 1 ? "once" : f.failures() + " times") + ": " + f.lastError();
        return failed + (ok == null ? "; never fetched successfully" : "; last worked " + ok);
    }

    /** {@code gleaner feed remove ID}. */
    @Command(
            name = "remove",
            mixinStandardHelpOptions = true,
            description = "Unsubscribe; starred and noted articles are kept.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        FeedCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The feed id (see 'gleaner feed list').")
        long id;

        @Override
        public Integer call() {
            Feeds.Removed removed = parent.root.services().feedUseCase().remove(id);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Removed %s: %d articles deleted, %d kept.%n",
                            removed.feed().displayName(),
                            removed.removal().deleted(),
                            removed.removal().kept());
            return 0;
        }
    }

    /** {@code gleaner feed import-opml FILE}. */
    @Command(
            name = "import-opml",
            mixinStandardHelpOptions = true,
            description = "Subscribe to every feed of an OPML file.")
    static final class ImportOpml implements Callable<Integer> {
        @ParentCommand
        FeedCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "An OPML 1.0 or 2.0 file.")
        Path file;

        @Override
        public Integer call() {
            Feeds.OpmlImport done = parent.root.services().feedUseCase().importOpml(file);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Imported %d feeds in %d folders from %s (%d new).%n",
                            done.feeds(), done.folders(), file, done.added());
            return 0;
        }
    }

    /** {@code gleaner feed export-opml FILE}. */
    @Command(
            name = "export-opml",
            mixinStandardHelpOptions = true,
            description = "Write the subscriptions as OPML 2.0.")
    static final class ExportOpml implements Callable<Integer> {
        @ParentCommand
        FeedCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The OPML file to write.")
        Path file;

        @Override
        public Integer call() {
            int exported = parent.root.services().feedUseCase().exportOpml(file);
            spec.commandLine().getOut().printf("Exported %d feeds to %s.%n", exported, file);
            return 0;
        }
    }

    /** {@code gleaner feed full-text ID on|off}. */
    @Command(
            name = "full-text",
            mixinStandardHelpOptions = true,
            description = "Fetch the whole page of entries that are only excerpts (on) or keep the excerpts (off).")
    static final class FullText implements Callable<Integer> {
        @ParentCommand
        FeedCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The feed id.")
        long id;

        @Parameters(index = "1", paramLabel = "on|off", description = "on or off.")
        String value;

        @Override
        public Integer call() {
            boolean on = switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "on", "true", "yes" -> true;
                case "off", "false", "no" -> false;
                default ->
                    throw new picocli.CommandLine.ParameterException(
                            spec.commandLine(), "say on or off, not '" + value + "'");
            };
            Feeds.FullText done = parent.root.services().feedUseCase().fullText(id, on);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Full text for %s: %s (%d excerpt articles).%n",
                            done.feed().displayName(), done.on() ? "on" : "off", done.excerpts());
            return 0;
        }
    }

    /** {@code gleaner feed move ID FOLDER}. */
    @Command(
            name = "move",
            mixinStandardHelpOptions = true,
            description =
                    "Move a feed into a folder (as the Feeds view does); \"\" or --no-folder takes it out of its folder.")
    static final class Move implements Callable<Integer> {
        @ParentCommand
        FeedCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The feed id (see 'gleaner feed list').")
        long id;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FOLDER", description = "The folder; a new one is made.")
        String folder;

        @Option(names = "--no-folder", description = "Take the feed out of its folder.")
        boolean noFolder;

        @Override
        public Integer call() {
            if ((folder == null) == !noFolder) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a FOLDER or --no-folder");
            }
            Feed moved = parent.root.services().feedUseCase().move(id, noFolder ? "" : folder);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Moved %s %s.%n",
                            moved.displayName(),
                            moved.folder() == null || moved.folder().isBlank()
                                    ? "out of its folder"
                                    : "to " + moved.folder());
            return 0;
        }
    }
}
