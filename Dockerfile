# reportflow image: the release tarball (reportflow-<version>.tar.gz) on a JRE, one image for every
# subcommand (streams, serve, submit, supervise, topics, ...). Its layout is the tarball's and the Jib
# image's (`mvn -Pimage`, README "Container image", for building without a Docker daemon):
# /opt/reportflow/lib (no Kafka server, no JMH), /opt/reportflow/config/logback.xml, /opt/reportflow/samples.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl app -am package \
 && mkdir /opt/reportflow \
 && tar -xzf app/target/reportflow-*.tar.gz -C /opt/reportflow --strip-components=1

FROM eclipse-temurin:17-jre
COPY --from=build /opt/reportflow /opt/reportflow
WORKDIR /opt/reportflow
# The streams app's state directory, root's group's: the image runs as 10001 in group 0 (as the Jib image,
# which cannot change owners), and a volume mounted here inherits the directory's permissions.
RUN mkdir -p /var/lib/reportflow/state && chmod 0770 /var/lib/reportflow/state
USER 10001:0
# reportflow serve (HTTP intake, supervisors' page, /metrics, /health); streams --metrics-port 9400
EXPOSE 8080 9400
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", \
            "-Dlogback.configurationFile=/opt/reportflow/config/logback.xml", "-Dreportflow.home=/opt/reportflow", \
            "-cp", "/opt/reportflow/lib/*", "dev.reportflow.app.ReportflowCli"]
CMD ["--help"]
