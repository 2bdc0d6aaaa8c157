import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the test rush left in the database: attempts, answers saved, their log entries, and scores.
 * Usage: java -cp h2.jar bench/exam/CountAnswers.java JDBC_URL VACANCY
 */
public class CountAnswers {

    public static void main(String[] args) throws SQLException {
        long vacancy = Long.parseLong(args[1]);
        try (Connection db = DriverManager.getConnection(args[0], "sa", "sa");
             ResultSet counts = db.createStatement().executeQuery("SELECT"
                     + " (SELECT COUNT(*) FROM exam_attempt WHERE vacancy_id = " + vacancy + "),"
                     + " (SELECT COUNT(*) FROM exam_attempt WHERE vacancy_id = " + vacancy + " AND submitted_at IS NOT NULL),"
                     + " (SELECT COUNT(*) FROM exam_answer n JOIN exam_attempt a ON a.id = n.attempt_id WHERE a.vacancy_id = "
                     + vacancy + " AND n.chosen_option IS NOT NULL),"
                     + " (SELECT COUNT(*) FROM exam_attempt_event e JOIN exam_attempt a ON a.id = e.attempt_id WHERE a.vacancy_id = "
                     + vacancy + " AND e.kind = 'ANSWERED'),"
                     + " (SELECT COUNT(*) FROM application WHERE vacancy_id = " + vacancy + " AND test_score IS NOT NULL)")) {
            counts.next();
            System.out.println("attempts_stored=" + counts.getLong(1) + " attempts_scored=" + counts.getLong(2)
                    + " answers_stored=" + counts.getLong(3) + " answer_log_entries=" + counts.getLong(4)
                    + " scores_in_competition=" + counts.getLong(5));
        }
    }
}
