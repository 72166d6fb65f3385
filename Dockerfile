# reportflow image: one image for every subcommand (streams, serve, submit, supervise, topics, ...).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests install

FROM eclipse-temurin:17-jre
WORKDIR /opt/reportflow
COPY --from=build /src/app/target/reportflow.jar /opt/reportflow/reportflow.jar
COPY --from=build /src/app/target/lib /opt/reportflow/lib
COPY samples /opt/reportflow/samples
# The streams app's state directory: a volume mounted here inherits this owner, so the
# unprivileged user can write its state stores.
RUN mkdir -p /var/lib/reportflow/state && chown 10001 /var/lib/reportflow/state
USER 10001
# reportflow serve (HTTP intake, supervisors' page, /metrics, /health)
EXPOSE 8080
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-Dreportflow.home=/opt/reportflow", "-jar", "/opt/reportflow/reportflow.jar"]
CMD ["--help"]
