package dev.gleaner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** Which command a command line runs, read before picocli builds any command's model. */
class CommandsTest {
    private static Optional<String> named(String... args) {
        return Commands.named(args).map(Commands.Entry::name);
    }

    @Test
    void everyCommandIsListedUnderTheNameItsAnnotationGives() {
        for (Commands.Entry e : Commands.ALL) {
            assertEquals(
                    e.name(),
                    e.type().getAnnotation(Command.class).name(),
                    e.type().getName());
        }
    }

    @Test
    void commandsAreListedHereNotInTheRootAnnotation() {
        // A command listed in the annotation too would be built at every start, and twice.
        assertEquals(
                0,
                GleanerCommand.class.getAnnotation(Command.class).subcommands().length,
                "add new commands to Commands.ALL, not to @Command(subcommands) of GleanerCommand");
    }

    @Test
    void theCommandIsFoundAfterTheWorkspaceInEveryFormPicocliAccepts() {
        assertEquals(Optional.of("search"), named("search", "레디스"));
        assertEquals(Optional.of("search"), named("--workspace", "/tmp/ws", "search", "x"));
        assertEquals(Optional.of("list"), named("-w", "list", "list")); // a workspace named like a command
        assertEquals(Optional.of("list"), named("--workspace=/tmp/ws", "list"));
        assertEquals(Optional.of("list"), named("-w=/tmp/ws", "list"));
        assertEquals(Optional.of("list"), named("-w/tmp/ws", "list"));
        assertEquals(Optional.of("issue"), named("issue", "list", "--series", "weekly"));
    }

    @Test
    void helpVersionUnknownWordsAndTheWindowGetEveryCommand() {
        assertEquals(Optional.empty(), named());
        assertEquals(Optional.empty(), named("--help"));
        assertEquals(Optional.empty(), named("-V"));
        assertEquals(Optional.empty(), named("--workspace", "/tmp/ws"));
        assertEquals(Optional.empty(), named("serch", "x")); // the suggestions need every name
        assertEquals(Optional.empty(), named("generate-completion"));
        assertEquals(Optional.empty(), named("--bogus", "list"));
        assertEquals(Optional.empty(), named("@args.txt"));
        assertEquals(Optional.empty(), named("--snapshot", "/tmp/png"));
    }

    @Test
    void theWorkspaceIsReadInEveryFormPicocliAcceptsBeforeTheCommand() {
        // The folder whose index keeps the decoded dictionary costs a search start reads.
        assertEquals(
                Optional.of("/tmp/ws"), Commands.workspace(new String[] {"--workspace", "/tmp/ws", "search", "x"}));
        assertEquals(Optional.of("list"), Commands.workspace(new String[] {"-w", "list", "search", "x"}));
        assertEquals(Optional.of("/tmp/ws"), Commands.workspace(new String[] {"--workspace=/tmp/ws", "search", "x"}));
        assertEquals(Optional.of("/tmp/ws"), Commands.workspace(new String[] {"-w=/tmp/ws", "search", "x"}));
        assertEquals(Optional.of("/tmp/ws"), Commands.workspace(new String[] {"-w/tmp/ws", "search", "x"}));
        assertEquals(Optional.empty(), Commands.workspace(new String[] {"search", "--workspace", "/tmp/ws"}));
        assertEquals(Optional.empty(), Commands.workspace(new String[] {"search", "x"}));
        assertEquals(Optional.empty(), Commands.workspace(new String[] {"--workspace"}));
    }
}
