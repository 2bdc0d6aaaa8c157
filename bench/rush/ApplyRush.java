import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rush of the last minute before a deadline: N applicants, each signed in in their own browser
 * session, press "Apply" on the same vacancy at the same moment, and each presses it twice (a double
 * click, or two tabs). Then every one of them opens the apply page of a vacancy whose deadline passed.
 * Prints what the server acknowledged; the database is counted afterwards by apply-rush.sh.
 * Usage: java bench/rush/ApplyRush.java BASE_URL OPEN_VACANCY CLOSED_VACANCY COUNT THREADS
 */
public class ApplyRush {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("<form id=\"%s\"[^>]*action=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        String open = args[1];
        String closed = args[2];
        int count = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        ExecutorService pool = Executors.newFixedThreadPool(threads);

        // Everyone signs in and opens the apply page first, as people do before the last minute.
        Map<Integer, Session> sessions = new ConcurrentHashMap<>();
        AtomicInteger setupErrors = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(count);
        for (int i = 1; i <= count; i++) {
            int n = i;
            pool.submit(() -> {
                try {
                    Session session = new Session(base);
                    session.signIn("rush-" + n + "@bench.kg", "Demo-2026!");
                    session.openApplyPage(open);
                    sessions.put(n, session);
                } catch (Exception e) {
                    setupErrors.incrementAndGet();
                } finally {
                    ready.countDown();
                }
            });
        }
        ready.await();

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger refusedAsDuplicate = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(sessions.size() * 2);
        long start = System.nanoTime();
        for (Session session : sessions.values()) {
            for (int click = 0; click < 2; click++) {
                pool.submit(() -> {
                    long t0 = System.nanoTime();
                    try {
                        String answer = session.apply();
                        latencies.add((System.nanoTime() - t0) / 1_000_000);
                        switch (answer) {
                            case "acknowledged" -> acknowledged.incrementAndGet();
                            case "duplicate" -> refusedAsDuplicate.incrementAndGet();
                            default -> errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                });
            }
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;

        AtomicInteger closedShown = new AtomicInteger();
        CountDownLatch late = new CountDownLatch(sessions.size());
        for (Session session : sessions.values()) {
            pool.submit(() -> {
                try {
                    if (session.get("/account/apply.xhtml?vacancy=" + closed).contains("id=\"apply-closed\"")) {
                        closedShown.incrementAndGet();
                    }
                } catch (Exception ignored) {
                    // counted as not shown
                } finally {
                    late.countDown();
                }
            });
        }
        late.await();
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);

        List<Long> sorted = latencies.stream().sorted().toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("applicants", count);
        result.put("signed_in", sessions.size());
        result.put("setup_errors", setupErrors.get());
        result.put("apply_requests", sessions.size() * 2);
        result.put("acknowledged", acknowledged.get());
        result.put("refused_as_already_applied", refusedAsDuplicate.get());
        result.put("errors", errors.get());
        result.put("seconds", String.format("%.1f", seconds));
        result.put("requests_per_second", String.format("%.0f", sessions.size() * 2 / seconds));
        result.put("p50_ms", percentile(sorted, 50));
        result.put("p99_ms", percentile(sorted, 99));
        result.put("max_ms", sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        result.put("closed_vacancy_refused", closedShown.get());
        System.out.println(result.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    /** One applicant's browser: a cookie jar and the page they have open. */
    static final class Session {
        private final String base;
        private final HttpClient http;
        private volatile String applyAction;
        private volatile String applyViewState;

        Session(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
        }

        String get(String path) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept-Language", "ru").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        }

        HttpResponse<String> post(String action, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            String origin = base.replaceAll("(https?://[^/]+).*", "$1");
            // A browser names the page's origin on every form post; the portal refuses posts that do not.
            return http.send(HttpRequest.newBuilder(URI.create(origin + action)).header("Origin", origin)
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "ru")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String email, String password) throws Exception {
            String page = get("/login.xhtml");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("login", "login");
            fields.put("login:email", email);
            fields.put("login:password", password);
            fields.put("login:submit", "");
            fields.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
            HttpResponse<String> answer = post(find(Pattern.compile(String.format(ACTION.pattern(), "login")), page), fields);
            if (answer.statusCode() != 302) {
                throw new IllegalStateException("sign-in refused for " + email);
            }
        }

        void openApplyPage(String vacancy) throws Exception {
            String page = get("/account/apply.xhtml?vacancy=" + vacancy);
            applyAction = find(Pattern.compile(String.format(ACTION.pattern(), "apply")), page).replace("&amp;", "&");
            applyViewState = find(VIEW_STATE, page);
        }

        /** Presses "Apply": "acknowledged", "duplicate" (told they already applied) or anything else. */
        String apply() throws Exception {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("apply", "apply");
            fields.put("apply:processingConsent", "on");
            fields.put("apply:antiCorruption", "on");
            fields.put("apply:accuracy", "on");
            fields.put("apply:submit", "");
            fields.put("jakarta.faces.ViewState", applyViewState);
            HttpResponse<String> answer = post(applyAction, fields);
            if (answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").contains("submitted=")) {
                return "acknowledged";
            }
            if (answer.statusCode() == 200 && answer.body().contains("Вы уже подали заявку")) {
                return "duplicate";
            }
            return "status " + answer.statusCode();
        }

        private static String find(Pattern pattern, String page) {
            Matcher matcher = pattern.matcher(page);
            if (!matcher.find()) {
                throw new IllegalStateException("not on the page: " + pattern);
            }
            return matcher.group(1);
        }
    }
}
