package dev.gleaner.app.library;

import dev.gleaner.core.feed.Feed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The feeds of the sidebar as a tree: folders with their feeds under them, the feeds in no folder
 * after them, what is open or folded, and each feed's and folder's unread count and last error. UI
 * thread only; it does no library work of its own.
 */
final class FeedTree {
    /** How many feeds the sidebar lists open at first; with more, the Feeds entry starts folded. */
    static final int SHOWN_OPEN = 20;

    private Map<Long, LibraryViewModel.FeedBadge> badges = Map.of();
    private Boolean feedsOpen; // null until the feeds were first counted
    private final Set<String> openFolders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private Map<String, Integer> folderUnread = Map.of();
    private Map<Long, String> folderOf = new HashMap<>();
    private int feedsUnread;
    private int feedCount;

    /**
     * {@return the feed entries of {@code all}: each folder (with its feeds under it while open), then
     * the feeds in no folder; none while the Feeds entry is folded} With many feeds the Feeds entry and
     * the folders start folded, so Tags, Issues and the series stay in reach; the folder of {@code
     * shown} (the feed being read) opens.
     */
    List<Place> places(List<Feed> all, Place shown) {
        List<Feed> feeds = new ArrayList<>(all);
        feeds.sort(Comparator.comparing((Feed f) -> f.displayName().toLowerCase(Locale.ROOT)));
        Map<String, List<Feed>> byFolder = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Feed> loose = new ArrayList<>();
        Map<String, Integer> unread = new HashMap<>();
        Map<Long, LibraryViewModel.FeedBadge> states = new HashMap<>();
        int total = 0;
        for (Feed feed : feeds) {
            states.put(feed.id(), new LibraryViewModel.FeedBadge(feed.unread(), feed.lastError()));
            total += feed.unread();
            if (feed.folder() == null || feed.folder().isBlank()) {
                loose.add(feed);
            } else {
                byFolder.computeIfAbsent(feed.folder().strip(), k -> new ArrayList<>())
                        .add(feed);
                unread.merge(feed.folder().strip(), feed.unread(), Integer::sum);
            }
        }
        badges = Map.copyOf(states);
        folderUnread = Map.copyOf(unread);
        feedsUnread = total;
        feedCount = feeds.size();
        folderOf = new HashMap<>();
        byFolder.forEach((f, in) -> in.forEach(feed -> folderOf.put(feed.id(), f)));
        if (feedsOpen == null) {
            feedsOpen = feeds.size() <= SHOWN_OPEN;
            if (feedsOpen) {
                openFolders.addAll(byFolder.keySet());
            }
        }
        if (shown.kind() == Place.Kind.FEED && folderOf.containsKey(shown.sourceId())) {
            openFolders.add(folderOf.get(shown.sourceId()));
        }
        List<Place> out = new ArrayList<>();
        if (!feedsOpen) {
            return out;
        }
        byFolder.forEach((folder, in) -> {
            out.add(Place.folder(folder));
            if (openFolders.contains(folder)) {
                in.forEach(feed -> out.add(new Place(Place.Kind.FEED, feed.id(), feed.displayName())));
            }
        });
        loose.forEach(feed -> out.add(new Place(Place.Kind.FEED, feed.id(), feed.displayName())));
        return out;
    }

    /** {@return whether a folder of that name has feeds} */
    boolean hasFolder(String name) {
        return folderUnread.containsKey(name);
    }

    /** {@return the ids of the feeds in folder {@code name}} */
    List<Long> feedsIn(String name) {
        return folderOf.entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(name))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** {@return whether {@code p} (the Feeds entry or a folder) shows what is under it} */
    boolean isOpen(Place p) {
        return switch (p.kind()) {
            case FEEDS -> Boolean.TRUE.equals(feedsOpen);
            case FOLDER -> openFolders.contains(p.name());
            default -> false;
        };
    }

    /**
     * {@return whether {@code p} can fold: a folder, and the Feeds entry once there is a feed (with
     * none, nothing is under it to show or hide)}
     */
    boolean folds(Place p) {
        return p.kind() == Place.Kind.FOLDER || p.kind() == Place.Kind.FEEDS && feedCount > 0;
    }

    /** Opens or folds {@code p}; {@return whether that changed anything} */
    boolean setOpen(Place p, boolean open) {
        if (!folds(p) || isOpen(p) == open) {
            return false;
        }
        if (p.kind() == Place.Kind.FEEDS) {
            feedsOpen = open;
        } else if (open) {
            openFolders.add(p.name());
        } else {
            openFolders.remove(p.name());
        }
        return true;
    }

    /** {@return the unread articles in the feeds of a folder, or of all feeds for the Feeds entry} */
    int unreadIn(Place p) {
        return switch (p.kind()) {
            case FEEDS -> feedsUnread;
            case FOLDER -> folderUnread.getOrDefault(p.name(), 0);
            default -> 0;
        };
    }

    /** {@return whether the feed entry {@code p} is listed under a folder} */
    boolean inFolder(Place p) {
        return p.kind() == Place.Kind.FEED && folderOf.containsKey(p.sourceId());
    }

    /** {@return the unread count and last error of a feed, or {@code null} when unknown} */
    LibraryViewModel.FeedBadge badge(long sourceId) {
        return badges.get(sourceId);
    }
}
