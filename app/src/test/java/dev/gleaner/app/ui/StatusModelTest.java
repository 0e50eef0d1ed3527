package dev.gleaner.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.app.fx.Background;
import dev.gleaner.app.fx.StatusModel;
import dev.gleaner.core.GleanerException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusModelTest {
    @Test
    void aUserErrorShowsItsSentenceAndAnInternalOneNoStackTrace() {
        var status = new StatusModel(Background.sameThread(), TestLibraries.english());
        status.run(
                "Refreshing feeds",
                p -> {
                    throw new GleanerException("feed https://x.example/feed failed: HTTP 500; try again later");
                },
                x -> {});
        assertEquals(
                "feed https://x.example/feed failed: HTTP 500; try again later",
                status.error().get());
        assertFalse(status.running().get());
        status.run(
                "Importing",
                p -> {
                    throw new IllegalStateException("boom at line 3");
                },
                x -> {});
        assertEquals(
                "Importing failed unexpectedly. The details are in the log.",
                status.error().get());
    }

    @Test
    void workRunsAwayFromTheUiAndCancelReachesTheJob() {
        List<Runnable> work = new ArrayList<>();
        var status = new StatusModel(new Background(work::add, Runnable::run), TestLibraries.english());
        List<Long> steps = new ArrayList<>();
        status.run(
                "Refreshing feeds",
                p -> {
                    for (long i = 0; i < 10 && !p.cancelled(); i++) {
                        steps.add(i);
                        p.update(i + 1, 10);
                        if (i == 2) {
                            status.cancel();
                        }
                    }
                    return steps.size();
                },
                n -> {});
        assertTrue(status.running().get());
        assertTrue(steps.isEmpty());
        work.getFirst().run();
        assertEquals(3, steps.size());
        assertEquals(1.0, status.progress().get());
        assertEquals("Cancelled", status.message().get());
    }
}
