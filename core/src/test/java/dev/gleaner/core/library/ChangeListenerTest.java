package dev.gleaner.core.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.model.ArticleDraft;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeListenerTest {
    @TempDir
    Path dir;

    private static ArticleDraft draft(String url, String body) {
        return ArticleDraft.of(url, null, "제목", body, body);
    }

    @Test
    void everyCommittedChangeIsToldWithTheSequenceItReached() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            List<Long> told = new CopyOnWriteArrayList<>();
            lib.addChangeListener(told::add);
            long id = lib.save(draft("https://e.example/a", "본문"), null).id();
            lib.setNotes(id, "메모");
            lib.setStarred(id, true);
            lib.addUserTags(id, List.of("redis"));
            lib.delete(id);
            assertEquals(5, told.size(), told.toString());
            assertEquals(lib.changeSequence(), told.getLast());
            for (int i = 1; i < told.size(); i++) {
                assertTrue(told.get(i) > told.get(i - 1), told.toString());
            }
        }
    }

    @Test
    void feedEntriesAreToldLikeAnyOtherSave() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            var feed = lib.feeds().subscribe("https://a.example/feed.xml", "A", null);
            List<Long> told = new CopyOnWriteArrayList<>();
            lib.addChangeListener(told::add);
            lib.feeds().saveEntry(feed.id(), "guid-1", draft("https://a.example/1", "본문"));
            assertEquals(List.of(lib.changeSequence()), told);
        }
    }

    @Test
    void writesThatChangeNoArticleAreNotTold() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            lib.save(draft("https://e.example/a", "본문"), null);
            List<Long> told = new CopyOnWriteArrayList<>();
            lib.addChangeListener(told::add);
            lib.save(draft("https://e.example/a", "본문"), null);
            lib.putSetting("theme", "dark");
            lib.saveSearch("redis", "레디스");
            assertEquals(List.of(), told, "an unchanged save, a setting and a saved search are no changes");
        }
    }

    @Test
    void aListenerThatFailsDoesNotFailTheWriteNorTheOtherListeners() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            List<Long> told = new CopyOnWriteArrayList<>();
            lib.addChangeListener(seq -> {
                throw new IllegalStateException("broken listener");
            });
            lib.addChangeListener(told::add);
            long id = lib.save(draft("https://e.example/a", "본문"), null).id();
            assertTrue(lib.article(id).isPresent());
            assertEquals(List.of(lib.changeSequence()), told);
        }
    }

    @Test
    void aRemovedListenerIsNoLongerTold() {
        try (Library lib = Library.open(dir.resolve("library.db"))) {
            List<Long> told = new CopyOnWriteArrayList<>();
            ChangeListener listener = told::add;
            lib.addChangeListener(listener);
            lib.save(draft("https://e.example/a", "본문"), null);
            lib.removeChangeListener(listener);
            lib.save(draft("https://e.example/b", "본문"), null);
            assertEquals(1, told.size());
        }
    }
}
