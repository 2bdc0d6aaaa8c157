package kg.gov.kuzmat.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrator's question bank, pressed as they use it: filter a topic, page through it, revise a
 * question (and change one's mind), read and close a question's history, retire one, and accept and
 * reject what HR officers proposed.
 */
class QuestionBankIT extends BrowserTest {

    /** One more question than a page of the bank holds (QuestionBank.PAGE_SIZE). */
    private static final int QUESTIONS = 51;


    @Test
    void anAdministratorFiltersPagesRevisesRetiresAndDecidesProposals() throws Exception {
        String topic = "QB_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String topicLabel = topic + " — Сынак темасы";
        PortalPage.open(driver, base, "/").goToSignIn().signInAs("admin@demo.kg", "Demo-2026!");
        PortalPage bank = PortalPage.open(driver, base, "/admin/questions.xhtml")
                .type("topic:topic-code", topic).type("topic:topic-kyrgyz", "Сынак темасы")
                .type("topic:topic-russian", "Тестовая тема").type("topic:topic-english", "Test topic").submit("topic:add-topic");
        assertTrue(bank.errors().isEmpty(), bank.errors().toString());
        Path file = Files.createTempFile("bank", ".csv");
        StringBuilder csv = new StringBuilder("topic,question_ky,a_ky,b_ky,c_ky,d_ky,question_ru,a_ru,b_ru,c_ru,d_ru,correct\n");
        for (int i = 1; i <= QUESTIONS; i++) {
            csv.append(topic).append(",Суроо ").append(topic).append(' ').append(i).append(",туура,ката 1,ката 2,ката 3,")
                    .append("Вопрос ").append(topic).append(' ').append(i).append(",верно,неверно 1,неверно 2,неверно 3,A\n");
        }
        Files.writeString(file, csv);
        driver.findElement(By.id("import:import-file")).sendKeys(file.toString());
        bank = bank.submit("import:import-submit");
        assertTrue(bank.errors().isEmpty(), bank.errors().toString());

        new Select(driver.findElement(By.id("bank:filter-topic"))).selectByVisibleText(topicLabel);
        bank = bank.submit("bank:filter");
        assertTrue(bank.textOf("question-count").startsWith("Табылган суроолор: " + QUESTIONS + "."), bank.textOf("question-count"));
        assertEquals("1 / 2", bank.textOf("page-number"));
        bank = bank.submit("bank:next-page");
        assertEquals("2 / 2", bank.textOf("page-number"));
        assertEquals(1, rows().size(), "the last page holds the one question past the first page");
        bank = bank.submit("bank:previous-page");
        assertEquals("1 / 2", bank.textOf("page-number"));
        assertEquals(50, rows().size());

        bank = bank.submit("bank:questions:0:edit");
        assertFalse(bank.textOf("revising").isBlank(), "the form says which question is being revised");
        bank = bank.submit("question:cancel-revision");
        assertTrue(driver.findElements(By.id("revising")).isEmpty(), "changed my mind: no revision under way");

        String revised = "Кайра жазылган суроо " + topic;
        bank = bank.submit("bank:questions:0:edit").type("question:kyrgyz-text", revised).submit("question:save-question");
        assertTrue(bank.errors().isEmpty(), bank.errors().toString());
        int revisedRow = rowHolding(revised);
        bank = bank.submit("bank:questions:" + revisedRow + ":history");
        assertEquals(2, driver.findElements(By.cssSelector("#question-history .history-row")).size(),
                "the history holds the first revision and the new one");
        assertTrue(bank.textOf("question-history").contains(revised));
        bank = bank.submit("bank:close-history");
        assertTrue(driver.findElements(By.id("question-history")).isEmpty(), "the history is closed");

        bank = bank.submit("bank:questions:" + rowHolding(revised) + ":retire");
        assertTrue(bank.errors().isEmpty(), bank.errors().toString());
        assertEquals("Колдонуудан чыгарылган", rows().get(rowHolding(revised)).findElement(By.cssSelector(".question-status")).getText());
        bank.signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", "Demo-2026!");
        for (String proposal : List.of("Кабыл алынчу " + topic, "Четке кагылчу " + topic)) {
            PortalPage form = PortalPage.open(driver, base, "/hr/propose-question.xhtml");
            new Select(driver.findElement(By.id("proposal:question-topic"))).selectByVisibleText(topicLabel);
            form = form.type("proposal:kyrgyz-text", proposal).type("proposal:kyrgyz-a", "бир").type("proposal:kyrgyz-b", "эки")
                    .type("proposal:kyrgyz-c", "үч").type("proposal:kyrgyz-d", "төрт").type("proposal:russian-text", "Вопрос " + proposal)
                    .type("proposal:russian-a", "один").type("proposal:russian-b", "два").type("proposal:russian-c", "три")
                    .type("proposal:russian-d", "четыре");
            new Select(driver.findElement(By.id("proposal:correct-option"))).selectByVisibleText("B");
            form = form.submit("proposal:send-proposal");
            assertTrue(form.errors().isEmpty(), form.errors().toString());
        }
        new PortalPage(driver, base).signOut();

        PortalPage.open(driver, base, "/").goToSignIn().signInAs("admin@demo.kg", "Demo-2026!");
        bank = PortalPage.open(driver, base, "/admin/questions.xhtml");
        new Select(driver.findElement(By.id("bank:filter-topic"))).selectByVisibleText(topicLabel);
        new Select(driver.findElement(By.id("bank:filter-status"))).selectByValue("PROPOSED");
        bank = bank.submit("bank:filter");
        assertEquals(2, rows().size(), "the two proposals wait for a decision");
        bank = bank.submit("bank:questions:" + rowHolding("Кабыл алынчу " + topic) + ":accept");
        assertTrue(bank.errors().isEmpty(), bank.errors().toString());
        bank = bank.submit("bank:questions:" + rowHolding("Четке кагылчу " + topic) + ":reject");
        assertTrue(bank.errors().isEmpty(), bank.errors().toString());
        assertEquals(0, rows().size(), "no proposal is left waiting");

        new Select(driver.findElement(By.id("bank:filter-status"))).selectByValue("ACTIVE");
        driver.findElement(By.id("bank:filter-words")).sendKeys("Кабыл алынчу");
        bank = bank.submit("bank:filter");
        assertEquals(1, rows().size(), "the accepted proposal is in use");
        new Select(driver.findElement(By.id("bank:filter-status"))).selectByValue("REJECTED");
        driver.findElement(By.id("bank:filter-words")).clear();
        driver.findElement(By.id("bank:filter-words")).sendKeys("Четке кагылчу");
        bank.submit("bank:filter");
        assertEquals(1, rows().size(), "the rejected proposal is kept as rejected");
    }

    /** The rows of the bank's list (a one-cell row says the list is empty). */
    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector(".question-table tbody tr")).stream()
                .filter(row -> row.findElements(By.tagName("td")).size() > 1).toList();
    }

    private int rowHolding(String text) {
        List<WebElement> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text) || rows.get(i).findElements(By.cssSelector("[title]")).stream()
                    .anyMatch(cell -> text.equals(cell.getAttribute("title")))) {
                return i;
            }
        }
        throw new AssertionError("No question holding " + text);
    }
}
