package dev.gleaner.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlainTextPageTest {
    private HttpServer server;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/notes.txt", ex -> {
            byte[] body = ("Redis 분산 락 정리\r\n\r\n"
                            + "SETNX로 락을 잡는다.\r\nTTL을 꼭 건다.\r\n\r\n"
                            + "- 재시도는 지수 백오프\r\n- 해제는 Lua 스크립트로\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/readme.md", ex -> {
            byte[] body = "\n# Kafka 컨슈머\n\n파티션마다 한 컨슈머가 읽는다.\n".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/markdown");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aTextPageIsTitledByItsFirstLineAndKeepsItsLineBreaks() throws Exception {
        try (PageFetcher fetcher = new PageFetcher(new ArticleExtractor())) {
            Extraction e = fetcher.fetchAndExtract(url("/notes.txt"));
            assertEquals("Redis 분산 락 정리", e.title());
            assertEquals("Redis 분산 락 정리\n\nSETNX로 락을 잡는다.\nTTL을 꼭 건다.\n\n- 재시도는 지수 백오프\n- 해제는 Lua 스크립트로", e.text());
            assertEquals("ko", e.lang());
            assertTrue(e.html().contains("SETNX로 락을 잡는다.<br>"), e.html());
        }
    }

    @Test
    void aMarkdownPageIsTitledByItsHeading() throws Exception {
        try (PageFetcher fetcher = new PageFetcher(new ArticleExtractor())) {
            Extraction e = fetcher.fetchAndExtract(url("/readme.md"));
            assertEquals("Kafka 컨슈머", e.title());
            assertTrue(e.markdown().startsWith("# Kafka 컨슈머\n\n파티션마다"), e.markdown());
        }
    }
}
