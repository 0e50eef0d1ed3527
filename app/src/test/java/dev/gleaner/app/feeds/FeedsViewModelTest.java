package dev.gleaner.app.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gleaner.app.ui.Background;
import dev.gleaner.app.ui.StatusModel;
import dev.gleaner.app.ui.TestLibraries;
import dev.gleaner.core.library.Library;
import dev.gleaner.core.model.SourceKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void feedsAreListedWithTheirUnreadCountsAndActionsSayTheyAreNotAvailable() {
        var messages = TestLibraries.english();
        try (Library library = Library.open(dir.resolve("library.db"))) {
            var feed = library.addSource(SourceKind.FEED, "https://blog.example.com/feed.xml", "Example", null);
            library.addSource(SourceKind.FOLDER, dir.toString(), null, null);
            for (int i = 1; i <= 3; i++) {
                library.save(TestLibraries.web(i), feed.id());
            }
            library.setRead(
                    library.findByUrl("https://blog.example.com/posts/1")
                            .orElseThrow()
                            .id(),
                    true);
            var status = new StatusModel(Background.sameThread(), messages);
            var vm = new FeedsViewModel(library, FeedService.unavailable(), Background.sameThread(), status, messages);
            vm.load();
            assertEquals(1, vm.feeds().size());
            assertEquals(new FeedsViewModel.FeedRow(feed, 2, 3), vm.feeds().getFirst());
            assertEquals(
                    "1 feeds Adding and refreshing feeds is not available yet in this build.",
                    vm.note().get());
            vm.newUrl().set("https://other.example.com/");
            vm.add();
            assertEquals(
                    "Adding and refreshing feeds is not available yet in this build.",
                    status.error().get());
            assertEquals(1, library.sources(SourceKind.FEED).size());
        }
    }
}
