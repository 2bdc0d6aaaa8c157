package kg.gov.kuzmat.web.faces;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command button and link of every page has an id, and some browser test presses it: a button that
 * nobody presses in a browser is a button that may do nothing (withdraw and appeal once did exactly that).
 * The browser tests are the assembled portal's, in ear-module. A test "presses" a button when it names its client id: "form:id", or "form:…" and ":id" on one line for
 * a button in a repeated row (in a Java string or a CSS selector's quotes). The buttons no browser test presses yet are listed here by name, so that
 * a new page's buttons cannot join them unnoticed, and the list can only shrink.
 */
class EveryButtonIsPressedTest {

    private static final Path PAGES = Path.of("src", "main", "webapp");
    private static final Path BROWSER_TESTS = Path.of("..", "ear-module", "src", "test", "java");
    private static final Pattern FORM = Pattern.compile("<h:form\\b[^>]*?\\sid=\"([^\"]+)\"");
    private static final Pattern COMMAND = Pattern.compile("<p:command(?:Button|Link)\\b[^>]*?>", Pattern.DOTALL);
    /** Ids appear in Java strings and in CSS selectors' attribute values. */
    private static final List<String> QUOTES = List.of("\"", "'");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    /** Pressed by no browser test yet; it is empty, and a new page's button must come with the test that presses it. */
    private static final Set<String> NOT_YET_PRESSED = Set.of();

    @Test
    void everyButtonHasAnIdAndABrowserTestThatPressesIt() throws IOException {
        List<String> testLines = testLines();
        List<String> withoutId = new ArrayList<>();
        Set<String> unpressed = new TreeSet<>();
        Set<String> buttons = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(PAGES)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page);
                String name = PAGES.relativize(page).toString().replace('\\', '/');
                Matcher command = COMMAND.matcher(text);
                while (command.find()) {
                    Matcher id = ID.matcher(command.group());
                    String form = formAround(text, command.start());
                    if (!id.find() || form == null) {
                        withoutId.add(name + ": " + command.group().replaceAll("\\s+", " "));
                        continue;
                    }
                    String button = name + " " + form + ":" + id.group(1);
                    buttons.add(button);
                    if (!pressed(testLines, form, id.group(1))) {
                        unpressed.add(button);
                    }
                }
            }
        }
        assertTrue(buttons.size() > 50, "the scan finds the pages' buttons: " + buttons.size());
        assertEquals(List.of(), withoutId, "buttons without an id, or outside a form with one");
        Set<String> newlyUnpressed = new TreeSet<>(unpressed);
        newlyUnpressed.removeAll(NOT_YET_PRESSED);
        assertEquals(Set.of(), newlyUnpressed, "buttons no browser test presses");
        Set<String> stale = new TreeSet<>(NOT_YET_PRESSED);
        stale.removeAll(unpressed);
        assertEquals(Set.of(), stale, "pressed now, or gone: take them off NOT_YET_PRESSED");
    }

    private static String formAround(String page, int position) {
        Matcher form = FORM.matcher(page);
        String id = null;
        while (form.find() && form.start() < position) {
            id = form.group(1);
        }
        return id;
    }

    private static boolean pressed(List<String> testLines, String form, String id) {
        return testLines.stream().anyMatch(line -> QUOTES.stream().anyMatch(quote -> line.contains(quote + form + ":" + id + quote)
                || line.contains(quote + form + ":") && line.contains(":" + id + quote)));
    }

    private static List<String> testLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(BROWSER_TESTS)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                lines.addAll(Files.readAllLines(source));
            }
        }
        return lines;
    }
}
