# Builds the production jar and runs it. docker-compose.yml starts it next to PostgreSQL 17.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml pom.xml
RUN mvn -B -q -Pproduction dependency:go-offline
COPY bpmn bpmn
COPY frontend frontend
COPY src src
RUN mvn -B -Pproduction -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /app gezinsplan \
    && install -d -o gezinsplan /app/data
WORKDIR /app
COPY --from=build /src/target/gezinsplan.jar gezinsplan.jar
USER gezinsplan
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s \
    CMD curl -fs http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/gezinsplan.jar"]
