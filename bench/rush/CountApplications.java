import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What the rush left in the database. Usage: java -cp h2.jar bench/rush/CountApplications.java JDBC_URL OPEN CLOSED
 */
public class CountApplications {

    public static void main(String[] args) throws SQLException {
        try (Connection db = DriverManager.getConnection(args[0], "sa", "sa");
             ResultSet open = db.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT applicant_account_id)"
                     + " FROM application WHERE vacancy_id = " + Long.parseLong(args[1]));
             ResultSet closed = db.createStatement().executeQuery("SELECT COUNT(*) FROM application WHERE vacancy_id = "
                     + Long.parseLong(args[2]))) {
            open.next();
            closed.next();
            System.out.println("stored_open=" + open.getLong(1) + " distinct_applicants=" + open.getLong(2)
                    + " stored_closed=" + closed.getLong(1));
        }
    }
}
