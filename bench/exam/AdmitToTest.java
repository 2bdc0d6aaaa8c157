import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Prepares the test rush on a database that bench/rush/GenerateApplicants.java filled: the N bench
 * applicants have applied to the vacancy whose deadline passed, all were admitted to testing, and the
 * competition's computer test (the demo specification of the senior group: 60 questions, 60 minutes,
 * pass 30) is open now. Usage: java -cp h2.jar bench/exam/AdmitToTest.java JDBC_URL VACANCY COUNT
 */
public class AdmitToTest {

    public static void main(String[] args) throws SQLException {
        long vacancy = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        Instant now = Instant.now();
        try (Connection db = DriverManager.getConnection(args[0], "sa", "sa")) {
            db.setAutoCommit(false);
            try (PreparedStatement application = db.prepareStatement("INSERT INTO application (id, vacancy_id,"
                    + " applicant_account_id, registration_number, stage, submitted_at, processing_consent, anti_corruption_ack,"
                    + " accuracy_confirmed, snapshot, version) VALUES (?, ?, ?, ?, 'TESTING', ?, TRUE, TRUE, TRUE, '{}', 1)")) {
                for (int i = 1; i <= count; i++) {
                    application.setLong(1, 50_000_000L + i);
                    application.setLong(2, vacancy);
                    application.setLong(3, 30_000_000L + i);
                    application.setString(4, "BENCH-" + i);
                    application.setTimestamp(5, Timestamp.from(now.minus(Duration.ofDays(3))));
                    application.addBatch();
                }
                application.executeBatch();
            }
            int questions;
            try (Statement sql = db.createStatement()) {
                ResultSet spec = sql.executeQuery("SELECT time_limit_minutes, pass_score FROM exam_specification"
                        + " WHERE position_group = 'SENIOR'");
                spec.next();
                int minutes = spec.getInt(1);
                int pass = spec.getInt(2);
                ResultSet total = sql.executeQuery("SELECT SUM(question_count) FROM exam_specification_topic"
                        + " WHERE position_group = 'SENIOR'");
                total.next();
                questions = total.getInt(1);
                sql.executeUpdate("INSERT INTO competition (vacancy_id, stage, pass_score, max_score, testing_invitation, version)"
                        + " VALUES (" + vacancy + ", 'TESTING', " + pass + ", " + questions + ", 'Bench: computer test now', 1)");
                sql.executeUpdate("INSERT INTO exam_sitting (vacancy_id, opens_at, closes_at, time_limit_minutes, version) VALUES ("
                        + vacancy + ", TIMESTAMP '" + Timestamp.from(now.minus(Duration.ofHours(1))) + "', TIMESTAMP '"
                        + Timestamp.from(now.plus(Duration.ofDays(1))) + "', " + minutes + ", 1)");
                sql.executeUpdate("INSERT INTO exam_sitting_topic (vacancy_id, topic_id, question_count) SELECT " + vacancy
                        + ", topic_id, question_count FROM exam_specification_topic WHERE position_group = 'SENIOR'");
            }
            db.commit();
            System.out.println(questions);
        }
    }
}
