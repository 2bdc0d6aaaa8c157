package kg.gov.kuzmat.web.caching;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicCopiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final PublicCopies copies = new PublicCopies(1_000);

    @Test
    void aCopyServesReadersWhileNothingPublicHasChanged() {
        copies.keep("ky /", copy(7, 100));

        assertTrue(copies.find("ky /", 7, TODAY, NOW.plusSeconds(59)).isPresent());
    }

    @Test
    void aChangeToThePublicContentRetiresEveryOlderCopy() {
        copies.keep("ky /", copy(7, 100));

        assertTrue(copies.find("ky /", 8, TODAY, NOW).isEmpty());
        assertTrue(copies.find("ky /", 7, TODAY, NOW).isEmpty(), "a stale copy is dropped, not kept for later");
    }

    @Test
    void daysLeftChangeAtMidnightSoYesterdaysCopyIsNotServed() {
        copies.keep("ky /", copy(7, 100));

        assertTrue(copies.find("ky /", 7, TODAY.plusDays(1), NOW).isEmpty());
    }

    @Test
    void noCopyIsOlderThanBrowsersMayKeepThePage() {
        copies.keep("ky /", copy(7, 100));

        assertTrue(copies.find("ky /", 7, TODAY, NOW.plus(PublicCopies.MAX_AGE).plusSeconds(1)).isEmpty());
    }

    @Test
    void languagesAndSearchesAreKeptApart() {
        copies.keep("ky /?region=OSH", copy(7, 100));

        assertTrue(copies.find("ru /?region=OSH", 7, TODAY, NOW).isEmpty());
        assertTrue(copies.find("ky /?region=CHUY", 7, TODAY, NOW).isEmpty());
    }

    @Test
    void theLeastRecentlyReadCopiesMakeWayWhenTheBudgetIsFull() {
        copies.keep("a", copy(1, 400));
        copies.keep("b", copy(1, 400));
        copies.find("a", 1, TODAY, NOW);
        copies.keep("c", copy(1, 400));

        assertTrue(copies.find("a", 1, TODAY, NOW).isPresent(), "read recently");
        assertTrue(copies.find("b", 1, TODAY, NOW).isEmpty(), "read least recently");
        assertTrue(copies.find("c", 1, TODAY, NOW).isPresent());
        assertEquals(2, copies.size());
    }

    @Test
    void aCopyReplacedByANewerOneIsCountedOnce() {
        for (int i = 0; i < 10; i++) {
            copies.keep("a", copy(i, 400));
        }
        copies.keep("b", copy(1, 400));

        assertEquals(2, copies.size());
    }

    @Test
    void whenManyAskForAnAnswerNobodyHasOneRendersItAndTheOthersWaitForItsCopy() throws Exception {
        assertTrue(copies.claimRendering("ky /"), "the first request renders");
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
            try {
                return copies.claimRendering("ky /");
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertFalse(second.isDone(), "the second waits while the first renders");

        copies.keep("ky /", copy(7, 100));
        copies.rendered("ky /");

        assertFalse(second.get(2, TimeUnit.SECONDS), "then it reads the copy instead of rendering");
        assertTrue(copies.find("ky /", 7, TODAY, NOW).isPresent());
        assertTrue(copies.claimRendering("ky /"), "once rendered, the next miss renders again");
    }

    private static PublicCopies.Copy copy(long version, int bytes) {
        return new PublicCopies.Copy(version, TODAY, NOW, "text/html;charset=UTF-8", List.of(), new byte[bytes], "\"e\"");
    }
}
