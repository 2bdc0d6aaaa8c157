package kg.gov.kuzmat.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every page of every role, in Kyrgyz, Russian and English, at a small phone's, a phone's, a tablet's
 * and a desktop's width: nothing makes the page wider than the window (a filter off-screen, a Delete
 * button pushed beyond the edge), which a person on a phone cannot reach without sideways scrolling;
 * and axe-core finds no violation of WCAG 2.1 A or AA on it.
 */
class LayoutIT extends BrowserTest {

    private static final List<Integer> WIDTHS = List.of(320, 360, 768, 1280);
    private static final List<String> LANGUAGES = List.of("ky", "ru", "en");
    private static final String DEMO_PASSWORD = "Demo-2026!";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final List<String> inaccessible = new ArrayList<>();

    @Test
    void noPageOfAnyRoleIsWiderThanTheWindowOrBreaksWcagInAnyLanguage() {
        List<String> tooWide = new ArrayList<>();
        String vacancy = Registrant.vacanciesOpenToEveryone(driver, base, "minjust").get(0);
        check(tooWide, List.of("/", "/?region=BISHKEK", "/vacancy.xhtml?id=" + vacancy, "/agency.xhtml?code=minjust",
                "/register.xhtml", "/login.xhtml", "/privacy", "/statistics.xhtml", "/feedback.xhtml", "/forgot-password.xhtml"));

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("applicant@demo.kg", DEMO_PASSWORD).acceptPolicyIfAsked();
        check(tooWide, List.of("/account/", "/account/profile.xhtml", "/account/documents.xhtml", "/account/applications.xhtml",
                "/account/searches.xhtml", "/account/my-data.xhtml", "/account/apply.xhtml?vacancy=" + vacancy));
        new PortalPage(driver, base).signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", DEMO_PASSWORD);
        PortalPage.open(driver, base, "/hr/");
        String own = driver.findElement(By.cssSelector("#own-vacancies .vacancy-title")).getAttribute("href")
                .replaceAll(".*[?&]id=(\\d+).*", "$1");
        check(tooWide, List.of("/hr/", "/hr/vacancy.xhtml", "/hr/vacancy.xhtml?id=" + own, "/hr/competition.xhtml?vacancy=" + own,
                "/hr/candidates.xhtml?vacancy=" + own, "/hr/exam.xhtml?vacancy=" + own, "/hr/reserve.xhtml",
                "/hr/propose-question.xhtml"));
        new PortalPage(driver, base).signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("admin@demo.kg", DEMO_PASSWORD);
        check(tooWide, List.of("/admin/", "/admin/audit.xhtml", "/admin/questions.xhtml", "/admin/question-statistics.xhtml",
                "/admin/exam-specifications.xhtml", "/admin/staff.xhtml", "/admin/feedback.xhtml", "/admin/disclosures.xhtml",
                "/admin/retention.xhtml", "/admin/statistics.xhtml", "/admin/policy.xhtml"));

        assertAll(() -> assertEquals(List.of(), tooWide, "pages wider than the window (page, language, width: page width)"),
                () -> assertEquals(List.of(), inaccessible, "axe-core's WCAG 2.1 A/AA violations (page, language: rule × elements)"));
    }

    private void check(List<String> tooWide, List<String> pages) {
        for (String language : LANGUAGES) {
            driver.get(base.toString().replaceAll("/$", "") + "/language?to=" + language + "&next="
                    + URLEncoder.encode("/", StandardCharsets.UTF_8));
            for (String page : pages) {
                for (int width : WIDTHS) {
                    driver.manage().window().setSize(new Dimension(width, 900));
                    PortalPage opened = PortalPage.open(driver, base, page);
                    assertFalse(opened.heading().isBlank(), page);
                    assertEquals(language, opened.language(), page);
                    long pageWidth = ((Number) ((JavascriptExecutor) driver)
                            .executeScript("return document.documentElement.scrollWidth")).longValue();
                    long window = ((Number) ((JavascriptExecutor) driver)
                            .executeScript("return document.documentElement.clientWidth")).longValue();
                    if (pageWidth > window) {
                        tooWide.add(page + " " + language + " " + width + ": " + pageWidth + " px");
                    }
                    if (width == 1280) {
                        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
                        results.getViolations().forEach(rule -> inaccessible.add(page + " " + language + ": " + rule.getId()
                                + " × " + rule.getNodes().size() + " " + rule.getNodes().get(0).getTarget()));
                    }
                }
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
