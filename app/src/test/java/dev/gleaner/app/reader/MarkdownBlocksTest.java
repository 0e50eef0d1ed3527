package dev.gleaner.app.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gleaner.app.reader.MarkdownBlocks.Code;
import dev.gleaner.app.reader.MarkdownBlocks.Heading;
import dev.gleaner.app.reader.MarkdownBlocks.Image;
import dev.gleaner.app.reader.MarkdownBlocks.Item;
import dev.gleaner.app.reader.MarkdownBlocks.Paragraph;
import dev.gleaner.app.reader.MarkdownBlocks.Quote;
import dev.gleaner.app.reader.MarkdownBlocks.Rule;
import dev.gleaner.app.reader.MarkdownBlocks.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {
    @Test
    void readsHeadingsParagraphsListsAndCode() {
        String md = """
                # 레디스 정리

                첫 줄과
                둘째 줄은 한 문단.

                - **굵은** 항목
                  - 안쪽 [링크](https://example.com)
                1. 첫째

                ```java
                int x = 1;
                ```
                > 인용
                > 계속

                ---
                ![그림](https://example.com/a.png)
                """;
        assertEquals(
                List.of(
                        new Heading(1, "레디스 정리"),
                        new Paragraph("첫 줄과 둘째 줄은 한 문단."),
                        new Item("•", 0, "굵은 항목"),
                        new Item("•", 1, "안쪽 링크"),
                        new Item("1.", 0, "첫째"),
                        new Code("int x = 1;"),
                        new Quote("인용 계속"),
                        new Rule(),
                        new Image("그림", "https://example.com/a.png")),
                MarkdownBlocks.parse(md));
    }

    @Test
    void readsATableWithItsHeaderRow() {
        String md = "| 이름 | 값 |\n|---|:---:|\n| a | `1` |\n";
        assertEquals(List.of(new Table(List.of(List.of("이름", "값"), List.of("a", "1")))), MarkdownBlocks.parse(md));
    }

    @Test
    void anUnclosedCodeFenceKeepsTheRestAsCode() {
        assertEquals(List.of(new Code("a\nb")), MarkdownBlocks.parse("```\na\nb"));
    }

    @Test
    void scriptTagsStayText() {
        assertEquals(
                List.of(new Paragraph("<script>alert(1)</script>")), MarkdownBlocks.parse("<script>alert(1)</script>"));
    }
}
