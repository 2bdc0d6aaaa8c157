import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares a migrated Kuzmat database (with the demo data) for the application rush: N confirmed
 * applicants rush-1@bench.kg … rush-N@bench.kg with the demo password, each with a profile and consent
 * to the policy in force, and two copies of a demo vacancy of the Ministry of Justice: one whose last
 * day is today, one whose last day was yesterday. Prints the two vacancy ids.
 * Usage: java -cp h2.jar bench/rush/GenerateApplicants.java JDBC_URL COUNT
 */
public class GenerateApplicants {

    public static void main(String[] args) throws SQLException {
        int count = Integer.parseInt(args[1]);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Bishkek"));
        try (Connection db = DriverManager.getConnection(args[0], "sa", "sa")) {
            db.setAutoCommit(false);
            String hash = single(db, "SELECT password_hash FROM user_account WHERE email = 'applicant@demo.kg'");
            long policy = Long.parseLong(single(db, "SELECT id FROM privacy_policy ORDER BY version_number DESC LIMIT 1"));
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement account = db.prepareStatement("INSERT INTO user_account (id, email, password_hash, enabled,"
                    + " created_at, version, email_confirmed_at, preferred_language) VALUES (?, ?, ?, TRUE, ?, 1, ?, 'ru')");
                 PreparedStatement role = db.prepareStatement("INSERT INTO user_account_role VALUES (?, 'APPLICANT')");
                 PreparedStatement applicant = db.prepareStatement("INSERT INTO applicant (user_account_id, surname, given_name,"
                         + " personal_number, birth_date, phone, version) VALUES (?, ?, ?, ?, ?, '+996555000000', 1)");
                 PreparedStatement consent = db.prepareStatement("INSERT INTO consent (id, user_account_id, policy_id, accepted_at,"
                         + " ip_address, user_agent) VALUES (?, ?, ?, ?, '127.0.0.1', 'bench')")) {
                for (int i = 1; i <= count; i++) {
                    long id = 30_000_000L + i;
                    account.setLong(1, id);
                    account.setString(2, "rush-" + i + "@bench.kg");
                    account.setString(3, hash);
                    account.setTimestamp(4, now);
                    account.setTimestamp(5, now);
                    account.addBatch();
                    role.setLong(1, id);
                    role.addBatch();
                    LocalDate born = LocalDate.of(1980, 1, 1).plusDays(i);
                    applicant.setLong(1, id);
                    applicant.setString(2, "Рашев");
                    applicant.setString(3, "Участник " + i);
                    applicant.setString(4, String.format("2%02d%02d%04d%05d", born.getDayOfMonth(), born.getMonthValue(), born.getYear(), i));
                    applicant.setObject(5, born);
                    applicant.addBatch();
                    consent.setLong(1, id);
                    consent.setLong(2, id);
                    consent.setLong(3, policy);
                    consent.setTimestamp(4, now);
                    consent.addBatch();
                }
                account.executeBatch();
                role.executeBatch();
                applicant.executeBatch();
                consent.executeBatch();
            }
            long open = copyVacancy(db, 40_000_001L, today);
            long closed = copyVacancy(db, 40_000_002L, today.minusDays(1));
            db.commit();
            System.out.println(open + " " + closed);
        }
    }

    /** A copy of a published demo vacancy of the Ministry of Justice with the given last day. */
    private static long copyVacancy(Connection db, long id, LocalDate deadline) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_NAME = 'VACANCY' ORDER BY ORDINAL_POSITION")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        String source = single(db, "SELECT MIN(v.id) FROM vacancy v JOIN agency a ON a.id = v.agency_id"
                + " WHERE a.code = 'minjust' AND v.status = 'PUBLISHED'");
        List<String> values = columns.stream().map(column -> switch (column) {
            case "ID" -> String.valueOf(id);
            case "APPLICATION_DEADLINE" -> "DATE '" + deadline + "'";
            case "PUBLISHED_ON" -> "DATE '" + deadline.minusDays(20) + "'";
            case "STATUS" -> "'PUBLISHED'";
            case "TITLE" -> "'Application rush " + deadline + "'";
            default -> column;
        }).toList();
        try (Statement copy = db.createStatement()) {
            copy.executeUpdate("INSERT INTO vacancy (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                    + " FROM vacancy WHERE id = " + source);
        }
        return id;
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
