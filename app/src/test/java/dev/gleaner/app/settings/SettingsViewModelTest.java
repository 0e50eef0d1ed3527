package dev.gleaner.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.library.Library;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void defaultsFollowTheSystemLanguageAndA1280By800Window() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            var vm = new SettingsViewModel(library, Locale.KOREA);
            assertEquals("ko", vm.language().get());
            assertEquals(SettingsViewModel.Theme.SYSTEM, vm.theme().get(), "a new workspace follows the system");
            assertEquals(1280, vm.width().get());
            assertEquals(800, vm.height().get());
            assertEquals("INBOX", vm.lastPlace().get());
            assertEquals(
                    "en", new SettingsViewModel(library, Locale.US).language().get());
        }
    }

    @Test
    void changesAndTheWindowStateSurviveARestart() {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            var vm = new SettingsViewModel(library, Locale.US);
            vm.theme().set(SettingsViewModel.Theme.DARK);
            vm.language().set("ko");
            vm.textSize().set(18);
            vm.hugoSite().set("/home/me/blog");
            vm.saveWindow(1400, 900, 0.2, 0.35, "FEED:3", 42);
        }
        try (Library library = Library.open(file)) {
            var vm = new SettingsViewModel(library, Locale.US);
            assertEquals(SettingsViewModel.Theme.DARK, vm.theme().get());
            assertEquals(Locale.KOREAN, vm.locale());
            assertEquals(18, vm.textSize().get());
            assertEquals("/home/me/blog", vm.hugoSite().get());
            assertEquals(1400, vm.width().get());
            assertEquals(0.35, vm.listDivider().get());
            assertEquals("FEED:3", vm.lastPlace().get());
            assertEquals(42, vm.lastArticle().get());
        }
    }

    @Test
    void readingTimeStartsAtOnceIsKeptAndStaysWithinAMinute() {
        Path file = dir.resolve("library.db");
        try (Library library = Library.open(file)) {
            var vm = new SettingsViewModel(library, Locale.US);
            assertEquals(0, vm.readAfter().get(), "by default an opened article is read at once");
            vm.readAfter().set(5);
        }
        try (Library library = Library.open(file)) {
            assertEquals(
                    5, new SettingsViewModel(library, Locale.US).readAfter().get());
            library.putSetting("ui.readAfterSeconds", "600");
            assertEquals(
                    60, new SettingsViewModel(library, Locale.US).readAfter().get());
            library.putSetting("ui.readAfterSeconds", "soon");
            assertEquals(
                    0, new SettingsViewModel(library, Locale.US).readAfter().get());
        }
    }

    @Test
    void damagedSettingsFallBackToDefaults() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            library.putSetting("ui.theme", "PURPLE");
            library.putSetting("ui.textSize", "99");
            library.putSetting("ui.window.width", "wide");
            library.putSetting("ui.window.sidebar", "3.5");
            var vm = new SettingsViewModel(library, Locale.US);
            assertEquals(SettingsViewModel.Theme.SYSTEM, vm.theme().get());
            assertEquals(SettingsViewModel.MAX_TEXT, vm.textSize().get());
            assertEquals(1280, vm.width().get());
            assertEquals(0.17, vm.sidebarDivider().get());
        }
    }

    @Test
    void followSystemIsDarkExactlyWhileTheSystemIsAndFollowsItsChanges() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            var vm = new SettingsViewModel(library, Locale.US);
            vm.theme().set(SettingsViewModel.Theme.SYSTEM);
            vm.systemDark().set(false);
            assertEquals(false, vm.dark().get());
            vm.systemDark().set(true);
            assertEquals(true, vm.dark().get(), "the system turned dark");
            vm.theme().set(SettingsViewModel.Theme.LIGHT);
            assertEquals(false, vm.dark().get(), "light stays light on a dark system");
            vm.theme().set(SettingsViewModel.Theme.DARK);
            vm.systemDark().set(false);
            assertEquals(true, vm.dark().get(), "dark stays dark on a light system");
            vm.theme().set(SettingsViewModel.Theme.SYSTEM);
            assertEquals(false, vm.dark().get());
        }
    }

    @Test
    void inAWindowChangesAreStoredByItsWritesInTheOrderMadeNotOnTheCallingThread() {
        try (Library library = Library.open(dir.resolve("library.db"))) {
            List<Runnable> work = new ArrayList<>();
            var status = new StatusModel(new Background(work::add, Runnable::run), TestLibraries.english());
            var vm = new SettingsViewModel(library, Locale.US);
            vm.writeThrough(status, "Saving the settings");
            vm.theme().set(SettingsViewModel.Theme.DARK);
            vm.theme().set(SettingsViewModel.Theme.LIGHT);
            vm.hugoSite().set("/home/me/blog");
            vm.hugoSite().set("");
            vm.saveWindow(1400, 900, 0.2, 0.35, "STARRED", 7);
            assertEquals(Optional.empty(), library.setting("ui.theme"), "nothing written on the window's thread");
            assertEquals(SettingsViewModel.Theme.LIGHT, vm.theme().get(), "the window shows the change at once");
            assertEquals(1, work.size(), "one writer takes the changes one after another");
            work.removeFirst().run();
            assertEquals("LIGHT", library.setting("ui.theme").orElseThrow(), "the last choice wins");
            assertEquals(Optional.empty(), library.setting(SettingsViewModel.HUGO_SITE), "an emptied site is removed");
            assertEquals("1400", library.setting("ui.window.width").orElseThrow());
            assertEquals("STARRED", library.setting("ui.last.place").orElseThrow());
            assertEquals("", status.error().get());
        }
    }
}
