package kg.gov.kuzmat.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What an HR officer does with a vacancy of their agency, and what the public sees of it each time. */
class HrVacancyIT extends BrowserTest {

    @BeforeEach
    void signInAsHrOfficer() {
        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
    }

    /** A word no demo vacancy contains, so the public search finds exactly this test's vacancy. */
    private static String uniqueWord() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("сыноо");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('а' + random.nextInt(32)));
        }
        return word.toString();
    }

    private VacancyForm newVacancyForm() {
        driver.get(base.toString().replaceAll("/$", "") + "/hr/");
        driver.findElement(By.id("new-vacancy")).click();
        return new VacancyForm(driver, base);
    }

    /** The count the officer sees on the public search page (signed in, so never a kept copy). */
    private String publicSearchCount(String word) {
        return PortalPage.open(driver, base, "/?q=" + word).textOf("search-count");
    }

    /** What an anonymous reader is answered, whom the portal may answer from a kept copy. */
    private String anonymousSearchCount(String word) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        base.toURI().resolve("?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8)))
                .header("Accept-Language", "ky").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        Matcher count = Pattern.compile("id=\"search-count\"[^>]*>\\s*([^<]+?)\\s*<").matcher(page.body());
        assertTrue(count.find(), page.body());
        return count.group(1);
    }

    @Test
    void anOfficerWritesPublishesAndCancelsAVacancyAndThePublicSeesEachStep() throws Exception {
        String word = uniqueWord();
        VacancyForm form = newVacancyForm()
                .type("title", "Башкы адис " + word)
                .type("structuralUnit", "Укуктук камсыздоо бөлүмү")
                .choose("positionGroup", "SENIOR")
                .write("duties", "Ченемдик укуктук актылардын долбоорлоруна укуктук экспертиза жүргүзүү.")
                .type("salaryMin", "30000")
                .type("salaryMax", "36000")
                .choose("region", "BISHKEK")
                .type("city", "Бишкек")
                .deadline(LocalDate.now().plusDays(20))
                .type("contact", "+996 312 66-00-00")
                .save();

        assertTrue(form.path().startsWith("/hr/vacancy.xhtml?id="), form.path());
        assertEquals("Сакталды.", form.textOf("vacancy-done"));
        String hrPage = driver.getCurrentUrl();
        assertEquals("Бош орун табылган жок", publicSearchCount(word), "a draft is not public");
        assertEquals("Бош орун табылган жок", anonymousSearchCount(word));
        assertEquals("Бош орун табылган жок", anonymousSearchCount(word), "asked again: now from the kept copy");

        driver.get(hrPage);
        new VacancyForm(driver, base).publish();
        assertEquals("Табылган бош орундар: 1", publicSearchCount(word), "published, so the public finds it");
        assertEquals("Табылган бош орундар: 1", anonymousSearchCount(word), "no copy outlives the change");

        driver.get(hrPage);
        VacancyForm cancelled = new VacancyForm(driver, base).cancelCompetition("Штаттык бирдик кыскартылды");
        assertEquals("Конкурс жокко чыгарылды; себеби жарыяланды.", cancelled.textOf("vacancy-done"));

        cancelled.driver.findElement(By.id("public-page")).click();
        PortalPage publicPage = new PortalPage(driver, base);
        assertTrue(publicPage.textOf("cancellation-reason").contains("Штаттык бирдик кыскартылды"));
        assertTrue(driver.findElements(By.id("apply")).isEmpty(), "no applying to a cancelled competition");
    }

    @Test
    void aMissingRequiredFieldIsExplainedAndNothingTypedIsLost() {
        VacancyForm form = newVacancyForm()
                .type("title", "Жетектөөчү адис")
                .type("salaryMin", "30000")
                .save();

        assertTrue(form.errors().contains("Түзүмдүк бөлүмдү жазыңыз."), form.errors().toString());
        assertEquals("Жетектөөчү адис", form.value("title"));
        assertEquals("30000", form.value("salaryMin"));
    }
}
