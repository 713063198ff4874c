package nl.gezinsplan;

import nl.gezinsplan.database.DatabaseCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GezinsplanApplication {

    public static void main(String[] args) {
        if (DatabaseCommands.requested(args)) {
            System.exit(DatabaseCommands.run(args));
        }
        SpringApplication.run(GezinsplanApplication.class, args);
    }
}
