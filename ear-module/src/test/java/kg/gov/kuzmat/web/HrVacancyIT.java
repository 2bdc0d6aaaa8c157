package kg.gov.kuzmat.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;
import java.util.Random;

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

    private String publicSearchCount(String word) {
        return PortalPage.open(driver, base, "/?q=" + word).textOf("search-count");
    }

    @Test
    void anOfficerWritesPublishesAndCancelsAVacancyAndThePublicSeesEachStep() {
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

        driver.get(hrPage);
        new VacancyForm(driver, base).publish();
        assertEquals("Табылган бош орундар: 1", publicSearchCount(word), "published, so the public finds it");

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
