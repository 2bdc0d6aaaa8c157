package kg.gov.kuzmat.web;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a citizen, an HR officer and an administrator do first: read, switch language, sign in. */
class PortalIT extends BrowserTest {

    private static final String PASSWORD = "Demo-2026!";

    @Test
    void theHomePageListsPublishedVacanciesInTheStateLanguagePageByPage() {
        PortalPage home = PortalPage.open(driver, base, "/");

        assertEquals("ky", home.language());
        assertEquals("Мамлекеттик жана муниципалдык кызматтагы бош орундар", home.heading());
        List<String> firstPage = home.vacancyLinks();
        assertEquals(10, firstPage.size(), "ten vacancies a page; the demo data publishes thirty");

        home.nextVacancyPage();

        List<String> secondPage = home.vacancyLinks();
        assertEquals(10, secondPage.size());
        assertTrue(secondPage.stream().noneMatch(firstPage::contains), "the second page shows other vacancies");
    }

    @Test
    void aSearchWithFiltersLivesInTheUrlSoItCanBeSharedTranslatedAndWalkedBack() {
        PortalPage home = PortalPage.open(driver, base, "/");
        home.search("адис", Map.of("region", "BISHKEK", "sort", "SALARY"));

        String shared = driver.getCurrentUrl();
        assertTrue(shared.contains("region=BISHKEK") && shared.contains("sort=SALARY") && shared.contains("q="), shared);
        List<String> found = home.vacancyTitles();
        assertFalse(found.isEmpty(), "the demo data has specialists (адис) in Bishkek");

        driver.manage().deleteAllCookies();
        PortalPage reopened = PortalPage.open(driver, base, shared.replaceFirst("^https?://[^/]+", ""));
        assertEquals(found, reopened.vacancyTitles(), "whoever opens the link sees the same search");

        reopened.switchLanguageTo("ru");
        assertEquals(found, reopened.vacancyTitles(), "switching language keeps the search");
        assertEquals("адис", reopened.searchWords());
        assertEquals("BISHKEK", reopened.selected("region"));
        String table = reopened.textOf("vacancies");
        assertTrue(table.contains("г. Бишкек") && table.contains("сом"), "the rows are in Russian too: " + table);
        assertFalse(table.contains("Бишкек ш."), "and no longer in Kyrgyz: " + table);

        String opened = reopened.openVacancy(0);
        assertEquals(opened, reopened.heading());
        reopened.back();
        assertEquals(found, reopened.vacancyTitles(), "the back button returns to the same results");
    }

    @Test
    void aSearchThatFindsNothingSaysSoAndHowToWidenIt() {
        PortalPage home = PortalPage.open(driver, base, "/?q=zzqqxx&region=FOO");

        assertTrue(home.textOf("search-empty").contains("Азыраак"), "a hint in the reader's language");
        assertTrue(home.textOf("search-ignored").length() > 0, "the unknown region is reported, not an error");
    }

    @Test
    void switchingLanguageTranslatesThePageAndIsRemembered() {
        PortalPage home = PortalPage.open(driver, base, "/");

        home.switchLanguageTo("en");
        assertEquals("Vacancies in the civil and municipal service", home.heading());

        home.switchLanguageTo("ru");
        assertEquals("Вакансии государственной и муниципальной службы", home.heading());

        LoginPage login = home.goToSignIn();
        assertEquals("ru", login.language(), "the choice holds on the next page");
        assertEquals("Вход", login.heading());
    }

    @Test
    void theApplicantLandsInTheirAccountAndCanSignOut() {
        PortalPage account = PortalPage.open(driver, base, "/").goToSignIn().signInAs("applicant@demo.kg", PASSWORD)
                .acceptPolicyIfAsked();

        assertEquals("/account/", account.path());
        assertEquals("Жеке кабинет", account.heading());
        assertTrue(account.textOf("account-greeting").contains("applicant@demo.kg"));

        account.signOut();
        assertFalse(account.isSignedIn());
        assertEquals("/", account.path());
    }

    @Test
    void theHrOfficerLandsInTheIntranetOfTheirAgency() {
        PortalPage hr = PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", PASSWORD);

        assertEquals("/hr/", hr.path());
        assertEquals("Кадр кызматынын кабинети", hr.heading());
        assertTrue(hr.textOf("hr-agency").contains("Кыргыз Республикасынын Юстиция министрлиги"));
    }

    @Test
    void theAdministratorLandsInAdministrationWithThePortalsFigures() {
        PortalPage admin = PortalPage.open(driver, base, "/").goToSignIn().signInAs("admin@demo.kg", PASSWORD);

        assertEquals("/admin/", admin.path());
        assertEquals("Администрациялоо", admin.heading());
        assertTrue(admin.textOf("admin-figures").contains("Органдар"));
    }

    @Test
    void anHrOfficerIsRefusedAdministration() {
        PortalPage.open(driver, base, "/").goToSignIn().signInAs("hr@demo.kg", PASSWORD);

        PortalPage refused = PortalPage.open(driver, base, "/admin/");

        assertEquals("Кирүүгө тыюу салынган", refused.heading());
        assertTrue(refused.isSignedIn(), "still signed in, just not allowed here");
    }

    @Test
    void aWrongPasswordIsExplainedInTheReadersLanguage() {
        PortalPage home = PortalPage.open(driver, base, "/");
        home.switchLanguageTo("ru");
        LoginPage login = home.goToSignIn();

        login.signInAs("applicant@demo.kg", "not-the-password");

        LoginPage again = new LoginPage(driver, base);
        assertEquals("Неверный адрес электронной почты или пароль.", again.errorMessage());
        assertFalse(again.isSignedIn());
    }

    @Test
    void aForgottenPasswordIsAskedForAndTheEmailTypedIsKept() {
        LoginPage login = PortalPage.open(driver, base, "/").goToSignIn();

        login.signInAs("applicant@demo.kg", "");

        LoginPage again = new LoginPage(driver, base);
        assertEquals("Сырсөздү жазыңыз.", again.errorMessage());
        assertEquals("applicant@demo.kg", again.email());
    }

    @Test
    void aProtectedPageAsksForSignInAndThenShowsThatPage() {
        PortalPage asked = PortalPage.open(driver, base, "/account/");
        assertEquals("/login.xhtml", asked.path());

        PortalPage after = new LoginPage(driver, base).signInAs("applicant@demo.kg", PASSWORD).acceptPolicyIfAsked();

        assertEquals("/account/", after.path());
        assertNotEquals("Кирүү", after.heading());
    }

    @Test
    void anUnknownVacancyOrAgencyIsAnsweredNotFoundInTheReadersLanguage() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/vacancy.xhtml?id=987654321", "/vacancy.xhtml?id=abc", "/agency.xhtml?code=no-such-body")) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create(base.toString().replaceAll("/$", "") + path)).header("Accept-Language", "ru").build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("Страница не найдена"), path);
        }
    }

    @Test
    void readingPublicPagesCreatesNoSession() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/", "/?q=%D0%B0%D0%B4%D0%B8%D1%81&region=BISHKEK", "/login.xhtml", "/privacy.xhtml",
                "/agency.xhtml?code=minjust", "/api/v1/vacancies", "/api/v1/feed")) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " must not open an HTTP session");
        }
    }
}
