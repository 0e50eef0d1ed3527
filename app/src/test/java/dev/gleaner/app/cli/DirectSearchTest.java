package dev.gleaner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A plain search runs without picocli: it must read its command line as picocli does, or leave it to picocli. */
class DirectSearchTest {
    @TempDir
    Path dir;

    /** What picocli reads from {@code args}: workspace, words, limit, sort and format. */
    private static DirectSearch.Parsed picocli(String... args) {
        GleanerCommand root = new GleanerCommand(Map.of());
        CommandLine cl =
                Cli.commandLine(root, args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        CommandLine.ParseResult parsed = cl.parseArgs(args);
        SearchCommand search = (SearchCommand) parsed.subcommand().commandSpec().userObject();
        return new DirectSearch.Parsed(
                root.workspace, search.query, search.options.limit, search.options.sort, search.options.format);
    }

    @Test
    void aPlainSearchIsReadAsPicocliReadsIt() {
        List<String[]> lines = List.of(
                new String[] {"search", "레디스"},
                new String[] {"--workspace", "/tmp/ws", "search", "--format=json", "--limit=10", "카프카", "컨슈머"},
                new String[] {"--workspace=/tmp/ws", "search", "--format", "text", "kafka", "--limit", "5"},
                new String[] {"-w", "ws", "search", "--sort=date", "title:redis", "a=b", "search"},
                new String[] {"-w", "ws", "search", "Redis", "분산", "락", "--sort", "relevance", "--limit=1000"},
                new String[] {"search", "\"메시지 큐\"", "OR", "kafka", "after:2024-01-01"});
        for (String[] args : lines) {
            Optional<DirectSearch.Parsed> direct = DirectSearch.parse(args);
            assertTrue(direct.isPresent(), String.join(" ", args));
            assertEquals(picocli(args), direct.get(), String.join(" ", args));
        }
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        List<String[]> lines = List.of(
                new String[] {"search"},
                new String[] {"search", "--help"},
                new String[] {"search", "-kafka", "redis"},
                new String[] {"search", "@words.txt"},
                new String[] {"search", "--save", "weekly", "redis"},
                new String[] {"search", "--limit", "0", "redis"},
                new String[] {"search", "--limit=1001", "redis"},
                new String[] {"search", "--limit=010", "redis"},
                new String[] {"search", "--limit=5", "--limit=6", "redis"},
                new String[] {"search", "--format=JSON", "redis"},
                new String[] {"search", "--format", "xml", "redis"},
                new String[] {"search", "--sort", "--limit", "redis"},
                new String[] {"search", "--", "redis"},
                new String[] {"search", "", "redis"},
                new String[] {"search", "redis", "--workspace", "/tmp/ws"},
                new String[] {"-w/tmp/ws", "search", "redis"},
                new String[] {"-w", "/a", "-w", "/b", "search", "redis"},
                new String[] {"--workspace", "-x", "search", "redis"},
                new String[] {"-w", "search", "search", "redis"},
                new String[] {"list", "--limit", "20"},
                new String[] {"searches", "list"});
        for (String[] args : lines) {
            assertEquals(Optional.empty(), DirectSearch.parse(args), String.join(" ", args));
        }
    }

    private String run(String... args) {
        List<String> all =
                new ArrayList<>(List.of("--workspace", dir.resolve("ws").toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new Cli(Map.of()).run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return status + "\n" + out + "\n" + err;
    }

    @Test
    void theOutputIsThatOfTheCommandPicocliRuns() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(
                notes.resolve("redis.md"), "---\ntitle: 레디스 분산 락\ntags: [redis]\n---\nRedlock 으로 구현한 분산 락.\n");
        Files.writeString(
                notes.resolve("kafka.md"), "# Kafka consumer groups\n\nPartitions, offsets and rebalancing.\n");
        assertTrue(run("import", notes.toString()).startsWith("0\n"));
        // Upper case values are read by picocli only (case-insensitive there): the same search both ways.
        for (String query : List.of("레디스", "kafka consumer", "Redis 분산 락", "없는말zzq")) {
            String direct = run("search", "--format=json", "--limit=10", query);
            assertEquals(run("search", "--format=JSON", "--limit=10", query), direct, query);
            assertTrue(direct.startsWith("0\n{"), direct);
            assertEquals(run("search", "--sort=DATE", query), run("search", "--sort=date", query), query);
        }
        assertTrue(run("search", "--format=json", "레디스").contains("\"total\" : 1"));
    }
}
