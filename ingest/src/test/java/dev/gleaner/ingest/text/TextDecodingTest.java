package dev.gleaner.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
    private final TextDecoding decoding = new TextDecoding();

    @Test
    void eucKrLabelDecodesCp949OnlySyllables() {
        String korean = "<meta charset=\"euc-kr\"><p>똠방각하 쏘가리</p>";
        byte[] bytes = korean.getBytes(Charset.forName("x-windows-949"));
        assertEquals(korean, decoding.decode(bytes, null).text());
    }

    @Test
    void undeclaredCp949IsRecognizedByItsHangul() {
        // No header, no meta: the page's own text must decide, short or long, with CP949-only syllables.
        for (String text : List.of(
                "똠방각하 쏘가리",
                "<title>블로그</title><p>레디스로 분산 락을 구현했다. 똠방각하는 잠시 쉬어 갑니다.</p>",
                "<html><head><title>옛날 게시판</title></head><body><p>"
                        + "카프카 컨슈머 그룹의 리밸런싱을 줄이려면 세션 타임아웃을 조정한다. ".repeat(20)
                        + "</p></body></html>")) {
            TextDecoding.Decoded d = new TextDecoding().decode(text.getBytes(Charset.forName("x-windows-949")), null);
            assertEquals(text, d.text(), d.how() + " " + d.charset());
        }
    }

    @Test
    void validUtf8WinsOverAContradictingMetaCharset() {
        String page = "<meta charset=\"gb2312\"><p>한국어와 中文</p>";
        assertEquals(
                page,
                decoding.decode(page.getBytes(StandardCharsets.UTF_8), null).text());
    }

    @Test
    void byteOrderMarkDecidesTheEncoding() {
        byte[] body = "<p>héllo</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertEquals(
                "<p>héllo</p>",
                decoding.decode(bytes, "text/html; charset=iso-8859-1").text());
    }

    @Test
    void httpHeaderCharsetIsUsedWhenTheBytesFitIt() {
        String page = "<p>café</p>";
        assertEquals(
                page,
                decoding.decode(page.getBytes(StandardCharsets.ISO_8859_1), "text/html; charset=ISO-8859-1")
                        .text());
    }
}
