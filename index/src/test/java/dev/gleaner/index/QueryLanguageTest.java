package dev.gleaner.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gleaner.core.library.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query language, sorting, facets, title prefixes and related articles over a small library. */
class QueryLanguageTest {
    @TempDir
    Path tmp;

    Library library;
    SearchIndex index;
    long redisLock;
    long kafkaConsumer;
    long distributedTraining;
    long redisCache;
    long springIntro;

    static OffsetDateTime at(String date) {
        return OffsetDateTime.parse(date + "T09:00:00+09:00");
    }

    @BeforeEach
    void fill() throws Exception {
        library = Library.open(tmp.resolve("library.db"));
        redisLock = TestLibraries.add(
                library,
                "https://hudi.blog/redis-lock",
                "Redis 분산 락",
                "여러 서버가 동시에 재고를 줄일 때 분산 락이 필요하다. Redlock 알고리즘을 살펴본다.",
                "ko",
                "hudi.blog",
                List.of("Redis", "분산 시스템"),
                at("2023-03-10"));
        kafkaConsumer = TestLibraries.add(
                library,
                "https://hyperconnect.github.io/kafka",
                "Kafka consumer 리밸런싱 줄이기",
                "Kafka consumer group 의 rebalance 가 잦으면 처리량이 떨어진다. 파티션 할당 전략을 바꿨다.",
                "ko",
                "Hyperconnect",
                List.of("Kafka"),
                at("2024-06-20"));
        distributedTraining = TestLibraries.add(
                library,
                "https://hyperconnect.github.io/training",
                "대규모 모델 학습 인프라",
                "우리는 distributed training 을 위해 GPU 클러스터를 운영한다. 체크포인트 저장이 병목이었다.",
                "ko",
                "Hyperconnect",
                List.of("ML", "GPU"),
                at("2024-06-25"));
        redisCache = TestLibraries.add(
                library,
                "https://madplay.github.io/en/redis-cache",
                "Caching with Redis",
                "A cache in front of the database reduces latency. Redis keys expire with a TTL.",
                "en",
                "madplay",
                List.of("Redis", "cache"),
                at("2022-01-05"));
        springIntro = TestLibraries.add(
                library,
                "https://madplay.github.io/spring",
                "스프링 부트 시작하기",
                "스프링 부트 애플리케이션을 만들고 레디스 캐시를 붙여 본다.",
                "ko",
                "madplay",
                List.of("Spring"),
                at("2021-07-01"));
        library.setStarred(kafkaConsumer, true);
        library.setRead(redisLock, true);
        Files.writeString(tmp.resolve("synonyms.txt"), "# mine\n재고, inventory\n");
        index = SearchIndex.open(tmp.resolve("index"), tmp.resolve("synonyms.txt"));
        index.catchUp(library);
    }

    @AfterEach
    void close() {
        index.close();
        library.close();
    }

    private SearchResult search(String q) {
        return index.search(SearchRequest.of(q, 20));
    }

