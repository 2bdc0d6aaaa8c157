package kg.gov.kuzmat.web.i18n;

import kg.gov.kuzmat.agency.AgencyType;
import kg.gov.kuzmat.agency.Region;
import kg.gov.kuzmat.vacancy.CompetitionType;
import kg.gov.kuzmat.vacancy.EducationLevel;
import kg.gov.kuzmat.vacancy.PositionGroup;
import kg.gov.kuzmat.vacancy.VacancyContent;
import kg.gov.kuzmat.vacancy.VacancySort;
import kg.gov.kuzmat.vacancy.VacancyStatus;
import kg.gov.kuzmat.applicant.DocumentKind;
import kg.gov.kuzmat.applicant.Identity;
import kg.gov.kuzmat.applicant.Profile;
import kg.gov.kuzmat.applicant.Registration;
import kg.gov.kuzmat.privacy.DataAccess;
import kg.gov.kuzmat.privacy.PolicyText;
import kg.gov.kuzmat.selection.Appeal;
import kg.gov.kuzmat.selection.ApplicationEvent;
import kg.gov.kuzmat.selection.CompetitionStage;
import kg.gov.kuzmat.selection.Outcome;
import kg.gov.kuzmat.selection.Stage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text a person can meet exists in Kyrgyz, Russian and English. */
class MessageBundlesTest {

    private static final String BUNDLE = "/kg/gov/kuzmat/web/i18n/messages_%s.properties";

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BUNDLE.formatted(language))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void theThreeLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = bundle("en");
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Properties translation = bundle(language.getCode());
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(translation.stringPropertyNames()),
                    "keys of " + language);
            translation.forEach((key, text) -> assertTrue(!text.toString().isBlank(), key + " is empty in " + language));
        }
    }

    @Test
    void everyKeyThePagesAndServicesUseIsTranslated() throws IOException {
        Set<String> keys = bundle("en").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        used.addAll(literalKeys(Path.of("src/main/webapp"), Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]"), ".xhtml"));
        used.addAll(literalKeys(Path.of("src/main/java"),
                // A key built from a prefix ("stage." + …) is covered by the enum lists below.
                Pattern.compile("Messages\\.(?:error|info|text)\\([a-zA-Z]+(?:\\(\\))?, \"([a-zA-Z0-9.]*[a-zA-Z0-9])\""), ".java"));
        used.addAll(literalKeys(Path.of("../ejb-module/src/main/java"), Pattern.compile("message = \"\\{([a-zA-Z0-9.]+)\\}\""), ".java"));
        used.addAll(literalKeys(Path.of("../ejb-module/src/main/java"), Pattern.compile("BusinessException\\(\"([a-zA-Z0-9.]+)\""), ".java"));
        // Keys the pages build from enum values.
        Arrays.stream(Region.values()).forEach(region -> used.add("region." + region));
        Arrays.stream(PositionGroup.values()).forEach(group -> used.add("positionGroup." + group));
        Arrays.stream(SupportedLanguage.values()).forEach(language -> used.add("language." + language.getCode()));
        Arrays.stream(AgencyType.values()).forEach(type -> used.add("agencyType." + type));
        Arrays.stream(CompetitionType.values()).forEach(type -> used.add("competitionType." + type));
        Arrays.stream(VacancySort.values()).forEach(sort -> used.add("sort." + sort));
        Arrays.stream(VacancyStatus.values()).forEach(status -> used.add("vacancyStatus." + status));
        Arrays.stream(EducationLevel.values()).forEach(level -> used.add("educationLevel." + level));
        List.of("saved", "published", "cancelled").forEach(outcome -> used.add("hr.vacancy.done." + outcome));
        // The change record names the fields of the announcement as VacancyContent does.
        Arrays.stream(VacancyContent.class.getRecordComponents()).forEach(field -> used.add("vacancyField." + field.getName()));
        // Refused form fields are named as the service's records name them.
        Stream.of(Registration.class, Identity.class).flatMap(form -> Arrays.stream(form.getRecordComponents()))
                .filter(field -> !field.getName().equals("policyVersion") && !field.getName().equals("language"))
                .forEach(field -> used.add("registrationField." + field.getName()));
        Arrays.stream(PolicyText.class.getRecordComponents()).forEach(field -> used.add("policyField." + field.getName()));
        Stream.of(Profile.class, Identity.class).flatMap(form -> Arrays.stream(form.getRecordComponents()))
                .forEach(field -> used.add("profileField." + field.getName()));
        Arrays.stream(DocumentKind.values()).forEach(kind -> used.add("documentKind." + kind));
        Arrays.stream(DataAccess.Kind.values()).forEach(kind -> used.add("myData.access." + kind));
        Arrays.stream(Stage.values()).forEach(stage -> used.add("stage." + stage));
        Arrays.stream(ApplicationEvent.Kind.values()).forEach(kind -> used.add("applicationEvent." + kind));
        Arrays.stream(Outcome.values()).forEach(outcome -> used.add("outcome." + outcome));
        Arrays.stream(Appeal.Decision.values()).forEach(decision -> used.add("appealDecision." + decision));
        Arrays.stream(ApplicationEvent.Kind.values()).filter(ApplicationEvent.Kind::isAppealable)
                .forEach(kind -> used.add("appealAgainst." + kind));
        Arrays.stream(CompetitionStage.values()).forEach(stage -> used.add("competitionStage." + stage));
        List.of("passwordChanged", "accountErased").forEach(notice -> used.add("login.notice." + notice));

        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys);
        assertTrue(missing.isEmpty(), "untranslated keys: " + missing);
        assertTrue(used.size() > 50, "the scan found the keys in use");
    }

    /** A lone apostrophe starts a quotation in MessageFormat and swallows what follows, placeholders too. */
    @Test
    void everyPlaceholderIsFilledInAndEveryApostropheShown() throws IOException {
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Properties texts = bundle(language.getCode());
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                Matcher placeholder = Pattern.compile("\\{(\\d)").matcher(text);
                if (!placeholder.find()) {
                    continue;
                }
                MessageFormat format = new MessageFormat(text, language.getLocale());
                Format[] types = format.getFormatsByArgumentIndex();
                Object[] arguments = new Object[types.length];
                for (int i = 0; i < types.length; i++) {
                    arguments[i] = types[i] instanceof NumberFormat ? (Object) i : "ARG" + i;
                }
                String formatted = format.format(arguments);
                do {
                    int index = Integer.parseInt(placeholder.group(1));
                    assertTrue(types[index] instanceof NumberFormat || formatted.contains("ARG" + index),
                            key + " in " + language + ": " + formatted);
                } while (placeholder.find());
                assertEquals(text.replace("''", "'").chars().filter(c -> c == '\'').count(),
                        formatted.chars().filter(c -> c == '\'').count(), key + " in " + language + " loses an apostrophe");
            }
        }
    }

    private static Set<String> literalKeys(Path root, Pattern pattern, String suffix) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }
}
