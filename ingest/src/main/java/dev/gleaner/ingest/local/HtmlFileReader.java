package dev.gleaner.ingest.local;

import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Path;

/** Turns a local HTML file, already decoded, into an article draft. */
@FunctionalInterface
public interface HtmlFileReader {
    /** {@return the article in the page} */
    ArticleDraft read(Path file, String html);
}
