# The runnable jar in a JRE image. Build the jar first: ./mvnw -DskipTests package
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 shiftledger
WORKDIR /opt/shiftledger
COPY app/target/shiftledger.jar shiftledger.jar
USER shiftledger
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/shiftledger/shiftledger.jar"]
