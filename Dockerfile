# reportflow image: one image for every subcommand (streams, submit, supervise, topics, ...).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests install

FROM eclipse-temurin:17-jre
WORKDIR /opt/reportflow
COPY --from=build /src/app/target/reportflow.jar /opt/reportflow/reportflow.jar
COPY --from=build /src/app/target/lib /opt/reportflow/lib
COPY samples /opt/reportflow/samples
USER 10001
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dreportflow.home=/opt/reportflow", "-jar", "/opt/reportflow/reportflow.jar"]
CMD ["--help"]
