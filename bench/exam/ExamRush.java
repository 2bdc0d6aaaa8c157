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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The test rush: N candidates, each signed in in their own session, start the same competition's
 * computer test through its page, then each saves an answer every few seconds (think time drawn
 * uniformly between THINK_MIN and THINK_MAX ms) until every question is answered, and submits through
 * the page. Answers are sent the way the page's script sends them. Prints what the server
 * acknowledged and the latency of answer saves; exam-rush.sh counts the database afterwards.
 * Usage: java bench/exam/ExamRush.java BASE_URL COUNT SETUP_THREADS THINK_MIN_MS THINK_MAX_MS
 */
public class ExamRush {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String FORM_ACTION = "<form id=\"%s\"[^>]*action=\"([^\"]+)\"";
    private static final Pattern ATTEMPT = Pattern.compile("data-attempt=\"(\\d+)\"");
    private static final Pattern QUESTION = Pattern.compile("class=\"exam-question\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        int count = Integer.parseInt(args[1]);
        int setupThreads = Integer.parseInt(args[2]);
        int thinkMin = Integer.parseInt(args[3]);
        int thinkMax = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newFixedThreadPool(8)).connectTimeout(Duration.ofSeconds(30)).build();

        // Everyone signs in and starts the test, as candidates do in the first minutes of the window.
        List<Candidate> candidates = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger setupErrors = new AtomicInteger();
        ExecutorService setup = Executors.newFixedThreadPool(setupThreads);
        long setupStart = System.nanoTime();
        for (int i = 1; i <= count; i++) {
            int n = i;
            setup.submit(() -> {
                try {
                    Candidate candidate = new Candidate(http, base, 50_000_000L + n);
                    candidate.signIn("rush-" + n + "@bench.kg", "Demo-2026!");
                    candidate.startTest();
                    candidates.add(candidate);
                } catch (Exception e) {
                    if (setupErrors.incrementAndGet() <= 3) {
                        System.err.println("setup failed: " + e);
                    }
                }
            });
        }
        setup.shutdown();
        setup.awaitTermination(1, TimeUnit.HOURS);
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