    private Set<Long> ids(String q) {
        return search(q).hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    @Test
    void hangulTransliterationFindsLatinSpellingAndBack() {
        assertEquals(Set.of(redisLock, redisCache, springIntro), ids("레디스"));
        assertEquals(Set.of(redisLock, redisCache, springIntro), ids("redis"));
        assertEquals(Set.of(kafkaConsumer), ids("카프카 컨슈머를"));
    }

    @Test
    void allPlainWordsMustMatchAndTheTitleCounts() {
        assertEquals(Set.of(redisLock), ids("레디스 분산 락"));
        assertEquals(redisLock, search("redis 락").hits().getFirst().id());
    }

    @Test
    void englishWordsInsideAKoreanSentenceAreFound() {
        assertEquals(Set.of(distributedTraining), ids("distributed training"));
        assertEquals(Set.of(distributedTraining), ids("분산 학습"));
    }

    @Test
    void phrasesExclusionsAndOr() {
        assertEquals(Set.of(kafkaConsumer), ids("\"consumer group\""));
        assertEquals(Set.of(), ids("\"group consumer\""));
        assertEquals(Set.of(redisCache, springIntro), ids("redis -락"));
        assertEquals(Set.of(kafkaConsumer, distributedTraining), ids("kafka OR gpu"));
    }

    @Test
    void fieldFilters() {
        assertEquals(Set.of(redisLock, redisCache), ids("tag:redis"));
        assertEquals(Set.of(kafkaConsumer, distributedTraining), ids("site:hyperconnect"));
        assertEquals(Set.of(redisCache, springIntro), ids("redis site:madplay.github.io"));
        assertEquals(Set.of(redisCache), ids("lang:en"));
        assertEquals(Set.of(redisLock), ids("title:락"));
    }

    @Test
    void dateAndFlagFilters() {
        assertEquals(Set.of(kafkaConsumer, distributedTraining), ids("after:2024-06-16"));
        assertEquals(Set.of(redisCache, springIntro), ids("before:2023-01-01"));
        assertEquals(Set.of(kafkaConsumer, distributedTraining), ids("in:2024-06"));
        assertEquals(Set.of(kafkaConsumer), ids("is:starred"));
        assertEquals(4, ids("is:unread").size());
    }

    @Test
    void inIssueFindsTheArticlesOfWeeklyIssuesOnceTheyJoinOne() {
        assertEquals(Set.of(), ids("in:issue"));
        var series = dev.gleaner.core.issue.Series.defaults("Article Weekly");
        library.issues().putSeries(series);
        library.issues()
                .save(new dev.gleaner.core.issue.Issue(
                        series.name(),
                        1,
                        series.title(1),
                        dev.gleaner.core.issue.IssuePeriod.parse("2024-06-16~2024-06-22"),
                        at("2024-06-24"),
                        dev.gleaner.core.issue.IssueStatus.DRAFT,
                        List.of(new dev.gleaner.core.issue.IssueItem(
                                kafkaConsumer, "Kafka", "- 요약", "https://hyperconnect.github.io/kafka")),
                        dev.gleaner.core.issue.IssueLayout.defaults(series)));
        index.catchUp(library);
        assertEquals(Set.of(kafkaConsumer), ids("in:issue"));
        assertEquals(Set.of(kafkaConsumer), ids("카프카 in:issue"));
        assertEquals(Set.of(), ids("레디스 in:issue"));
    }

    @Test
    void sortByDateIsNewestFirst() {
        SearchResult r = index.search(new SearchRequest("redis", 10, SortOrder.DATE));
        assertEquals(
                List.of(redisLock, redisCache, springIntro),
                r.hits().stream().map(SearchHit::id).toList());
        assertEquals("2023-03-10T09:00+09:00", r.hits().getFirst().published());
    }

    @Test
    void anUnparseableQueryIsSearchedAsWordsWithANote() {
        SearchResult r = search("\"redis 분산");
        assertNotNull(r.note());
        assertEquals(Set.of(redisLock), r.hits().stream().map(SearchHit::id).collect(Collectors.toSet()));
        assertNotNull(search("after:yesterday redis").note());
        assertNull(search("redis").note());
    }

    @Test
    void whenNoArticleHasAllWordsTheBestPartialMatchesAreShown() {
        SearchResult r = search("redis mongodb");
        assertTrue(r.total() >= 3);
        assertNotNull(r.note());
    }

    @Test
    void facetsCountSitesTagsLanguagesAndMonths() {
        SearchResult r = search("redis");
        assertEquals(3, r.total());
        assertEquals(2, r.facets().get("site").get("madplay"));
        assertEquals(2, r.facets().get("tag").get("Redis"));
        assertEquals(2, r.facets().get("lang").get("ko"));
        assertEquals(1, r.facets().get("month").get("2023-03"));
    }

    @Test
    void snippetsHighlightTheMatchedSurfaceWord() {
        SearchHit hit = search("카프카").hits().getFirst();
        assertTrue(hit.snippet().contains("<b>Kafka</b>"), hit.snippet());
        assertEquals("Hyperconnect", hit.site());
        assertEquals("https://hyperconnect.github.io/kafka", hit.url());
    }

    @Test
    void theUsersSynonymFileExtendsTheShippedOne() {
        assertEquals(Set.of(redisLock), ids("inventory"));
    }

    @Test
    void titlePrefixCompletesAsTheUserTypes() {
        assertEquals(
                List.of(redisLock),
                index.titlePrefix("Redis 분", 5).stream().map(SearchHit::id).toList());
        assertEquals(
                Set.of(kafkaConsumer),
                index.titlePrefix("kaf", 5).stream().map(SearchHit::id).collect(Collectors.toSet()));
        assertEquals(
                Set.of(springIntro),
                index.titlePrefix("스프", 5).stream().map(SearchHit::id).collect(Collectors.toSet()));
    }

    @Test
    void relatedArticlesExcludeTheArticleItself() {
        List<SearchHit> related = index.related(redisCache, 5);
        assertTrue(related.stream().noneMatch(h -> h.id() == redisCache));
    }
}
