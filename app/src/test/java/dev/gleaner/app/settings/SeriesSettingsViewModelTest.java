package dev.gleaner.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.issue.Series;
import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeriesSettingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aNewSeriesIsEditedAndSavedAtOnceAndABadFilePatternIsNotSaved() {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            var vm = new SeriesSettingsViewModel(
                    new dev.gleaner.app.usecase.SeriesSettings(library.issues()), TestLibraries.english());
            assertEquals("", vm.chosen().get(), "no series yet");
            vm.add(" 주간 읽을거리 ");
            assertEquals(List.of("주간 읽을거리"), List.copyOf(vm.names()));
            assertEquals("주간 읽을거리", vm.chosen().get());
            assertEquals("주간 읽을거리, Issue {number}", vm.titlePattern().get(), "the usual defaults");
            vm.titlePattern().set("주간 읽을거리 {number}호");
            vm.siteDir().set("/home/me/blog");
            vm.contentDir().set("posts/weekly");
            vm.weekStart().set(DayOfWeek.MONDAY);
            vm.zone().set(ZoneId.of("Asia/Seoul"));
            vm.authors().set("김, Lee ,");
            vm.tags().set("weekly");
            vm.filePattern().set("weekly.md");
            assertEquals(
                    "The file name needs {number}, e.g. weekly-{number}.md. Not saved yet.",
                    vm.error().get());
            vm.filePattern().set("weekly-{number}.md");
            assertEquals("", vm.error().get());
            vm.contentDir().set("../outside");
            assertTrue(vm.error().get().contains("inside content/"), vm.error().get());
            vm.contentDir().set("posts/weekly");
        }
        try (Library library = Library.open(file)) {
            Series s = library.issues().series("주간 읽을거리").orElseThrow();
            assertEquals("주간 읽을거리 7호", s.title(7));
            assertEquals("weekly-7.md", s.fileName(7));
            assertEquals("/home/me/blog", s.siteDir());
            assertEquals("posts/weekly", s.contentDir());
            assertEquals(DayOfWeek.MONDAY, s.weekStart());
            assertEquals(ZoneId.of("Asia/Seoul"), s.zone());
            assertEquals(List.of("김", "Lee"), s.authors());
            assertEquals(List.of("weekly"), s.tags());
            var again = new SeriesSettingsViewModel(
                    new dev.gleaner.app.usecase.SeriesSettings(library.issues()), TestLibraries.english());
            assertEquals("주간 읽을거리", again.chosen().get());
            assertEquals("김, Lee", again.authors().get());
            again.siteDir().set("");
            assertEquals(null, library.issues().series("주간 읽을거리").orElseThrow().siteDir(), "empty: the Settings site");
        }
    }

    @Test
    void inAWindowSavesWaitForItsWritesAndASeriesShowsWhatWasTypedWhileItsSaveIsPending() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            var settings = new dev.gleaner.app.usecase.SeriesSettings(library.issues());
            settings.start("Article Weekly");
            settings.start("Reading Notes");
            List<Runnable> work = new ArrayList<>();
            var status = new StatusModel(new Background(work::add, Runnable::run), TestLibraries.english());
            var vm = new SeriesSettingsViewModel(settings, TestLibraries.english(), status);
            vm.chosen().set("Article Weekly");
            vm.titlePattern().set("Article Weekly #{number}");
            vm.tags().set("weekly, reading");
            vm.chosen().set("Reading Notes");
            vm.chosen().set("Article Weekly");
            assertEquals("Article Weekly #{number}", vm.titlePattern().get(), "what was typed, not the stored title");
            assertEquals("weekly, reading", vm.tags().get());
            assertEquals(
                    "Article Weekly, Issue {number}",
                    library.issues().series("Article Weekly").orElseThrow().titlePattern(),
                    "nothing saved on the window's thread");

            vm.add("Monthly");
            assertFalse(vm.names().contains("Monthly"), "not listed before it is stored");
            assertEquals(Optional.empty(), library.issues().series("Monthly"), "not started on the window's thread");
            while (!work.isEmpty()) {
                work.removeFirst().run();
            }
            Series s = library.issues().series("Article Weekly").orElseThrow();
            assertEquals("Article Weekly #{number}", s.titlePattern());
            assertEquals(List.of("weekly", "reading"), s.tags());
            assertTrue(vm.names().contains("Monthly"), "the new series is listed once stored: " + vm.names());
            assertEquals("Monthly", vm.chosen().get());
            assertEquals("", status.error().get());
        }
    }
}
