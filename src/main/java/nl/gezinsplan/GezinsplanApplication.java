package nl.gezinsplan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GezinsplanApplication {

    public static void main(String[] args) {
        SpringApplication.run(GezinsplanApplication.class, args);
    }
}