        // The rush: each candidate answers their questions one by one, thinking a few seconds before each.
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong acknowledged = new AtomicLong();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(candidates.size());
        long rushStart = System.nanoTime();
        for (Candidate candidate : candidates) {
            Runnable[] next = new Runnable[1];
            next[0] = () -> {
                int position = candidate.answered + 1;
                if (position > candidate.questions) {
                    done.countDown();
                    return;
                }
                long sent = System.nanoTime();
                candidate.saveAnswer(position, 1 + ThreadLocalRandom.current().nextInt(4)).whenComplete((response, error) -> {
                    latencies.add((System.nanoTime() - sent) / 1_000_000);
                    if (error == null && response.statusCode() == 200) {
                        acknowledged.incrementAndGet();
                    } else {
                        failures.computeIfAbsent(error != null ? error.getClass().getSimpleName()
                                : "status " + response.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    }
                    candidate.answered = position;
                    clock.schedule(next[0], think(thinkMin, thinkMax), TimeUnit.MILLISECONDS);
                });
            };
            clock.schedule(next[0], ThreadLocalRandom.current().nextInt(thinkMax), TimeUnit.MILLISECONDS);
        }
        done.await(2, TimeUnit.HOURS);
        double rushSeconds = (System.nanoTime() - rushStart) / 1e9;
        clock.shutdown();

        // Everyone submits through the page and sees the result.
        ExecutorService submitting = Executors.newFixedThreadPool(setupThreads);
        AtomicInteger results = new AtomicInteger();
        for (Candidate candidate : candidates) {
            submitting.submit(() -> {
                try {
                    if (candidate.submit()) {
                        results.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.computeIfAbsent("submit " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                }
            });
        }
        submitting.shutdown();
        submitting.awaitTermination(1, TimeUnit.HOURS);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("candidates", count);
        result.put("started", candidates.size());
        result.put("setup_errors", setupErrors.get());
        result.put("setup_seconds", String.format("%.0f", setupSeconds));
        result.put("questions", candidates.isEmpty() ? 0 : candidates.get(0).questions);
        result.put("saves_sent", sorted.size());
        result.put("saves_acknowledged", acknowledged.get());
        result.put("save_failures", failures.isEmpty() ? "none" : failures.entrySet().stream()
                .map(e -> e.getKey().replace(' ', '_') + ":" + e.getValue()).collect(Collectors.joining(",")));
        result.put("rush_seconds", String.format("%.0f", rushSeconds));
        result.put("saves_per_second", String.format("%.0f", sorted.size() / rushSeconds));
        result.put("p50_ms", percentile(sorted, 50));
        result.put("p99_ms", percentile(sorted, 99));
        result.put("max_ms", sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        result.put("results_shown", results.get());
        System.out.println(result.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
        System.exit(0);
    }

    private static long think(int min, int max) {
        return min + ThreadLocalRandom.current().nextInt(Math.max(1, max - min));
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    /** One candidate's browser: their session cookie, their attempt, and how far they got. */
    static final class Candidate {
        private final HttpClient http;
        private final String base;
        private final String origin;
        private final long application;
        private volatile String session = "";
        private volatile long attempt;
        volatile int questions;
        volatile int answered;
        private volatile String submitAction;
        private volatile String submitViewState;

        Candidate(HttpClient http, String base, long application) {
            this.http = http;
            this.base = base;
            this.origin = base.replaceAll("(https?://[^/]+).*", "$1");
            this.application = application;
        }

        private HttpRequest.Builder request(String url) {
            // As a browser does, every request names the page's origin: the portal refuses posts that do not.
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "ru")
                    .header("Origin", origin).timeout(Duration.ofSeconds(120));
            return session.isEmpty() ? builder : builder.header("Cookie", "JSESSIONID=" + session);
        }

        private HttpResponse<String> send(HttpRequest request) throws Exception {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                Matcher matcher = SESSION_COOKIE.matcher(cookie);
                if (matcher.find()) {
                    session = matcher.group(1);
                }
            }
            return response;
        }

        private String get(String path) throws Exception {
            return send(request(base + path).build()).body();
        }

        private HttpResponse<String> post(String action, Map<String, String> fields) throws Exception {
            return send(request(origin + action.replace("&amp;", "&"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
        }

        void signIn(String email, String password) throws Exception {
            String page = get("/login.xhtml");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("login", "login");
            fields.put("login:email", email);
            fields.put("login:password", password);
            fields.put("login:submit", "");
            fields.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
            if (post(find(Pattern.compile(String.format(FORM_ACTION, "login")), page), fields).statusCode() != 302) {
                throw new IllegalStateException("sign-in refused for " + email);
            }
        }

        void startTest() throws Exception {
            String page = get("/account/test.xhtml?application=" + application);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("start-form", "start-form");
            fields.put("start-form:language", "ru");
            fields.put("start-form:exam-start", "");
            fields.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
            HttpResponse<String> started = post(find(Pattern.compile(String.format(FORM_ACTION, "start-form")), page), fields);
            if (started.statusCode() != 302) {
                throw new IllegalStateException("start refused: " + started.statusCode());
            }
            String running = get("/account/test.xhtml?application=" + application);
            attempt = Long.parseLong(find(ATTEMPT, running));
            Matcher question = QUESTION.matcher(running);
            while (question.find()) {
                questions++;
            }
            submitAction = find(Pattern.compile(String.format(FORM_ACTION, "submit-form")), running);
            submitViewState = find(VIEW_STATE, running);
        }

        java.util.concurrent.CompletableFuture<HttpResponse<String>> saveAnswer(int position, int place) {
            return http.sendAsync(request(base + "/account/exam-answer")
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Kuzmat-Exam", "1")
                    .POST(HttpRequest.BodyPublishers.ofString("attempt=" + attempt + "&position=" + position + "&place=" + place))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Submits through the page; true when the redirect leads to the result. */
        boolean submit() throws Exception {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("submit-form", "submit-form");
            fields.put("submit-form:exam-submit", "");
            fields.put("jakarta.faces.ViewState", submitViewState);
            if (post(submitAction, fields).statusCode() != 302) {
                return false;
            }
            return get("/account/test.xhtml?application=" + application).contains("id=\"exam-score\"");
        }

        private static String form(Map<String, String> fields) {
            return fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
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
