# syntax=docker/dockerfile:1
# ShiftLedger, built inside Docker and run as a non-root user:
#   docker build -t shiftledger .
#   docker run -p 8080:8080 shiftledger          (the embedded default: H2 under /opt/shiftledger/data)
# docker-compose.yml runs it on PostgreSQL and Axon Server.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# The Maven repository and the wrapper's Maven stay in a build cache between builds.
RUN --mount=type=cache,target=/root/.m2 sh ./mvnw --batch-mode --no-transfer-progress -DskipTests package

FROM eclipse-temurin:17-jre
# curl for the health check (newer Eclipse Temurin images no longer include it)
RUN apt-get update \
    && apt-get install --yes --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --user-group --home-dir /opt/shiftledger --no-create-home shiftledger \
    && mkdir -p /opt/shiftledger/data \
    && chown -R shiftledger:shiftledger /opt/shiftledger
WORKDIR /opt/shiftledger
COPY --from=build /src/app/target/shiftledger.jar /opt/shiftledger/shiftledger.jar
# The process owns its working directory: the embedded default writes ./data here.
USER shiftledger
EXPOSE 8080
# Ready: the database answers and the application accepts traffic. Start-up (Flyway, Axon) may take a while.
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=6 \
    CMD curl --fail --silent --show-error --output /dev/null \
        "http://127.0.0.1:${MANAGEMENT_SERVER_PORT:-${SERVER_PORT:-8080}}/actuator/health/readiness" || exit 1
# exec form: java is PID 1 and gets docker's SIGTERM, then shuts down gracefully (allow it up to a minute).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/shiftledger/shiftledger.jar"]
